// Writes validated bench-file records into the database: the bulk path behind import and the single
// record upserts. Prepared statements, positional binding, and the caller's one transaction keep
// 100k engineers within a few seconds. Records update in place by their bench id.
// Raw prepared statements on purpose (repos/query.ts is the ordinary way): they are the `npm run bench`
// figure "import: 100k-engineer bench file (read, check, write)" and its ratio to raw inserts (<= 3).
import type { Assessment, BenchFile, Client, Engineer, Role, Shortlist } from '../../shared/bench/schema';
import type BetterSqlite3 from 'better-sqlite3';
import { ApiError, problem } from '../../shared/api/errors';
import { KIND_LABEL } from '../../shared/vetting/rubric';
import type { RawDb } from '../connection';
import { ASSESSMENT_COLUMNS, assessmentValues, CLIENT_COLUMNS, clientValues, ENGINEER_COLUMNS, engineerValues, ROLE_COLUMNS, roleValues } from './rows';
import { skillIdResolver } from './skills';
import { sameJson } from '../../shared/team/json';

export type Kind = 'engineers' | 'clients' | 'roles' | 'shortlists' | 'assessments';
export type Counts = Record<Kind, number>;
export const zeroCounts = (): Counts => ({ engineers: 0, clients: 0, roles: 0, shortlists: 0, assessments: 0 });

export interface WriteOptions {
  actor: string;
  now?: string;
}

export interface WriteResult {
  created: Counts;
  updated: Counts;
}

const insertSql = (table: string, cols: readonly string[], extra: string[] = []) =>
  `INSERT INTO ${table} (${[...cols, ...extra].join(', ')}) VALUES (${[...cols, ...extra].map(() => '?').join(', ')})`;
const updateSql = (table: string, cols: readonly string[], extra: string[] = []) =>
  `UPDATE ${table} SET ${[...cols, ...extra].map((c) => `${c} = ?`).join(', ')} WHERE pk = ?`;

/**
 * Ids to row pks for one table. A few records (a profile saved, a merge, a page of the team's changes) ask
 * the index one id at a time; a big batch (an import, a join) loads every id once (`preload`), which
 * beats a query per record. Before, every writer loaded every id: an edit of one profile on a 100k bench
 * read 100k engineer ids and every assessment id.
 */
export class IdIndex {
  private all: Map<string, number> | undefined;
  private readonly some = new Map<string, number | undefined>();
  private readonly one;

  constructor(private readonly raw: RawDb, private readonly table: string) {
    this.one = raw.prepare(`SELECT pk FROM ${table} WHERE id = ?`).pluck();
  }

  /** Every id at once, for a batch of `size` records when that is large. */
  preload(size: number): void {
    if (this.all || size < PRELOAD_AT) return;
    this.all = new Map();
    for (const r of this.raw.prepare(`SELECT id, pk FROM ${this.table} WHERE id IS NOT NULL`).raw().iterate() as Iterable<[string, number]>) this.all.set(r[0], r[1]);
    this.some.clear();
  }

  get(id: string): number | undefined {
    if (this.all) return this.all.get(id);
    if (this.some.has(id)) return this.some.get(id);
    const pk = this.one.get(id) as number | undefined;
    this.some.set(id, pk);
    return pk;
  }

  set(id: string, pk: number): void {
    if (this.all) this.all.set(id, pk);
    else this.some.set(id, pk);
  }
}

/** From this many records on, a writer loads every id of the table at once. */
const PRELOAD_AT = 2000;

/**
 * Writes records array by array: clients first (roles point at them), then engineers (shortlists point
 * at them, and a large import hands them over a chunk at a time), then roles, then shortlists. Must run
 * inside a transaction (the caller's, so a dry run or a refused file rolls back).
 */
export interface BenchWriter extends WriteResult {
  clients(list: readonly Client[]): void;
  /** `firstIndex` is the place of list[0] in the file, for the places in errors. */
  engineers(list: readonly Engineer[], firstIndex: number): void;
  roles(list: readonly Role[]): void;
  shortlists(list: readonly Shortlist[]): void;
}

export function benchWriter(raw: RawDb, opts: WriteOptions): BenchWriter {
  if (!raw.inTransaction) throw new Error('the bench writer must run inside a transaction');
  const now = opts.now ?? new Date().toISOString();
  const created = zeroCounts();
  const updated = zeroCounts();
  const skillId = skillIdResolver(raw);
  const clientPk = new IdIndex(raw, 'clients');
  const engineerPk = new IdIndex(raw, 'engineers');
  const rolePk = new IdIndex(raw, 'roles');
  let engineerWriter: ((list: readonly Engineer[], firstIndex: number) => void) | undefined;

  return {
    created,
    updated,
    clients(list) {
      clientPk.preload(list.length);
      const ins = raw.prepare(insertSql('clients', CLIENT_COLUMNS, ['created_at', 'updated_at']));
      const upd = raw.prepare(updateSql('clients', CLIENT_COLUMNS, ['updated_at']));
      for (const c of list) {
        const pk = clientPk.get(c.id);
        if (pk === undefined) {
          clientPk.set(c.id, Number(ins.run(...clientValues(c), now, now).lastInsertRowid));
          created.clients++;
        } else {
          upd.run(...clientValues(c), now, pk);
          updated.clients++;
        }
      }
    },
    engineers(list, firstIndex) {
      engineerWriter ??= engineersWriter(raw, { engineerPk, skillId, now, actor: opts.actor, created, updated });
      engineerWriter(list, firstIndex);
    },
    roles(list) {
      clientPk.preload(list.length);
      rolePk.preload(list.length);
      const ins = raw.prepare(insertSql('roles', ROLE_COLUMNS, ['client_pk', 'created_at', 'updated_at']));
      const upd = raw.prepare(updateSql('roles', ROLE_COLUMNS, ['client_pk', 'updated_at']));
      const delReqs = raw.prepare('DELETE FROM role_requirements WHERE role_pk = ?');
      const insReq = raw.prepare('INSERT INTO role_requirements (role_pk, kind, position, skill, skill_id, min_level, min_years, weight) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
      for (const r of list) {
        const cpk = clientPk.get(r.clientId);
        if (cpk === undefined) throw new Error(`Role ${r.id}: client ${r.clientId} is missing`);
        let pk = rolePk.get(r.id);
        if (pk === undefined) {
          pk = Number(ins.run(...roleValues(r), cpk, now, now).lastInsertRowid);
          rolePk.set(r.id, pk);
          created.roles++;
        } else {
          upd.run(...roleValues(r), cpk, now, pk);
          delReqs.run(pk);
          updated.roles++;
        }
        for (const [kind, reqs] of [['must', r.mustHave], ['nice', r.niceToHave]] as const) {
          (reqs ?? []).forEach((q, i) => insReq.run(pk, kind, i, q.skill, skillId(q.skill), q.minLevel ?? null, q.minYears ?? null, q.weight ?? null));
        }
      }
    },
    shortlists(list) {
      const shortlistPk = new IdIndex(raw, 'shortlists');
      shortlistPk.preload(list.length);
      rolePk.preload(list.length);
      const ins = raw.prepare('INSERT INTO shortlists (id, role_pk, name, has_entries, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
      const upd = raw.prepare('UPDATE shortlists SET role_pk = ?, name = ?, has_entries = ?, updated_at = ? WHERE pk = ?');
      const oldEntries = raw.prepare('SELECT engineer_pk, status, status_changed_at FROM shortlist_entries WHERE shortlist_pk = ?');
      const delEntries = raw.prepare('DELETE FROM shortlist_entries WHERE shortlist_pk = ?');
      const insEntry = raw.prepare('INSERT INTO shortlist_entries (shortlist_pk, position, engineer_pk, note, status, status_changed_at, approved_note) VALUES (?, ?, ?, ?, ?, ?, ?)');
      for (const s of list) {
        const rpk = rolePk.get(s.roleId);
        if (rpk === undefined) throw new Error(`Shortlist ${s.id}: role ${s.roleId} is missing`);
        let pk = shortlistPk.get(s.id);
        // Keep when each engineer's status last changed, so re-importing the same list keeps its history.
        const previous = new Map<number, { status: string | null; status_changed_at: string | null }>();
        if (pk === undefined) {
          pk = Number(ins.run(s.id, rpk, s.name, s.entries ? 1 : 0, now, now).lastInsertRowid);
          shortlistPk.set(s.id, pk);
          created.shortlists++;
        } else {
          for (const r of oldEntries.all(pk) as { engineer_pk: number; status: string | null; status_changed_at: string | null }[]) previous.set(r.engineer_pk, r);
          upd.run(rpk, s.name, s.entries ? 1 : 0, now, pk);
          delEntries.run(pk);
          updated.shortlists++;
        }
        (s.entries ?? []).forEach((x, i) => {
          const epk = engineerPk.get(x.engineerId);
          if (epk === undefined) throw new Error(`Shortlist ${s.id}: engineer ${x.engineerId} is missing`);
          const before = previous.get(epk);
          const status = x.status ?? null;
          const changedAt = before && before.status === status ? before.status_changed_at : now;
          insEntry.run(pk, i, epk, x.note ?? null, status, changedAt, x.approvedNote ?? null);
        });
      }
    },
  };
}

/** Writes every record of `bench` (a whole file in memory, or one record of an edit). Must run inside a transaction. */
export function writeBench(raw: RawDb, bench: BenchFile, opts: WriteOptions): WriteResult {
  const w = benchWriter(raw, opts);
  if (bench.clients?.length) w.clients(bench.clients);
  if (bench.engineers?.length) w.engineers(bench.engineers, 0);
  if (bench.roles?.length) w.roles(bench.roles);
  if (bench.shortlists?.length) w.shortlists(bench.shortlists);
  return { created: w.created, updated: w.updated };
}

// Engineers go in three passes over each list -- rows, then skills, then assessments -- like a
// table-at-a-time load: each pass appends to one table and its indexes instead of hopping between three
// sets of B-trees. Skill rows (8 or so per engineer, 800k at 100k engineers) go in one multi-row INSERT
// per engineer, which does the per-statement work (bind, step, reset, the call into SQLite) once per
// engineer rather than once per skill. Engineer pks are assigned in file order as a one-pass loop would.
const MAX_SKILL_ROWS = 32;

interface EngineerContext {
  engineerPk: IdIndex;
  skillId: (name: string) => number;
  now: string;
  actor: string;
  created: Counts;
  updated: Counts;
}

function engineersWriter(raw: RawDb, ctx: EngineerContext): (engineers: readonly Engineer[], firstIndex: number) => void {
  const { engineerPk, skillId, now, created, updated } = ctx;
  const ins = raw.prepare(insertSql('engineers', ENGINEER_COLUMNS, ['created_at', 'updated_at']));
  const upd = raw.prepare(updateSql('engineers', ENGINEER_COLUMNS, ['updated_at']));
  const delSkills = raw.prepare('DELETE FROM engineer_skills WHERE engineer_pk = ?');
  const skillInserts: BetterSqlite3.Statement[] = [];
  const insSkills = (rows: number) =>
    (skillInserts[rows] ??= raw.prepare(
      `INSERT INTO engineer_skills (engineer_pk, position, skill_id, name, level, years, last_used) VALUES ${Array.from({ length: rows }, () => '(?, ?, ?, ?, ?, ?, ?)').join(', ')}`,
    ));
  const assessmentPk = new IdIndex(raw, 'assessments');
  const unnamed = raw.prepare("SELECT pk, date, kind, assessor FROM assessments WHERE engineer_pk = ? AND id IS NULL AND status = 'final'");
  const insA = raw.prepare(insertSql('assessments', ASSESSMENT_COLUMNS, ['engineer_pk', 'position', 'status', 'created_at', 'created_by', 'finalized_at']));
  const updA = raw.prepare(updateSql('assessments', ASSESSMENT_COLUMNS, ['engineer_pk', 'position', 'status', 'finalized_at']));
  const storedA = raw.prepare(`SELECT ${ASSESSMENT_COLUMNS.join(', ')}, status FROM assessments WHERE pk = ?`).raw();
  const params: unknown[] = [];

  return (engineers, firstIndex) => {
    const total = engineers.length;
    engineerPk.preload(total);
    assessmentPk.preload(total);
    const pks = new Float64Array(total);
    const existed = new Uint8Array(total);

    for (let n = 0; n < total; n++) {
      const e = engineers[n]!;
      const row = engineerValues(e);
      let pk = engineerPk.get(e.id);
      if (pk === undefined) {
        row.push(now, now);
        pk = Number(ins.run(row).lastInsertRowid);
        engineerPk.set(e.id, pk);
        created.engineers++;
      } else {
        row.push(now, pk);
        upd.run(row);
        delSkills.run(pk);
        existed[n] = 1;
        updated.engineers++;
      }
      pks[n] = pk;
    }

    for (let n = 0; n < total; n++) {
      const skills = engineers[n]!.skills;
      const pk = pks[n]!;
      for (let from = 0; from < skills.length; from += MAX_SKILL_ROWS) {
        const to = Math.min(skills.length, from + MAX_SKILL_ROWS);
        params.length = 0;
        for (let i = from; i < to; i++) {
          const s = skills[i]!;
          params.push(pk, i, skillId(s.name), s.name, s.level, s.years ?? null, s.lastUsed ?? null);
        }
        insSkills(to - from).run(params);
      }
    }

    for (let n = 0; n < total; n++) {
      const e = engineers[n]!;
      if (!e.assessments?.length) continue;
      const pk = pks[n]!;
      // Assessments without an id match an existing one by (date, kind, assessor): re-import must not duplicate.
      const byTriple = new Map<string, number>();
      if (existed[n]) {
        for (const r of unnamed.all(pk) as { pk: number; date: string; kind: string; assessor: string }[]) byTriple.set(tripleKey(r), r.pk);
      }
      e.assessments.forEach((a: Assessment, position) => {
        const apk = a.id !== undefined ? assessmentPk.get(a.id) : byTriple.get(tripleKey(a));
        const row = assessmentValues(a);
        if (apk === undefined) {
          row.push(pk, position, 'final', now, ctx.actor, now);
          const newPk = Number(insA.run(row).lastInsertRowid);
          if (a.id !== undefined) assessmentPk.set(a.id, newPk);
          created.assessments++;
        } else {
          // A finalized assessment is history: a file may carry it again unchanged, never rewritten
          // (corrections are amendments). Throwing here rolls the whole import back.
          const stored = storedA.get(apk) as unknown[];
          if (stored[ASSESSMENT_COLUMNS.length] === 'final' && row.some((v, i) => !sameColumn(v, stored[i]))) {
            throw ApiError.keyed('refused', { key: 'errors:import.finalChanged' }, { key: 'errors:import.finalChangedHint' }, [
              problem(`/engineers/${firstIndex + n}/assessments/${position}`, { key: 'errors:import.finalDiffers', params: { date: a.date, kind: { key: KIND_LABEL[a.kind] } } }),
            ]);
          }
          row.push(pk, position, 'final', now, apk);
          updA.run(row);
          updated.assessments++;
        }
      });
    }
  };
}

const tripleKey = (a: { date: string; kind: string; assessor: string }) => `${a.date}\u0000${a.kind}\u0000${a.assessor}`;

/**
 * Two column values equal as data. JSON columns (scores, verified skills, red flags) compare by content:
 * the same scores with their keys in another order (as they come back from the team server's jsonb, or
 * from another tool) are the same assessment, not a rewrite of it.
 */
export function sameColumn(a: unknown, b: unknown): boolean {
  if ((a ?? null) === (b ?? null)) return true;
  if (typeof a !== 'string' || typeof b !== 'string' || !/^[[{]/.test(a) || !/^[[{]/.test(b)) return false;
  try {
    return sameJson(JSON.parse(a), JSON.parse(b));
  } catch {
    return false;
  }
}
