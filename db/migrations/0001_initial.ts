// The first schema: every part of the bench file, plus the change log and settings.
// Written as plain SQL so CHECK constraints and partial indexes read as they run.
import { sql, type Kysely, type Migration } from 'kysely';

const statements = [
  `CREATE TABLE skills (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    key TEXT NOT NULL UNIQUE,
    category TEXT NOT NULL,
    custom INTEGER NOT NULL DEFAULT 0 CHECK (custom IN (0, 1))
  )`,
  `CREATE TABLE engineers (
    pk INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    name_key TEXT NOT NULL,
    email TEXT,
    country TEXT NOT NULL,
    city TEXT,
    time_zone TEXT NOT NULL,
    work_start TEXT,
    work_end TEXT,
    english_level TEXT,
    seniority TEXT NOT NULL CHECK (seniority IN ('junior', 'mid', 'senior', 'lead')),
    years_experience REAL,
    primary_role TEXT,
    summary TEXT,
    has_rate INTEGER NOT NULL DEFAULT 0,
    cost_per_hour REAL,
    bill_per_hour REAL,
    currency TEXT,
    availability_status TEXT,
    available_from TEXT,
    hours_per_week REAL,
    vetting_status TEXT,
    tags TEXT,
    links TEXT,
    has_assessments INTEGER NOT NULL DEFAULT 0,
    archived INTEGER,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  )`,
  `CREATE INDEX engineers_availability ON engineers (availability_status, available_from)`,
  `CREATE INDEX engineers_vetting ON engineers (vetting_status)`,
  `CREATE INDEX engineers_archived ON engineers (archived)`,
  `CREATE INDEX engineers_country ON engineers (country)`,
  `CREATE INDEX engineers_name_key ON engineers (name_key, country)`,
  `CREATE INDEX engineers_email ON engineers (email COLLATE NOCASE) WHERE email IS NOT NULL`,
  `CREATE TABLE engineer_skills (
    engineer_pk INTEGER NOT NULL REFERENCES engineers (pk) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    skill_id INTEGER NOT NULL REFERENCES skills (id),
    name TEXT NOT NULL,
    level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5),
    years REAL,
    last_used INTEGER,
    PRIMARY KEY (engineer_pk, position)
  ) WITHOUT ROWID`,
  `CREATE INDEX engineer_skills_skill ON engineer_skills (skill_id, level)`,
  `CREATE TABLE assessments (
    pk INTEGER PRIMARY KEY,
    id TEXT UNIQUE,
    engineer_pk INTEGER NOT NULL REFERENCES engineers (pk) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    date TEXT NOT NULL,
    kind TEXT NOT NULL,
    assessor TEXT NOT NULL,
    scores TEXT,
    verified_skills TEXT,
    english_level TEXT,
    red_flags TEXT,
    recommendation TEXT,
    recommended_seniority TEXT,
    notes TEXT,
    status TEXT NOT NULL DEFAULT 'final' CHECK (status IN ('draft', 'final')),
    amends_pk INTEGER REFERENCES assessments (pk),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    finalized_at TEXT
  )`,
  `CREATE INDEX assessments_engineer ON assessments (engineer_pk, position)`,
  `CREATE INDEX assessments_amends ON assessments (amends_pk) WHERE amends_pk IS NOT NULL`,
  // Counting finalized records (stats) and finding drafts (vetting queue) without a table scan.
  `CREATE INDEX assessments_status ON assessments (status)`,
  `CREATE TABLE clients (
    pk INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    time_zone TEXT,
    industry TEXT,
    notes TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  )`,
  `CREATE TABLE roles (
    pk INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    client_pk INTEGER NOT NULL REFERENCES clients (pk),
    title TEXT NOT NULL,
    description TEXT,
    seniority TEXT,
    has_must_have INTEGER NOT NULL DEFAULT 0,
    has_nice_to_have INTEGER NOT NULL DEFAULT 0,
    time_zone TEXT,
    core_start TEXT,
    core_end TEXT,
    min_overlap_hours REAL,
    min_english TEXT,
    max_bill_rate REAL,
    start_date TEXT,
    headcount INTEGER,
    require_vetted INTEGER,
    status TEXT,
    weights TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  )`,
  `CREATE INDEX roles_client ON roles (client_pk)`,
  `CREATE TABLE role_requirements (
    role_pk INTEGER NOT NULL REFERENCES roles (pk) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('must', 'nice')),
    position INTEGER NOT NULL,
    skill TEXT NOT NULL,
    skill_id INTEGER NOT NULL REFERENCES skills (id),
    min_level INTEGER,
    min_years REAL,
    weight INTEGER,
    PRIMARY KEY (role_pk, kind, position)
  ) WITHOUT ROWID`,
  `CREATE INDEX role_requirements_skill ON role_requirements (skill_id)`,
  `CREATE TABLE shortlists (
    pk INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    role_pk INTEGER NOT NULL REFERENCES roles (pk),
    name TEXT NOT NULL,
    has_entries INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  )`,
  `CREATE INDEX shortlists_role ON shortlists (role_pk)`,
  `CREATE TABLE shortlist_entries (
    shortlist_pk INTEGER NOT NULL REFERENCES shortlists (pk) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    engineer_pk INTEGER NOT NULL REFERENCES engineers (pk),
    note TEXT,
    status TEXT,
    status_changed_at TEXT,
    PRIMARY KEY (shortlist_pk, position)
  ) WITHOUT ROWID`,
  `CREATE INDEX shortlist_entries_engineer ON shortlist_entries (engineer_pk)`,
  `CREATE TABLE change_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT,
    detail TEXT
  )`,
  `CREATE INDEX change_log_entity ON change_log (entity, entity_id)`,
  `CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)`,
];

const tables = ['settings', 'change_log', 'shortlist_entries', 'shortlists', 'role_requirements', 'roles', 'clients', 'assessments', 'engineer_skills', 'engineers', 'skills'];

export const m0001_initial: Migration = {
  async up(db: Kysely<unknown>) {
    for (const s of statements) await sql.raw(s).execute(db);
  },
  async down(db: Kysely<unknown>) {
    for (const t of tables) await sql.raw(`DROP TABLE IF EXISTS ${t}`).execute(db);
  },
};
