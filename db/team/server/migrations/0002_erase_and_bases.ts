// Version 2: each change keeps its `base` (push-function.ts; a pull hands it out, so every laptop records
// a conflict, not only the one that synced second), and erasure on request reaches the server (issue 14).
// Erasure: `erase_person` (admins only) deletes
// a person's records (the engineer, their assessments, their shortlist entries) from `fields` and from the
// history in `changes`, and leaves one tombstone change: the engineer id, the server's time and the admin
// who erased, field ERASED_FIELD, no value. Every laptop applies the tombstone on pull (db/team/local/
// erase.ts). `push` now refuses any change for an erased person (an offline laptop's stale edits, a join
// that offers them again) and any field the server reserves ('~...').
import { sql, type Kysely, type Migration } from 'kysely';
import { ERASED_FIELD } from '../../../../shared/team/fields';
import { ERASE_MESSAGES } from '../../erase-messages';
import { pushFunction } from './push-function';

// The engineer a change is about: the record itself, the last part of an entry id (shortlist/engineer),
// or an assessment's engineerId.
const PERSON_OF = `CASE v_entity WHEN 'engineer' THEN v_record
      WHEN 'shortlist_entry' THEN substring(v_record FROM '[^/]*$')
      WHEN 'assessment' THEN v_value->>'engineerId' END`;

export const PUSH_CHECKS = `
    IF left(v_field, 1) = '~' THEN
      v_results := array_append(v_results, jsonb_build_object('changeId', v_id, 'status', 'refused', 'reason', '${ERASE_MESSAGES.reserved}'));
      CONTINUE;
    END IF;
    v_person := ${PERSON_OF};
    IF v_person IS NOT NULL AND EXISTS (SELECT 1 FROM changes WHERE record_id = v_person AND entity = 'engineer' AND field = '${ERASED_FIELD}') THEN
      v_results := array_append(v_results, jsonb_build_object('changeId', v_id, 'status', 'refused', 'reason', '${ERASE_MESSAGES.erased}'));
      CONTINUE;
    END IF;
`;

const ERASE = `
CREATE FUNCTION benchmatch.erase_person(p_engineer_id text) RETURNS jsonb
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = benchmatch, pg_catalog, pg_temp AS $$
DECLARE v_records integer; v_changes integer; v_seq bigint; v_now bigint;
BEGIN
  IF caller_role() IS DISTINCT FROM 'admin' THEN
    RAISE EXCEPTION '${ERASE_MESSAGES.notAdmin}' USING ERRCODE = '42501';
  END IF;
  IF p_engineer_id IS NULL OR btrim(p_engineer_id) = '' THEN
    RAISE EXCEPTION '${ERASE_MESSAGES.noId}' USING ERRCODE = '22023';
  END IF;
  -- The push lock: the tombstone takes its seq in order, and no push slips a change for the person in between.
  PERFORM pg_advisory_xact_lock(hashtext('benchmatch.push'));
  -- Every record about the person the history ever held (losing changes included).
  CREATE TEMP TABLE erase_doomed ON COMMIT DROP AS
    SELECT DISTINCT entity, record_id FROM changes
    WHERE (entity = 'engineer' AND record_id = p_engineer_id)
       OR (entity = 'shortlist_entry' AND substring(record_id FROM '[^/]*$') = p_engineer_id)
       OR (entity = 'assessment' AND field = 'record' AND coalesce(secret_value, value)->>'engineerId' = p_engineer_id);
  DELETE FROM fields f USING erase_doomed d WHERE f.entity = d.entity AND f.record_id = d.record_id;
  GET DIAGNOSTICS v_records = ROW_COUNT;
  DELETE FROM changes c USING erase_doomed d WHERE c.entity = d.entity AND c.record_id = d.record_id;
  GET DIAGNOSTICS v_changes = ROW_COUNT;
  v_now := (extract(epoch FROM clock_timestamp()) * 1000)::bigint;
  INSERT INTO changes (change_id, entity, record_id, field, value, hlc, won)
  VALUES ('erase:' || p_engineer_id || ':' || v_now, 'engineer', p_engineer_id, '${ERASED_FIELD}', NULL,
          lpad(v_now::text, 13, '0') || '-00000-~server', true)
  RETURNING seq INTO v_seq;
  PERFORM pg_notify('benchmatch_changes', v_seq::text);
  RETURN jsonb_build_object('engineerId', p_engineer_id, 'fields', v_records, 'changes', v_changes, 'seq', v_seq);
END $$;
REVOKE EXECUTE ON FUNCTION benchmatch.erase_person(text) FROM PUBLIC;
-- Every group may call it, so a non-admin hears why (the function's first check), not a bare "permission denied".
GRANT EXECUTE ON FUNCTION benchmatch.erase_person(text) TO benchmatch_admin, benchmatch_account_manager, benchmatch_vetting_lead, benchmatch_sales;
UPDATE benchmatch.meta SET value = '2' WHERE key = 'schema_version';
`;

export const m0002_erase_and_bases: Migration = {
  async up(db: Kysely<unknown>) {
    await sql.raw('ALTER TABLE benchmatch.changes ADD COLUMN base_hlc text COLLATE "C"').execute(db);
    await sql.raw(pushFunction('CREATE OR REPLACE', PUSH_CHECKS, true)).execute(db);
    await sql.raw(ERASE).execute(db);
  },
  async down(db: Kysely<unknown>) {
    await sql.raw('DROP FUNCTION benchmatch.erase_person(text)').execute(db);
    await sql.raw(pushFunction('CREATE OR REPLACE', '', false)).execute(db);
    await sql.raw('ALTER TABLE benchmatch.changes DROP COLUMN base_hlc').execute(db);
    await sql.raw("UPDATE benchmatch.meta SET value = '1' WHERE key = 'schema_version'").execute(db);
  },
};
