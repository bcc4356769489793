// benchmatch.push, the one write path for people (docs/team-design.md). One text for every schema
// version that (re)creates it: `create` is CREATE (version 1) or CREATE OR REPLACE (a later version), and
// `checks` is SQL run for each well-formed change before the others (version 2: erased people), which
// may refuse it (append to v_results, CONTINUE). `withBase` (version 2) keeps each change's `base`: the
// stamp the editor's laptop held for the field when the edit was made, so every laptop can tell an edit
// that overwrote a value its author never saw (a conflict) from an ordinary update.
//
// `hiddenByEntity` (version 4): a field is hidden from the roles its own sensitive_fields row names and
// from those its entity's '*' row names (a record kind hidden whole: kept documents, from sales).
import { HIDDEN_FROM_SQL } from '../matrix';

export function pushFunction(create: 'CREATE' | 'CREATE OR REPLACE', checks: string, withBase: boolean, hiddenByEntity = false): string {
  const hiddenSql = hiddenByEntity ? HIDDEN_FROM_SQL('v_entity', 'v_field') : `coalesce((SELECT hidden_from FROM sensitive_fields WHERE entity = v_entity AND field = v_field), '{}')`;
  const baseColumn = withBase ? ', base_hlc' : '';
  const baseValue = withBase ? ", c->>'base'" : '';
  return `
-- Applies changes [{changeId, entity, recordId, field, value, hlc}] in order (results are gathered in
-- an array, which plpgsql appends to in place, rather than a jsonb rebuilt at every change). The advisory lock makes
-- pushes take their seq numbers one transaction at a time, so seq commits in order and a puller
-- reading "seq > mark" never skips a number that commits later.
${create} FUNCTION benchmatch.push(p_changes jsonb) RETURNS jsonb
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = benchmatch, pg_catalog, pg_temp AS $$
DECLARE
  v_role text := caller_role();
  v_start bigint;
  v_results jsonb[] := '{}';
  v_last bigint;
  c jsonb;
  v_id text; v_entity text; v_record text; v_field text; v_value jsonb; v_hlc text;
  v_action text; v_reason text; v_hidden text[]; v_cur fields%ROWTYPE; v_seq bigint; v_first bigint; v_key text; v_person text;
  -- Matrix answers per (entity, field, action), so a page of a thousand changes asks the matrix a few times, not a thousand.
  v_refusals jsonb := '{}'; v_hiddens jsonb := '{}';
BEGIN
  IF v_role IS NULL THEN
    RAISE EXCEPTION 'the login % is not a member of this team bench', session_user USING ERRCODE = '42501';
  END IF;
  IF jsonb_typeof(p_changes) IS DISTINCT FROM 'array' THEN
    RAISE EXCEPTION 'push expects a JSON array of changes' USING ERRCODE = '22023';
  END IF;
  PERFORM pg_advisory_xact_lock(hashtext('benchmatch.push'));
  SELECT coalesce(max(seq), 0) INTO v_start FROM changes;
  FOR c IN SELECT e FROM jsonb_array_elements(p_changes) AS e LOOP
    v_id := c->>'changeId'; v_entity := c->>'entity'; v_record := c->>'recordId'; v_field := c->>'field';
    v_value := coalesce(c->'value', 'null'::jsonb); v_hlc := c->>'hlc';
    IF v_id IS NULL OR v_id = '' OR v_entity IS NULL OR v_record IS NULL OR v_record = '' OR v_field IS NULL OR v_field = ''
       OR v_hlc IS NULL OR v_hlc !~ '^[0-9]{13}-[0-9]{5}-.+$' THEN
      v_results := array_append(v_results, jsonb_build_object('changeId', v_id, 'status', 'refused', 'reason', 'malformed change (needs changeId, entity, recordId, field, value and an HLC stamp)'));
      CONTINUE;
    END IF;
${checks}    IF EXISTS (SELECT 1 FROM changes WHERE change_id = v_id) THEN
      v_results := array_append(v_results, jsonb_build_object('changeId', v_id, 'status', 'duplicate'));
      CONTINUE;
    END IF;
    -- A stamp far in the future would win every later edit and drag every clock along with it.
    IF left(v_hlc, 13)::bigint > (extract(epoch FROM clock_timestamp()) * 1000)::bigint + 86400000 THEN
      v_results := array_append(v_results, jsonb_build_object('changeId', v_id, 'status', 'refused', 'reason', 'the change is stamped more than a day in the future (check this computer''s clock)'));
      CONTINUE;
    END IF;
    v_first := (SELECT min(first_seq) FROM fields WHERE entity = v_entity AND record_id = v_record);
    v_action := CASE WHEN v_first <= v_start THEN 'change' ELSE 'create' END;
    v_key := v_entity || '|' || v_field || '|' || v_action;
    IF NOT v_refusals ? v_key THEN
      v_refusals := v_refusals || jsonb_build_object(v_key, refusal(v_role, v_entity, v_field, v_action));
    END IF;
    v_reason := v_refusals->>v_key;
    IF v_reason IS NOT NULL THEN
      v_results := array_append(v_results, jsonb_build_object('changeId', v_id, 'status', 'refused', 'reason', v_reason));
      CONTINUE;
    END IF;
    v_key := v_entity || '|' || v_field;
    IF NOT v_hiddens ? v_key THEN
      v_hiddens := v_hiddens || jsonb_build_object(v_key, ${hiddenSql}::text);
    END IF;
    v_hidden := (v_hiddens->>v_key)::text[];
    -- No FOR UPDATE: the advisory lock already makes pushes one at a time.
    SELECT * INTO v_cur FROM fields WHERE entity = v_entity AND record_id = v_record AND field = v_field;
    IF FOUND AND v_hlc COLLATE "C" <= v_cur.hlc COLLATE "C" THEN
      INSERT INTO changes (change_id, entity, record_id, field, value, secret_value, hidden_from, hlc, won${baseColumn})
      VALUES (v_id, v_entity, v_record, v_field, CASE WHEN v_hidden = '{}' THEN v_value END, CASE WHEN v_hidden <> '{}' THEN v_value END, v_hidden, v_hlc, false${baseValue});
      v_results := array_append(v_results, jsonb_build_object('changeId', v_id, 'status', 'superseded', 'current',
        jsonb_build_object('value', CASE WHEN v_role = ANY (v_hidden) THEN NULL ELSE coalesce(v_cur.secret_value, v_cur.value) END,
                           'hlc', v_cur.hlc, 'author', v_cur.author)));
      CONTINUE;
    END IF;
    INSERT INTO changes (change_id, entity, record_id, field, value, secret_value, hidden_from, hlc, won${baseColumn})
    VALUES (v_id, v_entity, v_record, v_field, CASE WHEN v_hidden = '{}' THEN v_value END, CASE WHEN v_hidden <> '{}' THEN v_value END, v_hidden, v_hlc, true${baseValue})
    RETURNING seq INTO v_seq;
    INSERT INTO fields AS f (entity, record_id, field, value, secret_value, hidden_from, hlc, author, seq, first_seq)
    VALUES (v_entity, v_record, v_field, CASE WHEN v_hidden = '{}' THEN v_value END, CASE WHEN v_hidden <> '{}' THEN v_value END, v_hidden, v_hlc, session_user, v_seq,
            coalesce(v_first, v_seq))
    ON CONFLICT (entity, record_id, field) DO UPDATE
      SET value = excluded.value, secret_value = excluded.secret_value, hidden_from = excluded.hidden_from,
          hlc = excluded.hlc, author = excluded.author, seq = excluded.seq;
    v_last := v_seq;
    v_results := array_append(v_results, jsonb_build_object('changeId', v_id, 'status', 'accepted', 'seq', v_seq));
  END LOOP;
  IF v_last IS NOT NULL THEN
    PERFORM pg_notify('benchmatch_changes', v_last::text);
  END IF;
  RETURN jsonb_build_object('results', to_jsonb(v_results));
END $$;
`;
}
