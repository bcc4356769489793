// The functions people call (version 1). SECURITY DEFINER with a fixed search_path: they run with the
// schema owner's rights, so people need no write privilege on any table, and nobody can slip their own
// objects in front of ours through the search path. Each checks the caller (session_user, the login
// that connected) itself.
export const FUNCTIONS_V1 = `
-- The caller's team role: superusers and admins first, then the groups in the order of TEAM_ROLES.
CREATE FUNCTION benchmatch.caller_role() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = benchmatch, pg_catalog, pg_temp AS $$
  SELECT CASE
    WHEN (SELECT rolsuper FROM pg_roles WHERE rolname = session_user) THEN 'admin'
    WHEN pg_has_role(session_user, 'benchmatch_admin', 'MEMBER') THEN 'admin'
    WHEN pg_has_role(session_user, 'benchmatch_account_manager', 'MEMBER') THEN 'account_manager'
    WHEN pg_has_role(session_user, 'benchmatch_vetting_lead', 'MEMBER') THEN 'vetting_lead'
    WHEN pg_has_role(session_user, 'benchmatch_sales', 'MEMBER') THEN 'sales'
  END
$$;

-- Why a write is refused (null: allowed). The same words as refusalReason in shared/team/permissions.ts.
CREATE FUNCTION benchmatch.refusal(p_role text, p_entity text, p_field text, p_action text) RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = benchmatch, pg_catalog, pg_temp AS $$
  SELECT CASE
    WHEN EXISTS (SELECT 1 FROM grants g WHERE g.role = p_role AND g.entity = p_entity
                   AND CASE WHEN g.fields IS NULL THEN NOT (p_field = ANY (g.except_fields)) ELSE p_field = ANY (g.fields) END
                   AND CASE WHEN p_action = 'create' THEN g.may_create ELSE g.may_change END) THEN NULL
    WHEN NOT EXISTS (SELECT 1 FROM grants g WHERE g.entity = p_entity) THEN format('unknown record kind "%s"', p_entity)
    WHEN p_entity = 'assessment' AND p_action = 'change' THEN 'finalized assessments are append-only (record an amendment instead)'
    ELSE format('the %s role may not %s %s records'' %s', coalesce(p_role, 'no'), p_action, p_entity, p_field)
  END
$$;

CREATE FUNCTION benchmatch.whoami() RETURNS jsonb
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = benchmatch, pg_catalog, pg_temp AS $$
DECLARE v_role text := caller_role();
BEGIN
  IF v_role IS NULL THEN
    RAISE EXCEPTION 'the login % is not a member of this team bench', session_user USING ERRCODE = '42501';
  END IF;
  RETURN jsonb_build_object('login', session_user::text, 'role', v_role,
    'name', coalesce((SELECT display FROM people WHERE login = session_user), session_user::text));
END $$;

-- Applies changes [{changeId, entity, recordId, field, value, hlc}] in order (results are gathered in
-- an array, which plpgsql appends to in place, rather than a jsonb rebuilt at every change). The advisory lock makes
-- pushes take their seq numbers one transaction at a time, so seq commits in order and a puller
-- reading "seq > mark" never skips a number that commits later.
CREATE FUNCTION benchmatch.push(p_changes jsonb) RETURNS jsonb
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = benchmatch, pg_catalog, pg_temp AS $$
DECLARE
  v_role text := caller_role();
  v_start bigint;
  v_results jsonb[] := '{}';
  v_last bigint;
  c jsonb;
  v_id text; v_entity text; v_record text; v_field text; v_value jsonb; v_hlc text;
  v_action text; v_reason text; v_hidden text[]; v_cur fields%ROWTYPE; v_seq bigint; v_first bigint; v_key text;
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
    IF EXISTS (SELECT 1 FROM changes WHERE change_id = v_id) THEN
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
      v_hiddens := v_hiddens || jsonb_build_object(v_key, coalesce((SELECT hidden_from FROM sensitive_fields WHERE entity = v_entity AND field = v_field), '{}')::text);
    END IF;
    v_hidden := (v_hiddens->>v_key)::text[];
    -- No FOR UPDATE: the advisory lock already makes pushes one at a time.
    SELECT * INTO v_cur FROM fields WHERE entity = v_entity AND record_id = v_record AND field = v_field;
    IF FOUND AND v_hlc COLLATE "C" <= v_cur.hlc COLLATE "C" THEN
      INSERT INTO changes (change_id, entity, record_id, field, value, secret_value, hidden_from, hlc, won)
      VALUES (v_id, v_entity, v_record, v_field, CASE WHEN v_hidden = '{}' THEN v_value END, CASE WHEN v_hidden <> '{}' THEN v_value END, v_hidden, v_hlc, false);
      v_results := array_append(v_results, jsonb_build_object('changeId', v_id, 'status', 'superseded', 'current',
        jsonb_build_object('value', CASE WHEN v_role = ANY (v_hidden) THEN NULL ELSE coalesce(v_cur.secret_value, v_cur.value) END,
                           'hlc', v_cur.hlc, 'author', v_cur.author)));
      CONTINUE;
    END IF;
    INSERT INTO changes (change_id, entity, record_id, field, value, secret_value, hidden_from, hlc, won)
    VALUES (v_id, v_entity, v_record, v_field, CASE WHEN v_hidden = '{}' THEN v_value END, CASE WHEN v_hidden <> '{}' THEN v_value END, v_hidden, v_hlc, true)
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

-- Creates a login in one group. p_verifier is a SCRAM-SHA-256 verifier computed by the client, so the
-- password itself never reaches the server (nor its statement log).
CREATE FUNCTION benchmatch.add_person(p_login text, p_display text, p_role text, p_verifier text) RETURNS jsonb
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = benchmatch, pg_catalog, pg_temp AS $$
BEGIN
  IF caller_role() IS DISTINCT FROM 'admin' THEN
    RAISE EXCEPTION 'only an admin may add people' USING ERRCODE = '42501';
  END IF;
  IF p_role NOT IN ('admin', 'account_manager', 'vetting_lead', 'sales') THEN
    RAISE EXCEPTION 'unknown role "%" (admin, account_manager, vetting_lead or sales)', p_role USING ERRCODE = '22023';
  END IF;
  IF p_display IS NULL OR btrim(p_display) = '' OR length(p_display) > 200 THEN
    RAISE EXCEPTION 'a person needs a name (up to 200 characters)' USING ERRCODE = '22023';
  END IF;
  IF p_login !~ '^[a-z][a-z0-9_]{0,62}$' OR p_login LIKE 'benchmatch\\_%' OR p_login LIKE 'pg\\_%' THEN
    RAISE EXCEPTION 'the login "%" is not allowed (lower-case letters, digits and _; not benchmatch_ or pg_)', p_login USING ERRCODE = '22023';
  END IF;
  IF p_verifier !~ '^SCRAM-SHA-256\\$' THEN
    RAISE EXCEPTION 'the password must arrive as a SCRAM-SHA-256 verifier' USING ERRCODE = '22023';
  END IF;
  IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login) THEN
    RAISE EXCEPTION 'the login "%" already exists', p_login USING ERRCODE = '42710';
  END IF;
  EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', p_login, p_verifier, 'benchmatch_' || p_role);
  INSERT INTO people (login, display, role) VALUES (p_login, p_display, p_role);
  RETURN jsonb_build_object('login', p_login, 'name', p_display, 'role', p_role);
END $$;

-- The audit history (admin): every accepted change, winning or not, with its author and the server's time.
CREATE FUNCTION benchmatch.log(p_entity text DEFAULT NULL, p_record_id text DEFAULT NULL, p_after bigint DEFAULT 0, p_limit integer DEFAULT 1000)
RETURNS TABLE (seq bigint, change_id text, entity text, record_id text, field text, value jsonb, hlc text, author text, accepted_at timestamptz, won boolean)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = benchmatch, pg_catalog, pg_temp AS $$
BEGIN
  IF caller_role() IS DISTINCT FROM 'admin' THEN
    RAISE EXCEPTION 'only an admin may read the audit log' USING ERRCODE = '42501';
  END IF;
  RETURN QUERY
    SELECT c.seq, c.change_id, c.entity, c.record_id, c.field, coalesce(c.secret_value, c.value), c.hlc::text, c.author, c.accepted_at, c.won
    FROM changes c
    WHERE (p_entity IS NULL OR c.entity = p_entity) AND (p_record_id IS NULL OR c.record_id = p_record_id) AND c.seq > p_after
    ORDER BY c.seq LIMIT p_limit;
END $$;

REVOKE EXECUTE ON ALL FUNCTIONS IN SCHEMA benchmatch FROM PUBLIC;
GRANT EXECUTE ON FUNCTION benchmatch.whoami(), benchmatch.push(jsonb), benchmatch.caller_role(), benchmatch.refusal(text, text, text, text)
  TO benchmatch_admin, benchmatch_account_manager, benchmatch_vetting_lead, benchmatch_sales;
GRANT EXECUTE ON FUNCTION benchmatch.add_person(text, text, text, text), benchmatch.log(text, text, bigint, integer) TO benchmatch_admin;
`;
