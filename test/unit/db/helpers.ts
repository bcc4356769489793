// Real SQLite files in a fresh temp folder per test; nothing is mocked.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach } from 'vitest';
import { openBench, type Bench } from '../../../db/index';

export const EXAMPLE = '/work/shared/bench-format/example.bench.json';
export const PUBLIC = '/work/shared/eval/public.bench.json';
export const CSV_EXAMPLE = '/work/shared/bench-format/engineers.example.csv';

const dirs: string[] = [];
const benches: Bench[] = [];
afterEach(async () => {
  for (const b of benches.splice(0)) await b.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

export function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'benchmatch-db-'));
  dirs.push(d);
  return d;
}

export async function openTemp(dir = tempDir()): Promise<Bench> {
  const b = await openBench({ path: join(dir, 'bench.sqlite') });
  benches.push(b);
  return b;
}

export const readJson = (p: string): Record<string, unknown> => JSON.parse(readFileSync(p, 'utf8')) as Record<string, unknown>;

export function withoutExportedAt(b: Record<string, unknown>): Record<string, unknown> {
  const { exportedAt: _ignored, ...rest } = b;
  return rest;
}

/** Every row of every table, for "the bench is exactly as it was" checks. */
export function dumpTables(path: string): Record<string, unknown[]> {
  const db = new BetterSqlite3(path, { readonly: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
    return Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT * FROM "${t}"`).all()]));
  } finally {
    db.close();
  }
}

/** Rows whose foreign keys point nowhere (PRAGMA foreign_key_check): none, after any import. */
export function danglingReferences(path: string): unknown[] {
  const db = new BetterSqlite3(path, { readonly: true });
  try {
    return db.pragma('foreign_key_check') as unknown[];
  } finally {
    db.close();
  }
}
