// The functions people call (version 1). SECURITY DEFINER with a fixed search_path: they run with the
// schema owner's rights, so people need no write privilege on any table, and nobody can slip their own
// objects in front of ours through the search path. Each checks the caller (session_user, the login
// that connected) itself.
import { pushFunction } from './push-function';

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

${pushFunction('CREATE', '', false)}
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
