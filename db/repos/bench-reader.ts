// Reads the bench back in bench-file form with a handful of whole-table queries grouped in JS
// (one query per table beats one query per engineer by orders of magnitude at 100k engineers).
// Raw prepared statements and raw() row arrays on purpose (repos/query.ts is the ordinary way): this is
// the snapshot read behind the `npm run bench` figures "match: baseline, whole process merely reading the
// same rows" and "stats: `benchmatch stats` process, 100k engineers".
import type { Kysely } from 'kysely';
import type { Assessment, BenchFile, Client, Engineer, Role, Skill } from '../../shared/bench/schema';
import { rawOf, type RawDb } from '../connection';
import type { ClientRow, Database, EngineerSkillRow, RoleRequirementRow, RoleRow, ShortlistEntryRow, ShortlistRow } from '../database';
import { ASSESSMENT_READ_COLUMNS, assessmentRowFromValues, ENGINEER_READ_COLUMNS, engineerRowFromValues } from './row-values';
import { toAssessment, toClient, toEngineer, toRole, toShortlist, toSkill } from './rows';

/** A final assessment corrected by a later final one is superseded: the bench shows the correction. */
export const NOT_AMENDED = "NOT EXISTS (SELECT 1 FROM assessments b WHERE b.amends_pk = a.pk AND b.status = 'final')";

function group<T>(rows: T[], key: (r: T) => number): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = out.get(k);
    if (list) list.push(r);
    else out.set(k, [r]);
  }
  return out;
}

/**
 * Engineers with their skills and current finalized assessments (a finalized amendment supersedes the
 * record it corrects, which stays in the database and the vetting history). `ids` limits the read to those engineers
 * (the CSV import merges into existing records); without it, every engineer, archived included.
 * `assessments: false` leaves the assessments out: search reads only profiles, and on the 100k demo bench
 * that spares about a quarter of the read's peak memory (issue 20, "search: cold, peak RSS").
 */
export function readEngineers(db: Kysely<Database> | RawDb, ids?: readonly string[], opts: { assessments?: boolean } = {}): Engineer[] {
  const raw = rawOf(db);
  const filter = ids ? 'WHERE e.id IN (SELECT value FROM json_each(?))' : '';
  const args = ids ? [JSON.stringify(ids)] : [];
  const engineers = (raw.prepare(`SELECT ${ENGINEER_READ_COLUMNS.map((c) => `e.${c}`).join(', ')} FROM engineers e ${filter} ORDER BY e.pk`).raw().all(...args) as unknown[][]).map(engineerRowFromValues);
  const skills = raw
    .prepare(`SELECT s.engineer_pk, s.name, s.level, s.years, s.last_used FROM engineer_skills s JOIN engineers e ON e.pk = s.engineer_pk ${filter} ORDER BY s.engineer_pk, s.position`)
    .all(...args) as EngineerSkillRow[];
  // For a few ids, CROSS JOIN makes SQLite start from the engineers asked for: left to choose, it walked the
  // index of finalized assessments (every one on the bench: 75 ms a read at 20k engineers, so a 100k bench
  // spent seconds in each profile read and edit, and the team bench's flush of each edit again).
  const assessments = opts.assessments === false ? [] : (raw
    .prepare(`SELECT ${ASSESSMENT_READ_COLUMNS.map((c) => `a.${c}`).join(', ')} FROM ${ids ? 'engineers e CROSS JOIN assessments a ON' : 'assessments a JOIN engineers e ON'} e.pk = a.engineer_pk ${filter ? filter + " AND" : 'WHERE'} a.status = 'final' AND ${NOT_AMENDED} ORDER BY a.engineer_pk, a.position, a.id, a.date, a.kind, a.assessor, a.pk`)
    .raw()
    .all(...args) as unknown[][]).map(assessmentRowFromValues);
  const skillsBy = new Map<number, Skill[]>();
  for (const s of skills) {
    const list = skillsBy.get(s.engineer_pk);
    if (list) list.push(toSkill(s));
    else skillsBy.set(s.engineer_pk, [toSkill(s)]);
  }
  const assessBy = new Map<number, Assessment[]>();
  for (const a of assessments) {
    const list = assessBy.get(a.engineer_pk);
    if (list) list.push(toAssessment(a));
    else assessBy.set(a.engineer_pk, [toAssessment(a)]);
  }
  return engineers.map((r) => toEngineer(r, skillsBy.get(r.pk) ?? [], assessBy.get(r.pk) ?? []));
}

export function readClients(raw: RawDb): Client[] {
  return (raw.prepare('SELECT * FROM clients ORDER BY pk').all() as ClientRow[]).map(toClient);
}

export function readRoles(raw: RawDb): Role[] {
  const reqs = group(raw.prepare('SELECT * FROM role_requirements ORDER BY role_pk, kind, position').all() as RoleRequirementRow[], (r) => r.role_pk);
  return (raw.prepare('SELECT r.*, c.id AS client_id FROM roles r JOIN clients c ON c.pk = r.client_pk ORDER BY r.pk').all() as (RoleRow & { client_id: string })[])
    .map((r) => toRole(r, reqs.get(r.pk) ?? []));
}

export type ShortlistHeadRow = ShortlistRow & { role_id: string };
export type ShortlistEntryRowWithId = ShortlistEntryRow & { engineer_id: string };

/** Every shortlist head and its entries (rows, with each entry's status date, which the bench file leaves out). */
export function readShortlistRows(raw: RawDb): { heads: ShortlistHeadRow[]; entries: Map<number, ShortlistEntryRowWithId[]> } {
  const entries = group(
    raw.prepare('SELECT x.*, e.id AS engineer_id FROM shortlist_entries x JOIN engineers e ON e.pk = x.engineer_pk ORDER BY x.shortlist_pk, x.position')
      .all() as ShortlistEntryRowWithId[],
    (r) => r.shortlist_pk,
  );
  const heads = raw.prepare('SELECT s.*, r.id AS role_id FROM shortlists s JOIN roles r ON r.pk = s.role_pk ORDER BY s.pk').all() as ShortlistHeadRow[];
  return { heads, entries };
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * A bench on a team lists records by id: records arrive on each laptop in a different order (each
 * creates its own first), so rowid order would make every laptop's export differ (docs/team-design.md).
 */
function teamOrdered(raw: RawDb): boolean {
  const hasState = raw.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sync_state'").get() !== undefined;
  return hasState && (raw.prepare("SELECT value FROM sync_state WHERE key = 'capture'").get() as { value: string } | undefined)?.value === '1';
}

/** The whole bench (finalized assessments only, archived engineers included) in exact bench-file form. */
export function readBench(db: Kysely<Database> | RawDb): BenchFile {
  const raw = rawOf(db);
  const engineers = readEngineers(raw);
  const clients = readClients(raw);
  const roles = readRoles(raw);
  const rows = readShortlistRows(raw);
  const shortlists = rows.heads.map((s) => toShortlist(s, rows.entries.get(s.pk) ?? []));
  if (teamOrdered(raw)) for (const list of [engineers, clients, roles, shortlists]) list.sort(byId);
  const bench: BenchFile = { format: 'benchmatch.bench', version: 1 };
  if (engineers.length) bench.engineers = engineers;
  if (clients.length) bench.clients = clients;
  if (roles.length) bench.roles = roles;
  if (shortlists.length) bench.shortlists = shortlists;
  return bench;
}
