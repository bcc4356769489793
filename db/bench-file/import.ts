// Import: read the file, check every record and write it in ONE transaction (a dry run or a refused
// file rolls it back). Bad input throws ApiError('invalid_input') listing every problem; the bench is untouched.
import { basename } from 'node:path';
import { ApiError, renderText, type KeyedText, type Problem } from '../../shared/api/errors';
import type { ImportReport, ImportWarning, SkippedRecord } from '../../shared/api/bench';
import type { Client, Engineer, Role, Shortlist } from '../../shared/bench/schema';
import type { RawDb } from '../connection';
import { readEngineers } from '../repos/bench-reader';
import { benchWriter, type WriteResult } from '../repos/bench-writer';
import { appendChange } from '../repos/change-log';
import { checkpointInBackground } from '../checkpoint';
import { at, parseEngineersCsv } from './csv';
import { ImportMatcher } from './import-matches';
import { validRecordsOnly } from './valid-only';
import { columnOf } from './csv-columns';
import { loadExisting, type ExistingBench } from './existing';
import { NeedsWholeText, sourceOfFile, sourceOfValue, type JsonSource } from './json-source';
import { parseJsonText } from './parse-json';
import { DEFAULT_READ_LIMITS, type ReadLimits } from './read-limits';
import { readUtf8 } from './read-text';
import { BenchCheck, checkBench, RECORD_ARRAYS, type RecordArray } from './validate';

export interface ImportOptions {
  dryRun?: boolean;
  actor?: string;
  /** 0..1 with a short label. */
  onProgress?: (fraction: number, label: KeyedText) => void;
  /** Internal: lower limits, so tests can show a refusal without gigabyte files. */
  limits?: Partial<ReadLimits>;
  /** Import the valid records, listing the others (skipped), instead of refusing the file. */
  validOnly?: boolean;
  /** Write a new record that likely is a person on the bench as an update of that person. */
  updateMatches?: boolean;
}

export function isCsvPath(path: string): boolean {
  return /\.csv$/i.test(path);
}

const refuse = (file: string, problems: Problem[]): never => {
  throw ApiError.keyed('invalid_input', { key: 'errors:import.refused', params: { count: problems.length, file: basename(file) } }, undefined, problems);
};

/** Imports a *.bench.json or engineers *.csv file into the database. */
export function importBenchFile(raw: RawDb, path: string, opts: ImportOptions = {}): ImportReport {
  const progress: Progress = opts.onProgress ?? (() => {});
  const limits: ReadLimits = { ...DEFAULT_READ_LIMITS, ...opts.limits };
  const actor = opts.actor ?? 'import';
  const verb = opts.dryRun ? 'Checking' : 'Importing';
  progress(0.02, { key: 'errors:progress.reading' });
  const existing = loadExisting(raw);
  const matcher = () => new ImportMatcher(raw, existing, !!opts.updateMatches);
  let outcome: WriteOutcome;
  let skipped: SkippedRecord[] = [];
  let matches: ImportMatcher | undefined;
  if (isCsvPath(path)) {
    const checked = checkCsv(path, readUtf8(path, limits), existing, !!opts.validOnly);
    skipped = checked.skipped;
    outcome = inTransaction(raw, path, { ...opts, actor }, [...checked.fields], () => {
      matches = matcher();
      const m = matches;
      const engineers = mergeCsvIntoExisting(raw, checked.engineers.map((e, i) => m.resolve(e, `line ${checked.lines[i]}`)), checked.fields);
      return { ...writeCsvEngineers(raw, engineers, actor, verb, progress), warnings: checked.warnings };
    });
  } else if (opts.validOnly) {
    // Leaving records out needs the whole file at hand (a record's problem may show only at the end, in
    // a reference), so "valid rows only" reads it whole; the default import streams.
    progress(0.03, { key: 'errors:progress.readingWhole' });
    const parsed = parseJsonText(readUtf8(path, limits), limits.maxDepth);
    if (!parsed.ok) refuse(path, [parsed.problem]);
    const kept = validRecordsOnly((parsed as { value: unknown }).value, existing);
    if (kept.problems.length) refuse(path, kept.problems);
    skipped = kept.skipped;
    outcome = inTransaction(raw, path, { ...opts, actor }, undefined, () => writeJson(raw, path, sourceOfValue(kept.value, RECORD_ARRAYS), existing, actor, verb, progress, (matches = matcher())));
  } else {
    try {
      const source = sourceOfFile(path, RECORD_ARRAYS, limits);
      outcome = inTransaction(raw, path, { ...opts, actor }, undefined, () => writeJson(raw, path, source, existing, actor, verb, progress, (matches = matcher())));
    } catch (e) {
      // The scanner met what it cannot read item by item (its transaction rolled back): read the whole text.
      if (!(e instanceof NeedsWholeText)) throw e;
      progress(0.03, { key: 'errors:progress.readingWhole' });
      const whole = wholeTextSource(path, readUtf8(path, limits), limits.maxDepth);
      outcome = inTransaction(raw, path, { ...opts, actor }, undefined, () => writeJson(raw, path, whole, existing, actor, verb, progress, (matches = matcher())));
    }
  }
  if (!opts.dryRun) checkpointInBackground(raw);
  progress(1, { key: opts.dryRun ? 'errors:progress.checkedDryRun' : 'errors:progress.imported' });
  return { dryRun: !!opts.dryRun, created: outcome.created, updated: outcome.updated, warnings: outcome.warnings, matches: matches?.matches ?? [], skipped };
}

type WriteOutcome = WriteResult & { warnings: ImportWarning[] };

/** Runs `write` in one immediate transaction with the bulk pragmas, logs the import, rolls a dry run back. */
function inTransaction(raw: RawDb, path: string, opts: ImportOptions & { actor: string }, columns: string[] | undefined, write: () => WriteOutcome): WriteOutcome {
  const run = raw.transaction((): WriteOutcome => {
    const outcome = write();
    if (!opts.dryRun) {
      const detail = { file: basename(path), created: outcome.created, updated: outcome.updated, ...(columns ? { columns } : {}) };
      appendChange(raw, { actor: opts.actor, action: 'import', entity: 'bench', entityId: null, detail });
    }
    // A dry run does every write (so it meets the same constraints) and then rolls back.
    if (opts.dryRun) throw new DryRunDone(outcome);
    return outcome;
  });
  const restore = bulkPragmas(raw);
  try {
    return run.immediate();
  } catch (e) {
    if (e instanceof DryRunDone) return e.outcome;
    throw e;
  } finally {
    restore();
  }
}

const ENGINEER_CHUNK = 250;
type Progress = (fraction: number, label: KeyedText) => void;

/**
 * Checks and writes a bench file in one pass, inside the caller's transaction, in the file's order:
 * clients as they come; engineers a chunk at a time (each read, checked, written and let go: a
 * 100k-engineer file is never in memory as objects all at once); roles and shortlists at the end, once
 * every id they may point at is known. Checking goes on to the end after a first problem, so the refusal
 * lists every problem; nothing is written after it, and the refusal rolls back what was.
 */
function writeJson(raw: RawDb, path: string, source: JsonSource, existing: ExistingBench, actor: string, verb: string, progress: Progress, matcher: ImportMatcher): WriteOutcome {
  const check = new BenchCheck(existing);
  const writer = benchWriter(raw, { actor });
  const held: { clients: Client[]; roles: Role[]; shortlists: Shortlist[] } = { clients: [], roles: [], shortlists: [] };
  const chunk: Engineer[] = [];
  let chunkFrom = 0;
  const flush = () => {
    if (chunk.length && check.ok) writer.engineers(chunk.map((e, j) => matcher.resolve(e, `/engineers/${chunkFrom + j}`)), chunkFrom);
    progress(0.05 + 0.9 * source.fraction(), { key: !check.ok ? 'errors:progress.checkingEngineers' : verb === 'Checking' ? 'errors:progress.checkingEngineers' : 'errors:progress.writingEngineers', params: { n: chunkFrom + chunk.length } });
    chunk.length = 0;
  };
  const head = source.read((key, item, i) => {
    const c = key as RecordArray;
    check.record(c, item, i);
    if (c === 'engineers') {
      if (chunk.length === 0) chunkFrom = i;
      chunk.push(item as Engineer);
      if (chunk.length === ENGINEER_CHUNK) flush();
    } else held[c].push(item as never);
  });
  flush();
  check.head(head);
  const { problems, warnings } = check.finish();
  if (problems.length) refuse(path, problems);
  writer.clients(held.clients);
  writer.roles(held.roles);
  writer.shortlists(held.shortlists.map((s) => matcher.shortlist(s)));
  return { created: writer.created, updated: writer.updated, warnings };
}

/** A checked CSV's engineers, written a chunk at a time with progress (a 100k-row CSV takes seconds). */
function writeCsvEngineers(raw: RawDb, engineers: readonly Engineer[], actor: string, verb: string, progress: Progress): WriteResult {
  const writer = benchWriter(raw, { actor });
  for (let i = 0; i < engineers.length; i += ENGINEER_CHUNK) {
    const done = Math.min(engineers.length, i + ENGINEER_CHUNK);
    writer.engineers(engineers.slice(i, done), i);
    progress(0.1 + 0.85 * (done / engineers.length), { key: verb === 'Checking' ? 'errors:progress.checkingEngineersOf' : 'errors:progress.writingEngineersOf', params: { n: done, total: engineers.length } });
  }
  return { created: writer.created, updated: writer.updated };
}

function wholeTextSource(path: string, text: string, maxDepth: number): JsonSource {
  const parsed = parseJsonText(text, maxDepth);
  if (!parsed.ok) refuse(path, [parsed.problem]);
  return sourceOfValue((parsed as { value: unknown }).value, RECORD_ARRAYS);
}

interface CheckedCsv {
  engineers: Engineer[];
  /** The line of each engineer in the file. */
  lines: number[];
  warnings: ImportWarning[];
  fields: Set<string>;
  skipped: SkippedRecord[];
}

function checkCsv(path: string, text: string, existing: ExistingBench, validOnly: boolean): CheckedCsv {
  const csv = parseEngineersCsv(text);
  // Header problems leave no rows to check; otherwise row problems and schema problems are listed together.
  if (csv.problems.length && csv.engineers.length === 0) refuse(path, csv.problems);
  const checked = checkBench({ format: 'benchmatch.bench', version: 1, engineers: csv.engineers }, existing);
  const toCsvPlace = <P extends Problem>(p: P): P => {
    const m = /^\/engineers\/(\d+)(\/.*)?$/.exec(p.where);
    if (!m) return p;
    const segs = (m[2] ?? '').split('/').filter(Boolean);
    const column = columnOf(segs);
    const line = csv.lines[Number(m[1])]!;
    const place = at(line, column);
    // A skill's problem names the skill's place in the cell: "skill 2 level: '7' is too high; at most 5".
    const inSkill = column === 'skills' && segs[1] !== undefined && p.text;
    const text: KeyedText | undefined = inSkill ? { key: segs[2] ? 'errors:import.csv.inSkillField' : 'errors:import.csv.inSkill', params: { n: Number(segs[1]) + 1, field: segs[2] ?? '', problem: p.text! } } : p.text;
    return { ...p, where: renderText(place, 'en'), place, ...(text ? { message: renderText(text, 'en'), text } : {}) };
  };
  // A cell the CSV reader already refused ("'five' is not a number") is not said again by the schema.
  const said = new Set(csv.problems.map((p) => p.where));
  const all = [...csv.problems, ...checked.problems.map(toCsvPlace).filter((p) => !(p.text?.key === 'errors:problem.notANumberAtAll' && said.has(p.where)))];
  all.sort((a, b) => lineOf(a) - lineOf(b));
  if (all.length && (!validOnly || all.some((p) => lineOf(p) === 0))) refuse(path, all);
  if (!all.length) return { engineers: checked.bench.engineers ?? [], lines: csv.lines, warnings: checked.warnings.map(toCsvPlace), fields: csv.fields, skipped: [] };
  // Valid rows only: every line with a problem is left out, and the rest is checked again on its own.
  const bad = new Set(all.map(lineOf));
  const keep = csv.engineers.flatMap((e, i) => (bad.has(csv.lines[i]!) ? [] : [i]));
  const nameAt = new Map(csv.engineers.map((e, i) => [csv.lines[i]!, e.name]));
  const skipped = [...bad].map((line): SkippedRecord => {
    const name = nameAt.get(line);
    return { where: renderText(at(line), 'en'), place: at(line), ...(typeof name === 'string' && name ? { name } : {}), problems: all.filter((p) => lineOf(p) === line) };
  });
  const rest = checkBench({ format: 'benchmatch.bench', version: 1, engineers: keep.map((i) => csv.engineers[i]) }, existing);
  if (rest.problems.length) refuse(path, rest.problems);
  const lines = keep.map((i) => csv.lines[i]!);
  const restPlace = <P extends Problem>(p: P): P => {
    const m = /^\/engineers\/(\d+)(.*)$/.exec(p.where);
    return m ? toCsvPlace({ ...p, where: `/engineers/${keep[Number(m[1])]}${m[2]}` }) : p;
  };
  return { engineers: rest.bench.engineers ?? [], lines, warnings: rest.warnings.map(restPlace), fields: csv.fields, skipped };
}

// The default page cache (2 MB) is far smaller than the indexes a 100k-engineer import touches: random
// keys (ids, emails, folded names) then evict and re-read pages, and the open transaction spills dirty
// pages to the WAL mid-way. A larger cache for the bulk transaction only, restored after, cuts both.
// Foreign keys are off for it too: SQLite would look up the parent of each of ~1M child rows, while the
// writer takes every parent pk from the rows it has just written or read (and throws on a missing one),
// so no row it writes can dangle; test/unit/db/round-trip.test.ts runs foreign_key_check after imports.
// Autocheckpoint is off for it: the WAL is folded into the main file on another thread after the
// commit (db/checkpoint.ts). None of this changes durability: the commit is still one WAL transaction at the usual sync level.
const BULK_CACHE_KIB = 256 * 1024;
function bulkPragmas(raw: RawDb): () => void {
  const cache = raw.pragma('cache_size', { simple: true }) as number;
  const temp = raw.pragma('temp_store', { simple: true }) as number;
  const foreignKeys = raw.pragma('foreign_keys', { simple: true }) as number;
  raw.pragma(`cache_size = -${BULK_CACHE_KIB}`);
  raw.pragma('temp_store = MEMORY');
  raw.pragma('foreign_keys = OFF');
  const autocheckpoint = raw.pragma('wal_autocheckpoint', { simple: true }) as number;
  raw.pragma('wal_autocheckpoint = 0'); // see db/checkpoint.ts
  return () => {
    raw.pragma(`wal_autocheckpoint = ${autocheckpoint}`);
    raw.pragma(`foreign_keys = ${foreignKeys}`);
    raw.pragma(`cache_size = ${cache}`);
    raw.pragma(`temp_store = ${temp}`);
  };
}

const lineOf = (p: Problem) => Number(/^line (\d+)/.exec(p.where)?.[1] ?? 0);

class DryRunDone extends Error {
  constructor(public readonly outcome: WriteOutcome) {
    super('dry run');
  }
}

/** A CSV row carries only some fields: for engineers already on the bench, keep the fields it has no column for. */
function mergeCsvIntoExisting(raw: RawDb, rows: readonly Engineer[], fields: Set<string>): Engineer[] {
  const stored = new Map(readEngineers(raw, rows.map((e) => e.id)).map((e) => [e.id, e]));
  const engineers = rows.map((row): Engineer => {
    const old = stored.get(row.id);
    if (!old) return row;
    const merged: Record<string, unknown> = { ...old };
    delete merged.assessments; // stored assessments stay as they are; the CSV has none
    for (const f of fields) {
      const v = (row as Record<string, unknown>)[f];
      if (v === undefined) delete merged[f];
      else merged[f] = v;
    }
    return merged as Engineer;
  });
  return engineers;
}
