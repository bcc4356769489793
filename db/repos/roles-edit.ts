// Single-record reads for the Clients & roles screens. Writes of clients
// and roles go through the bench writer (the import path), so every path stores the same shape.
import type { ClientSummary, RoleSummary } from '../../shared/api/roles';
import type { Client, Role, RoleStatus } from '../../shared/bench/schema';
import type { RawDb } from '../connection';
import type { ClientRow, RoleRequirementRow, RoleRow } from '../database';
import { toClient, toRole } from './rows';

export function readClient(raw: RawDb, id: string): Client | undefined {
  const row = raw.prepare('SELECT * FROM clients WHERE id = ?').get(id) as ClientRow | undefined;
  return row ? toClient(row) : undefined;
}

export function readClientSummaries(raw: RawDb): ClientSummary[] {
  const rows = raw.prepare(`
    SELECT c.*, COUNT(r.pk) AS role_count,
           SUM(CASE WHEN r.pk IS NOT NULL AND (r.status IS NULL OR r.status = 'open') THEN 1 ELSE 0 END) AS open_count
    FROM clients c LEFT JOIN roles r ON r.client_pk = c.pk
    GROUP BY c.pk ORDER BY c.name COLLATE NOCASE, c.id`).all() as (ClientRow & { role_count: number; open_count: number })[];
  return rows.map((r) => ({ ...toClient(r), roles: r.role_count, openRoles: r.open_count }));
}

export function readRole(raw: RawDb, id: string): Role | undefined {
  const row = raw.prepare('SELECT r.*, c.id AS client_id FROM roles r JOIN clients c ON c.pk = r.client_pk WHERE r.id = ?').get(id) as (RoleRow & { client_id: string }) | undefined;
  if (!row) return undefined;
  const reqs = raw.prepare('SELECT * FROM role_requirements WHERE role_pk = ? ORDER BY kind, position').all(row.pk) as RoleRequirementRow[];
  return toRole(row, reqs);
}

export function readRoleSummaries(raw: RawDb, clientId?: string): RoleSummary[] {
  const rows = raw.prepare(`
    SELECT r.id, r.title, r.status, r.headcount, r.start_date, r.pk, c.id AS client_id, c.name AS client_name,
           s.id AS shortlist_id, (SELECT COUNT(*) FROM shortlist_entries x WHERE x.shortlist_pk = s.pk) AS shortlisted
    FROM roles r JOIN clients c ON c.pk = r.client_pk
    LEFT JOIN shortlists s ON s.pk = (SELECT MIN(pk) FROM shortlists WHERE role_pk = r.pk)
    ${clientId ? 'WHERE c.id = ?' : ''}
    ORDER BY c.name COLLATE NOCASE, r.pk`).all(...(clientId ? [clientId] : [])) as {
      id: string; title: string; status: string | null; headcount: number | null; start_date: string | null; pk: number;
      client_id: string; client_name: string; shortlist_id: string | null; shortlisted: number | null;
    }[];
  const must = new Map<number, string[]>();
  for (const q of raw.prepare("SELECT role_pk, skill FROM role_requirements WHERE kind = 'must' ORDER BY role_pk, position").all() as { role_pk: number; skill: string }[]) {
    (must.get(q.role_pk) ?? must.set(q.role_pk, []).get(q.role_pk)!).push(q.skill);
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
  raw.prepare('UPDATE roles SET status = ?, updated_at = ? WHERE id = ?').run(status, now, roleId);
}
