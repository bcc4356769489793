// The search index persisted in the bench file (issue 20), so a cold `benchmatch search` reads the
// vocabulary and the posting lists its query names instead of every profile. It is local derived data,
// never a synced change: every laptop derives its own from its own rows (docs/team-design.md).
// Triggers mark each engineer a write touches in `search_dirty`, in the same transaction as the write,
// whatever wrote it (screens, CLI, import, merge, erasure, the team sync); the next search brings the
// marked engineers' lists up to date (db/search-index/refresh.ts) before reading them.
import { sql, type Kysely, type Migration } from 'kysely';

export const SEARCH_INDEX_TRIGGERS = [
  ['search_dirty_engineer_insert', 'AFTER INSERT ON engineers', 'NEW.pk'],
  ['search_dirty_engineer_update', 'AFTER UPDATE ON engineers', 'NEW.pk'],
  ['search_dirty_engineer_update_old', 'AFTER UPDATE OF pk ON engineers', 'OLD.pk'],
  ['search_dirty_engineer_delete', 'AFTER DELETE ON engineers', 'OLD.pk'],
  ['search_dirty_skill_insert', 'AFTER INSERT ON engineer_skills', 'NEW.engineer_pk'],
  ['search_dirty_skill_update', 'AFTER UPDATE ON engineer_skills', 'NEW.engineer_pk'],
  ['search_dirty_skill_update_old', 'AFTER UPDATE OF engineer_pk ON engineer_skills', 'OLD.engineer_pk'],
  ['search_dirty_skill_delete', 'AFTER DELETE ON engineer_skills', 'OLD.engineer_pk'],
] as const;

const statements = [
  // One row per posting list: a word, a skill, a country, a seniority or a tag (shared/search/document.ts
  // names them). ids: the engineers' pks, ascending, as little-endian uint32; weights: one byte each.
  `CREATE TABLE search_lists (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    label TEXT,
    df INTEGER NOT NULL,
    ids BLOB NOT NULL,
    weights BLOB NOT NULL
  )`,
  // One row per indexed engineer: the facet values a query counts, and the lists it is in (to take it
  // out of them when it changes). skills and tags: list ids as uint32.
  `CREATE TABLE search_docs (
    engineer_pk INTEGER PRIMARY KEY,
    id TEXT NOT NULL,
    country TEXT NOT NULL,
    seniority INTEGER NOT NULL,
    english INTEGER NOT NULL,
    availability INTEGER NOT NULL,
    vetting INTEGER NOT NULL,
    archived INTEGER NOT NULL,
    skills BLOB NOT NULL,
    tags BLOB NOT NULL,
    lists BLOB NOT NULL
  )`,
  `CREATE TABLE search_dirty (engineer_pk INTEGER PRIMARY KEY) WITHOUT ROWID`,
  // The recipe the lists were made with (weights, taxonomy, format): another recipe rebuilds them.
  `CREATE TABLE search_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID`,
  ...SEARCH_INDEX_TRIGGERS.map(([name, event, pk]) => `CREATE TRIGGER ${name} ${event} BEGIN INSERT OR IGNORE INTO search_dirty (engineer_pk) VALUES (${pk}); END`),
  // Every engineer already on the bench waits to be indexed by the first search.
  `INSERT INTO search_dirty (engineer_pk) SELECT pk FROM engineers`,
];

export const m0013_search_index: Migration = {
  async up(db: Kysely<unknown>) {
    for (const s of statements) await sql.raw(s).execute(db);
  },
  async down(db: Kysely<unknown>) {
    for (const [name] of SEARCH_INDEX_TRIGGERS) await sql.raw(`DROP TRIGGER IF EXISTS ${name}`).execute(db);
    for (const t of ['search_lists', 'search_docs', 'search_dirty', 'search_meta']) await sql.raw(`DROP TABLE IF EXISTS ${t}`).execute(db);
  },
};
