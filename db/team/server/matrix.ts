// Copies shared/team/permissions.ts into the server on every init, so the SQL that enforces the
// matrix (benchmatch.refusal, the row policies, the column privileges) reads the same data the app
// does. Runs in the caller's transaction, after the migrations.
import type pg from 'pg';
import { EVERY_FIELD, GRANTS, HIDDEN_ENTITIES, SENSITIVE_FIELDS, TEAM_ROLES, hidesFrom } from '../../../shared/team/permissions';

const group = (role: string) => `benchmatch_${role}`;
const VISIBLE_COLUMNS = ['seq', 'change_id', 'entity', 'record_id', 'field', 'value', 'hidden_from', 'hlc', 'author', 'accepted_at', 'won', 'base_hlc'];
const FIELDS_VISIBLE_COLUMNS = ['entity', 'record_id', 'field', 'value', 'hidden_from', 'hlc', 'author', 'seq', 'first_seq'];

/**
 * The roles a field is hidden from, as SQL (the field's own row and its entity's '*' row together, sorted
 * so equal sets compare equal). push-function.ts asks the same question in the same words.
 */
export const HIDDEN_FROM_SQL = (entity: string, field: string): string =>
  `coalesce((SELECT array_agg(DISTINCT r ORDER BY r) FROM benchmatch.sensitive_fields s, unnest(s.hidden_from) r WHERE s.entity = ${entity} AND s.field IN (${field}, '${EVERY_FIELD}')), '{}')`;

export async function applyMatrix(client: pg.ClientBase): Promise<void> {
  // Two inits at once would both empty and both fill the tables: one at a time.
  await client.query("SELECT pg_advisory_xact_lock(hashtext('benchmatch.init'))");
  await client.query('DELETE FROM benchmatch.grants');
  for (const g of GRANTS) {
    await client.query(
      'INSERT INTO benchmatch.grants (role, entity, fields, except_fields, may_create, may_change) VALUES ($1, $2, $3, $4, $5, $6)',
      [g.role, g.entity, g.fields === '*' ? null : [...g.fields], [...(g.except ?? [])], g.create, g.change],
    );
  }
  await client.query('DELETE FROM benchmatch.sensitive_fields');
  for (const s of SENSITIVE_FIELDS) {
    await client.query('INSERT INTO benchmatch.sensitive_fields (entity, field, hidden_from) VALUES ($1, $2, $3)', [s.entity, s.field, [...s.hiddenFrom]]);
  }
  // A record kind hidden whole is one row with the field '*' (schema v4: push and the query below read
  // both rows, the field's own and its entity's '*').
  for (const h of HIDDEN_ENTITIES) {
    await client.query('INSERT INTO benchmatch.sensitive_fields (entity, field, hidden_from) VALUES ($1, $2, $3)', [h.entity, EVERY_FIELD, [...h.hiddenFrom]]);
  }

  // Roles that some field is hidden from get no SELECT on the secret_value columns at all: a query
  // naming them fails, whatever the row policies would let through.
  for (const role of TEAM_ROLES) {
    for (const [table, visible] of [['changes', VISIBLE_COLUMNS], ['fields', FIELDS_VISIBLE_COLUMNS]] as const) {
      await client.query(`REVOKE ALL ON benchmatch.${table} FROM ${group(role)}`);
      await client.query(hidesFrom(role)
        ? `GRANT SELECT (${visible.join(', ')}) ON benchmatch.${table} TO ${group(role)}`
        : `GRANT SELECT ON benchmatch.${table} TO ${group(role)}`);
    }
  }

  // Rows written before a field became sensitive (or stopped being) are moved to match.
  const wanted = HIDDEN_FROM_SQL('t.entity', 't.field');
  for (const table of ['changes', 'fields']) {
    await client.query(
      `UPDATE benchmatch.${table} t SET
         hidden_from = ${wanted},
         value = CASE WHEN ${wanted} = '{}' THEN coalesce(t.secret_value, t.value) END,
         secret_value = CASE WHEN ${wanted} <> '{}' THEN coalesce(t.secret_value, t.value) END
       WHERE t.hidden_from IS DISTINCT FROM ${wanted}`,
    );
  }
}
