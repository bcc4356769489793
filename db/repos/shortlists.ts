// Shortlists and their entries: get, list, upsert, and moving one entry to a new status.
import type { Kysely } from 'kysely';
import { ApiError, type Problem } from '../../shared/api/errors';
import { shortlistSchema, type Shortlist, type ShortlistStatus } from '../../shared/bench/schema';
import type { Database } from '../database';
import { toShortlist } from './rows';
import { writeOne, type Upserted } from './write-one';

async function load(db: Kysely<Database>, where?: { id: string } | { roleId: string }): Promise<Shortlist[]> {
  let q = db.selectFrom('shortlists').innerJoin('roles', 'roles.pk', 'shortlists.role_pk').selectAll('shortlists').select('roles.id as role_id').orderBy('shortlists.pk');
  if (where && 'id' in where) q = q.where('shortlists.id', '=', where.id);
  if (where && 'roleId' in where) q = q.where('roles.id', '=', where.roleId);
  const rows = await q.execute();
  if (rows.length === 0) return [];
  const entries = await db.selectFrom('shortlist_entries').innerJoin('engineers', 'engineers.pk', 'shortlist_entries.engineer_pk')
    .selectAll('shortlist_entries').select('engineers.id as engineer_id')
    .where('shortlist_pk', 'in', rows.map((r) => r.pk)).orderBy('shortlist_pk').orderBy('position').execute();
  return rows.map((r) => toShortlist(r, entries.filter((x) => x.shortlist_pk === r.pk)));
}

export async function getShortlist(db: Kysely<Database>, id: string): Promise<Shortlist | undefined> {
  return (await load(db, { id }))[0];
}

export async function listShortlists(db: Kysely<Database>, opts: { roleId?: string } = {}): Promise<Shortlist[]> {
  return load(db, opts.roleId ? { roleId: opts.roleId } : undefined);
}

export async function upsertShortlist(db: Kysely<Database>, shortlist: Shortlist, actor: string): Promise<Upserted> {
  const s = shortlistSchema.parse(shortlist);
  const problems: Problem[] = [];
  if (!(await db.selectFrom('roles').select('pk').where('id', '=', s.roleId).executeTakeFirst())) problems.push({ where: '/roleId', message: `no role with id "${s.roleId}" in the bench` });
  const ids = [...new Set((s.entries ?? []).map((x) => x.engineerId))];
  const found = new Set(ids.length ? (await db.selectFrom('engineers').select('id').where('id', 'in', ids).execute()).map((r) => r.id) : []);
  (s.entries ?? []).forEach((x, i) => {
    if (!found.has(x.engineerId)) problems.push({ where: `/entries/${i}/engineerId`, message: `no engineer with id "${x.engineerId}" in the bench` });
  });
  if (problems.length) throw new ApiError('invalid_input', `${problems.length} problem${problems.length === 1 ? '' : 's'} in shortlist "${s.id}"`, problems);
  return writeOne(db, 'shortlists', s.id, { shortlists: [s] }, actor, Object.keys(s));
}

/** Moves one engineer on a shortlist to a new status, stamping when it changed. */
export async function setEntryStatus(db: Kysely<Database>, shortlistId: string, engineerId: string, status: ShortlistStatus, actor: string): Promise<void> {
  const now = new Date().toISOString();
  const r = await db.updateTable('shortlist_entries')
    .set({ status, status_changed_at: now })
    .where('shortlist_pk', '=', (eb) => eb.selectFrom('shortlists').select('pk').where('id', '=', shortlistId))
    .where('engineer_pk', '=', (eb) => eb.selectFrom('engineers').select('pk').where('id', '=', engineerId))
    .executeTakeFirst();
  if (Number(r.numUpdatedRows) === 0) throw new ApiError('not_found', `Engineer "${engineerId}" is not on shortlist "${shortlistId}"`);
  await db.insertInto('change_log').values({ at: now, actor, action: 'status', entity: 'shortlist', entity_id: shortlistId, detail: JSON.stringify({ engineerId, status }) }).execute();
}
