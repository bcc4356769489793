// Version 4: kept documents (the CV files engineers came from) travel as records of their own, entity
// `document`, id "<engineer id>/<sha256>" (docs/team-design.md, "Kept documents"). The matrix hides the
// whole kind from sales (shared/team/permissions.ts HIDDEN_ENTITIES, a '*' row in sensitive_fields), so
// `push` now looks up a field's roles by its own row and its entity's '*' row; it refuses a document
// larger than the limit before writing anything; erasure reaches a person's documents (the changes that
// carried their bytes included) and no change about an erased person's document is taken.
import { sql, type Kysely, type Migration } from 'kysely';
import { DOCUMENT_MAX_BASE64, DOCUMENT_MAX_BYTES } from '../../../documents/limit';
import { eraseFunction, pushChecks } from './0002_erase_and_bases';
import { MERGE_CHECKS } from './0003_merges';
import { pushFunction } from './push-function';

/**
 * A tampered client could send any size: the bytes field is checked before anything is written. The
 * decoded size is counted from the base64 text (4 characters per 3 bytes, less the '=' padding), not
 * decoded: only text near the limit is measured at all.
 */
const SIZE_CHECK = `
    IF v_entity = 'document' AND v_field = 'bytes' AND jsonb_typeof(v_value) = 'string' AND length(v_value #>> '{}') >= ${DOCUMENT_MAX_BASE64}
       AND length(v_value #>> '{}') / 4 * 3 - (length(v_value #>> '{}') - length(rtrim(v_value #>> '{}', '='))) > ${DOCUMENT_MAX_BYTES} THEN
      v_results := array_append(v_results, jsonb_build_object('changeId', v_id, 'status', 'refused', 'reason', 'the document is larger than ${DOCUMENT_MAX_BYTES / 1048576} MB'));
      CONTINUE;
    END IF;
`;

export const m0004_documents: Migration = {
  async up(db: Kysely<unknown>) {
    await sql.raw(pushFunction('CREATE OR REPLACE', pushChecks(true, MERGE_CHECKS + SIZE_CHECK), true, true)).execute(db);
    await sql.raw(eraseFunction('CREATE OR REPLACE', true)).execute(db);
    await sql.raw("UPDATE benchmatch.meta SET value = '4' WHERE key = 'schema_version'").execute(db);
  },
  async down(db: Kysely<unknown>) {
    await sql.raw(pushFunction('CREATE OR REPLACE', pushChecks(false, MERGE_CHECKS), true)).execute(db);
    await sql.raw(eraseFunction('CREATE OR REPLACE', false)).execute(db);
    await sql.raw("DELETE FROM benchmatch.sensitive_fields WHERE field = '*'").execute(db);
    await sql.raw("UPDATE benchmatch.meta SET value = '3' WHERE key = 'schema_version'").execute(db);
  },
};
