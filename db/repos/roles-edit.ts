// Single-record reads for the Clients & roles screens. Writes of clients and roles go through the bench
// writer (the import path), so every path stores the same shape.
import { sql } from 'kysely';
import type { ClientSummary, RoleSummary } from '../../shared/api/roles';
import type { Client, Role, RoleStatus } from '../../shared/bench/schema';
import type { RawDb } from '../connection';
import { all, first, q, run } from './query';
import { toClient, toRole } from './rows';

export function readClient(raw: RawDb, id: string): Client | undefined {
  const row = first(raw, q.selectFrom('clients').selectAll().where('id', '=', id));
  return row ? toClient(row) : undefined;
}

export function readClientSummaries(raw: RawDb): ClientSummary[] {
  const rows = all(raw, q.selectFrom('clients as c').leftJoin('roles as r', 'r.client_pk', 'c.pk').selectAll('c')
    .select((eb) => [
      eb.fn.count<number>('r.pk').as('role_count'),
      eb.fn.sum<number>(eb.case().when(eb.and([eb('r.pk', 'is not', null), eb.or([eb('r.status', 'is', null), eb('r.status', '=', 'open')])])).then(1).else(0).end()).as('open_count'),
    ])
    .groupBy('c.pk').orderBy(sql`c.name collate nocase`).orderBy('c.id'));
  return rows.map((r) => ({ ...toClient(r), roles: r.role_count, openRoles: r.open_count }));
}

export function readRole(raw: RawDb, id: string): Role | undefined {
  const row = first(raw, q.selectFrom('roles as r').innerJoin('clients as c', 'c.pk', 'r.client_pk').selectAll('r').select('c.id as client_id').where('r.id', '=', id));
  if (!row) return undefined;
  return toRole(row, all(raw, q.selectFrom('role_requirements').selectAll().where('role_pk', '=', row.pk).orderBy('kind').orderBy('position')));
}

export function readRoleSummaries(raw: RawDb, clientId?: string): RoleSummary[] {
  let query = q.selectFrom('roles as r').innerJoin('clients as c', 'c.pk', 'r.client_pk')
    // A role's shortlist is the first one created for it (bench files may carry more; the screens show one).
    .leftJoin('shortlists as s', (join) => join.on((eb) => eb('s.pk', '=', eb.selectFrom('shortlists as f').select((f) => f.fn.min('f.pk').as('m')).whereRef('f.role_pk', '=', 'r.pk'))))
    .select(['r.id', 'r.title', 'r.status', 'r.headcount', 'r.start_date', 'r.pk', 'c.id as client_id', 'c.name as client_name', 's.id as shortlist_id'])
    .select((eb) => eb.selectFrom('shortlist_entries as x').select((x) => x.fn.countAll<number>().as('n')).whereRef('x.shortlist_pk', '=', 's.pk').as('shortlisted'))
    .orderBy(sql`c.name collate nocase`).orderBy('r.pk');
  if (clientId) query = query.where('c.id', '=', clientId);
  const rows = all(raw, query);
  const must = new Map<number, string[]>();
  for (const r of all(raw, q.selectFrom('role_requirements').select(['role_pk', 'skill']).where('kind', '=', 'must').orderBy('role_pk').orderBy('position'))) {
    (must.get(r.role_pk) ?? must.set(r.role_pk, []).get(r.role_pk)!).push(r.skill);
  }
  return rows.map((r) => ({
    id: r.id,
    clientId: r.client_id,
    clientName: r.client_name,
    title: r.title,
    status: (r.status ?? 'open') as RoleStatus,
    ...(r.headcount !== null ? { headcount: r.headcount } : {}),
    ...(r.start_date !== null ? { startDate: r.start_date } : {}),
    mustHave: must.get(r.pk) ?? [],
    shortlisted: r.shortlisted ?? 0,
    shortlistId: r.shortlist_id,
  }));
}

export function writeRoleStatus(raw: RawDb, roleId: string, status: RoleStatus, now = new Date().toISOString()): void {
  run(raw, q.updateTable('roles').set({ status, updated_at: now }).where('id', '=', roleId));
}
