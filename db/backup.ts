// Consistent copies of a live database through SQLite's online backup API (safe while the app writes).
import BetterSqlite3 from 'better-sqlite3';
import { statSync } from 'node:fs';
import type { RawDb } from './connection';

/** Copies the database to `out` and checks the copy opens and passes integrity_check. */
export async function backupDatabase(raw: RawDb, out: string): Promise<{ path: string; bytes: number }> {
  await raw.backup(out);
  // The copy inherits WAL mode; switching it to a rollback journal keeps it one self-contained file.
  const copy = new BetterSqlite3(out, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
  const check = integrityCheck(out);
  if (check !== 'ok') throw new Error(`The backup at ${out} failed integrity_check: ${check}`);
  return { path: out, bytes: statSync(out).size };
}

/** Runs PRAGMA integrity_check on a database file; returns "ok" or the problems found. */
export function integrityCheck(path: string): string {
  const copy = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
  try {
    const rows = copy.pragma('integrity_check') as { integrity_check: string }[];
    return rows.map((r) => r.integrity_check).join('; ');
  } finally {
    copy.close();
  }
}

/** A file name for an automatic copy: bench.sqlite.bak-<label>-<timestamp>. */
export function backupName(path: string, label: string, now = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  return `${path}.bak-${label}-${stamp}`;
}
