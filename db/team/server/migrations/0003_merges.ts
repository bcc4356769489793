// Version 3: merges of duplicate records travel (issue 15). A merge is a record of its own (entity
// `merge`, id = the merge's id): field `record` = { keptId, mergedId, positions } written once, field
// `undone` = true when it is undone. Every laptop applies it whole (db/team/local/merge.ts); the server
// only stores it, like any change, under the grants of shared/team/permissions.ts (admins and account
// managers). What the server adds: `push` refuses a malformed merge, and any change about a record that
// is merged away (not undone): an offline laptop's stale edit, or a tampered client, is told to edit the
// kept record. `refusal` learns the merge's words.
import { sql, type Kysely, type Migration } from 'kysely';
import { MERGE_RECORDED_ONCE } from '../../../../shared/team/permissions';
import { MERGE_MESSAGES } from '../../merge-messages';
import { pushChecks } from './0002_erase_and_bases';
import { pushFunction } from './push-function';

const lit = (s: string) => s.replace(/'/g, "''");

// v_person: the engineer the change is about (set by the version 2 checks). Merged away: a merge names it
// as mergedId and no `undone` followed.
export const MERGE_CHECKS = `
    IF v_entity = 'merge' AND v_field = 'record' AND (jsonb_typeof(v_value->'keptId') IS DISTINCT FROM 'string'
       OR jsonb_typeof(v_value->'mergedId') IS DISTINCT FROM 'string' OR v_value->>'keptId' = v_value->>'mergedId') THEN
      v_results := array_append(v_results, jsonb_build_object('changeId', v_id, 'status', 'refused', 'reason', '${lit(MERGE_MESSAGES.malformed)}'));
      CONTINUE;
    END IF;
    IF v_person IS NOT NULL AND EXISTS (SELECT 1 FROM fields m WHERE m.entity = 'merge' AND m.field = 'record' AND m.value->>'mergedId' = v_person
         AND NOT EXISTS (SELECT 1 FROM fields u WHERE u.entity = 'merge' AND u.record_id = m.record_id AND u.field = 'undone' AND u.value = 'true'::jsonb)) THEN
      v_results := array_append(v_results, jsonb_build_object('changeId', v_id, 'status', 'refused', 'reason', '${lit(MERGE_MESSAGES.merged)}'));
      CONTINUE;
    END IF;
`;

const refusal = (withMerge: boolean) => `
CREATE OR REPLACE FUNCTION benchmatch.refusal(p_role text, p_entity text, p_field text, p_action text) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = benchmatch, pg_catalog, pg_temp AS $$
  SELECT CASE
    WHEN EXISTS (SELECT 1 FROM grants g WHERE g.role = p_role AND g.entity = p_entity
                   AND CASE WHEN g.fields IS NULL THEN NOT (p_field = ANY (g.except_fields)) ELSE p_field = ANY (g.fields) END
                   AND CASE WHEN p_action = 'create' THEN g.may_create ELSE g.may_change END) THEN NULL
    WHEN NOT EXISTS (SELECT 1 FROM grants g WHERE g.entity = p_entity) THEN format('unknown record kind "%s"', p_entity)
    WHEN p_entity = 'assessment' AND p_action = 'change' THEN 'finalized assessments are append-only (record an amendment instead)'
${withMerge ? `    WHEN p_entity = 'merge' AND EXISTS (SELECT 1 FROM grants g WHERE g.role = p_role AND g.entity = 'merge') THEN '${lit(MERGE_RECORDED_ONCE)}'
    WHEN p_entity = 'merge' THEN format('the %s role may not merge or unmerge duplicate records', coalesce(p_role, 'no'))
` : ''}    ELSE format('the %s role may not %s %s records'' %s', coalesce(p_role, 'no'), p_action, p_entity, p_field)
  END
$$;`;

export const m0003_merges: Migration = {
  async up(db: Kysely<unknown>) {
    // The merged-away check runs for every change a push takes: found by the merged id, not by a scan.
    await sql.raw(`CREATE INDEX fields_merged_id ON benchmatch.fields ((value->>'mergedId')) WHERE entity = 'merge' AND field = 'record'`).execute(db);
    await sql.raw(refusal(true)).execute(db);
    await sql.raw(pushFunction('CREATE OR REPLACE', pushChecks(false, MERGE_CHECKS), true)).execute(db);
    await sql.raw("UPDATE benchmatch.meta SET value = '3' WHERE key = 'schema_version'").execute(db);
  },
  async down(db: Kysely<unknown>) {
    await sql.raw(pushFunction('CREATE OR REPLACE', pushChecks(false), true)).execute(db);
    await sql.raw(refusal(false)).execute(db);
    await sql.raw('DROP INDEX benchmatch.fields_merged_id').execute(db);
    await sql.raw("UPDATE benchmatch.meta SET value = '2' WHERE key = 'schema_version'").execute(db);
  },
};
