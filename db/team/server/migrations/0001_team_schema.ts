// The team schema, version 1 (docs/team-design.md, "Server side"). Tables hold the audit (`changes`),
// the winning value of every field (`fields`), the people, and the write matrix copied from
// shared/team/permissions.ts (`grants`, `sensitive_fields`, filled by matrix.ts on every init, so they
// never drift from the code). People write only through the SECURITY DEFINER functions in
// 0001_functions.ts; this file grants them no INSERT, UPDATE or DELETE on any table.
import { sql, type Kysely, type Migration } from 'kysely';
import { FUNCTIONS_V1 } from './0001_functions';

/** Group roles are cluster-wide: created only when missing, so a second team database shares them. */
const GROUPS = ['benchmatch_admin', 'benchmatch_account_manager', 'benchmatch_vetting_lead', 'benchmatch_sales'];

const TABLES = `
CREATE TABLE benchmatch.meta (key text PRIMARY KEY, value text NOT NULL);
INSERT INTO benchmatch.meta VALUES ('schema_version', '1');

CREATE TABLE benchmatch.people (
  login text PRIMARY KEY,
  display text NOT NULL,
  role text NOT NULL,
  added_at timestamptz NOT NULL DEFAULT now(),
  added_by text NOT NULL DEFAULT session_user
);

-- Every accepted change, winning or not: the audit. A field hidden from some roles keeps its value in
-- secret_value (value is null), a column those roles get no SELECT privilege on; row-level security
-- hides the row from them as well. hlc uses the C collation: stamps compare byte by byte.
CREATE TABLE benchmatch.changes (
  seq bigserial PRIMARY KEY,
  change_id text NOT NULL UNIQUE,
  entity text NOT NULL,
  record_id text NOT NULL,
  field text NOT NULL,
  value jsonb,
  secret_value jsonb,
  hidden_from text[] NOT NULL DEFAULT '{}',
  hlc text COLLATE "C" NOT NULL,
  author text NOT NULL DEFAULT session_user,
  accepted_at timestamptz NOT NULL DEFAULT now(),
  won boolean NOT NULL
);
-- One record's history (team log --record ID); the entity, when given, is filtered after.
CREATE INDEX changes_record_id ON benchmatch.changes (record_id, seq);

-- The winning value of every field: what a joining laptop pulls. first_seq never changes after the
-- record's first field lands, so push can tell "create" from "change".
CREATE TABLE benchmatch.fields (
  entity text NOT NULL,
  record_id text NOT NULL,
  field text NOT NULL,
  value jsonb,
  secret_value jsonb,
  hidden_from text[] NOT NULL DEFAULT '{}',
  hlc text COLLATE "C" NOT NULL,
  author text NOT NULL,
  seq bigint NOT NULL,
  first_seq bigint NOT NULL,
  PRIMARY KEY (entity, record_id, field)
);

-- The write matrix (fields null = every field but except_fields).
CREATE TABLE benchmatch.grants (
  role text NOT NULL,
  entity text NOT NULL,
  fields text[],
  except_fields text[] NOT NULL DEFAULT '{}',
  may_create boolean NOT NULL,
  may_change boolean NOT NULL
);
CREATE TABLE benchmatch.sensitive_fields (
  entity text NOT NULL,
  field text NOT NULL,
  hidden_from text[] NOT NULL,
  PRIMARY KEY (entity, field)
);

ALTER TABLE benchmatch.changes ENABLE ROW LEVEL SECURITY;
ALTER TABLE benchmatch.fields ENABLE ROW LEVEL SECURITY;
`;

function policies(): string {
  return GROUPS.map((g) => {
    const role = g.slice('benchmatch_'.length);
    return ['changes', 'fields']
      .map((t) => `CREATE POLICY ${t}_${role} ON benchmatch.${t} FOR SELECT TO ${g} USING (NOT ('${role}' = ANY (hidden_from)));`)
      .join('\n');
  }).join('\n');
}

function grants(): string {
  const groups = GROUPS.join(', ');
  return `
REVOKE ALL ON SCHEMA benchmatch FROM PUBLIC;
GRANT USAGE ON SCHEMA benchmatch TO ${groups};
GRANT SELECT ON benchmatch.meta, benchmatch.grants, benchmatch.sensitive_fields TO ${groups};
GRANT SELECT ON benchmatch.people TO benchmatch_admin;
GRANT benchmatch_admin TO CURRENT_USER;
`;
}

export const m0001_team_schema: Migration = {
  async up(db: Kysely<unknown>) {
    await sql.raw(`DO $$ DECLARE r text; BEGIN
      FOREACH r IN ARRAY ARRAY['${GROUPS.join("','")}'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN EXECUTE format('CREATE ROLE %I NOLOGIN', r); END IF;
      END LOOP; END $$;`).execute(db);
    await sql.raw('CREATE SCHEMA IF NOT EXISTS benchmatch').execute(db);
    await sql.raw(TABLES).execute(db);
    await sql.raw(policies()).execute(db);
    await sql.raw(FUNCTIONS_V1).execute(db);
    await sql.raw(grants()).execute(db);
  },
  async down(db: Kysely<unknown>) {
    await sql.raw('DROP TABLE benchmatch.meta, benchmatch.people, benchmatch.changes, benchmatch.fields, benchmatch.grants, benchmatch.sensitive_fields CASCADE').execute(db);
  },
};
