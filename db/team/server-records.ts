// The server's current fields of a few records, for undoing refused changes on this laptop (the push
// answer says only why a change was refused, not what the server holds). A plain SELECT on
// benchmatch.fields under the person's own login, so row-level security and the column privilege decide
// what comes back exactly as for a pull (sales never see cost rates). The client (server/client.ts) has
// no such read; this lives beside it rather than in it.
import { hidesFrom, type TeamRole } from '../../shared/team/permissions';
import type { Entity, Fields } from '../../shared/team/fields';
import { classify, poolConfig } from './server/connection';
import { loadPg } from './server/pg';

export interface RecordKey {
  entity: Entity;
  recordId: string;
}

export interface ServerFields extends RecordKey {
  /** null: the server never had this record. */
  fields: Fields | null;
  hlcs: Record<string, string>;
}

export async function serverRecords(url: string, role: TeamRole, keys: readonly RecordKey[]): Promise<ServerFields[]> {
  if (keys.length === 0) return [];
  const value = hidesFrom(role) ? 'value' : 'coalesce(secret_value, value)';
  // pg loads on first use (server/pg.ts): a static import would load it at the start of every command.
  const pg = await loadPg();
  const client = new pg.Client(poolConfig(url));
  try {
    await client.connect();
    const r = await client.query<{ entity: string; record_id: string; field: string; value: unknown; hlc: string }>(
      `SELECT entity, record_id, field, ${value} AS value, hlc::text AS hlc FROM benchmatch.fields
        WHERE (entity, record_id) IN (SELECT e, r FROM unnest($1::text[], $2::text[]) AS k(e, r))`,
      [keys.map((k) => k.entity), keys.map((k) => k.recordId)],
    );
    const byKey = new Map<string, ServerFields>(keys.map((k) => [`${k.entity}\u0000${k.recordId}`, { ...k, fields: null, hlcs: {} }]));
    for (const row of r.rows) {
      const rec = byKey.get(`${row.entity}\u0000${row.record_id}`);
      if (!rec) continue;
      rec.fields ??= {};
      rec.fields[row.field] = row.value as Fields[string];
      rec.hlcs[row.field] = row.hlc;
    }
    return [...byKey.values()];
  } catch (e) {
    throw classify(e, url);
  } finally {
    await client.end().catch(() => undefined);
  }
}
