// Import: read the file, check everything, then write it all in ONE transaction (or, for a dry run,
// write nothing). Bad input throws ApiError('invalid_input') listing every problem; the bench is untouched.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { ApiError, type Problem } from '../../shared/api/errors';
import type { ImportReport } from '../../shared/api/bench';
import type { BenchFile, Engineer } from '../../shared/bench/schema';
import type { RawDb } from '../connection';
import { readEngineers } from '../repos/bench-reader';
import { writeBench, zeroCounts } from '../repos/bench-writer';
import { appendChange } from '../repos/change-log';
import { parseEngineersCsv } from './csv';
import { columnOf } from './csv-columns';
import { loadExisting } from './existing';
import { parseJsonText } from './parse-json';
import { checkBench } from './validate';

export interface ImportOptions {
  dryRun?: boolean;
  actor?: string;
  /** 0..1 with a short label. */
  onProgress?: (fraction: number, label: string) => void;
}

export function isCsvPath(path: string): boolean {
  return /\.csv$/i.test(path);
}

const refuse = (file: string, problems: Problem[]): never => {
  throw new ApiError('invalid_input', `${problems.length} problem${problems.length === 1 ? '' : 's'} in ${basename(file)}`, problems);
};

/** Imports a *.bench.json or engineers *.csv file into the database. */
export function importBenchFile(raw: RawDb, path: string, opts: ImportOptions = {}): ImportReport {
  const progress = opts.onProgress ?? (() => {});
  progress(0.02, 'Checking');
  const existing = loadExisting(raw);
  let bench: BenchFile;
  let warnings: Problem[];
  let csvFields: Set<string> | undefined;
  if (isCsvPath(path)) {
    const csv = parseEngineersCsv(readText(path));
    // Header problems leave no rows to check; otherwise row problems and schema problems are listed together.
    if (csv.problems.length && csv.engineers.length === 0) refuse(path, csv.problems);
    const checked = checkBench({ format: 'benchmatch.bench', version: 1, engineers: csv.engineers }, existing);
    const toCsvPlace = (p: Problem): Problem => {
      const m = /^\/engineers\/(\d+)(\/.*)?$/.exec(p.where);
      if (!m) return p;
      const segs = (m[2] ?? '').split('/').filter(Boolean);
      const column = columnOf(segs);
      const detail = column === 'skills' && segs[1] !== undefined ? `skill ${Number(segs[1]) + 1}${segs[2] ? ` ${segs[2]}` : ''}: ` : '';
      return { where: `line ${csv.lines[Number(m[1])]}, column ${column}`, message: detail + p.message };
    };
    const all = [...csv.problems, ...checked.problems.map(toCsvPlace)];
    if (all.length) refuse(path, all.sort((a, b) => lineOf(a) - lineOf(b)));
    bench = mergeCsvIntoExisting(raw, checked.bench, csv.fields);
    warnings = checked.warnings.map(toCsvPlace);
    csvFields = csv.fields;
  } else {
    // The text is not held past parsing: at 100k engineers it is ~160 MB the parsed value does not need.
    const parsed = parseJsonText(readText(path));
    if (!parsed.ok) refuse(path, [parsed.problem]);
    const checked = checkBench((parsed as { value: unknown }).value, existing);
    if (checked.problems.length) refuse(path, checked.problems);
    bench = checked.bench;
    warnings = checked.warnings;
  }

  progress(0.1, 'Writing');
  const total = bench.engineers?.length ?? 0;
  const run = raw.transaction(() => {
    const result = writeBench(raw, bench, {
      actor: opts.actor ?? 'import',
      onProgress: (done) => progress(0.1 + 0.88 * (done / Math.max(1, total)), `Writing engineers ${done}/${total}`),
    });
    if (!opts.dryRun) {
      appendChange(raw, { actor: opts.actor ?? 'import', action: 'import', entity: 'bench', entityId: null, detail: { file: basename(path), created: result.created, updated: result.updated, ...(csvFields ? { columns: [...csvFields] } : {}) } });
    }
    // A dry run does every write (so it meets the same constraints) and then rolls back.
    if (opts.dryRun) throw new DryRunDone(result);
    return result;
  });
  let result: { created: ImportReport['created']; updated: ImportReport['updated'] };
  const restore = bulkPragmas(raw);
  try {
    result = run.immediate();
  } catch (e) {
    if (e instanceof DryRunDone) result = e.result;
    else throw e;
  } finally {
    restore();
  }
  progress(1, opts.dryRun ? 'Checked (dry run)' : 'Imported');
  return { dryRun: !!opts.dryRun, created: result.created ?? zeroCounts(), updated: result.updated ?? zeroCounts(), warnings };
}

// The default page cache (2 MB) is far smaller than the indexes a 100k-engineer import touches: random
// keys (ids, emails, folded names) then evict and re-read pages, and the open transaction spills dirty
// pages to the WAL mid-way. A larger cache for the bulk transaction only, restored after, cuts both.
// Neither pragma changes durability: the commit is still one WAL transaction at the usual sync level.
const BULK_CACHE_KIB = 256 * 1024;
function bulkPragmas(raw: RawDb): () => void {
  const cache = raw.pragma('cache_size', { simple: true }) as number;
  const temp = raw.pragma('temp_store', { simple: true }) as number;
  raw.pragma(`cache_size = -${BULK_CACHE_KIB}`);
  raw.pragma('temp_store = MEMORY');
  return () => {
    raw.pragma(`cache_size = ${cache}`);
    raw.pragma(`temp_store = ${temp}`);
  };
}

const lineOf = (p: Problem) => Number(/^line (\d+)/.exec(p.where)?.[1] ?? 0);

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw new ApiError('not_found', `Cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
}

class DryRunDone extends Error {
  constructor(public readonly result: { created: ImportReport['created']; updated: ImportReport['updated'] }) {
    super('dry run');
  }
}

/** A CSV row carries only some fields: for engineers already on the bench, keep the fields it has no column for. */
function mergeCsvIntoExisting(raw: RawDb, bench: BenchFile, fields: Set<string>): BenchFile {
  const rows = bench.engineers ?? [];
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
  return { ...bench, engineers };
}
