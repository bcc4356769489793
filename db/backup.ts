// Consistent copies of a live database. A backup is whole or absent: it is written to a temporary file
// beside the target, must pass integrity_check, is flushed and only then renamed into place
// (exports/atomic-write.ts), so a killed backup never leaves a file under the backup's name.
import BetterSqlite3 from 'better-sqlite3';
import { existsSync, statSync } from 'node:fs';
import { ApiError, type KeyedText } from '../shared/api/errors';
import type { RawDb } from './connection';
import { replaceAtomically } from './exports/atomic-write';

export interface BackupOptions {
  /** 0..1 with a short label ("Copying", "Checking the copy"). */
  onProgress?: (fraction: number, label: KeyedText) => void;
  /**
   * How the pages are copied. `online` (SQLite's backup API, a step at a time, so the service keeps
   * answering) is the default for a bench this process can write; a read-only bench uses `vacuum`
   * (VACUUM INTO, one statement), because the backup API spins forever on a WAL file whose -shm it cannot write.
   */
  method?: 'online' | 'vacuum';
  /** Give up when the online copy makes no progress for this long (ms). */
  stallMs?: number;
}

/** Long enough for any busy writer to let a reader through; short enough that nobody waits on a hung copy. */
export const BACKUP_STALL_MS = 30_000;

/** Copies the database to `out` (whole or not at all) and checks the copy; returns its path and size. */
export async function backupDatabase(raw: RawDb, out: string, opts: BackupOptions = {}): Promise<{ path: string; bytes: number }> {
  const progress = opts.onProgress ?? (() => {});
  const method = opts.method ?? (raw.readonly ? 'vacuum' : 'online');
  const path = await replaceAtomically(out, {
    fill: async (tmp) => {
      progress(0.05, { key: 'errors:progress.copying' });
      if (method === 'vacuum') raw.prepare('VACUUM INTO ?').run(tmp);
      else await onlineCopy(raw, tmp, opts.stallMs ?? BACKUP_STALL_MS, progress);
    },
    check: (tmp) => {
      progress(0.9, { key: 'errors:progress.checkingCopy' });
      const check = integrityCheck(tmp);
      if (check !== 'ok') throw ApiError.keyed('unavailable', { key: 'errors:backup.copyDamaged', params: { bench: raw.name, check, out } }, { key: 'errors:backup.copyDamagedHint' });
    },
  }).then(() => out);
  progress(1, { key: 'errors:progress.backedUp' });
  return { path, bytes: statSync(path).size };
}

const BUSY_HINT: KeyedText = { key: 'errors:backup.busyHint' };

/** Tables, indexes and views in a database (a handle or a file): a copy must have them all. */
function tableCount(db: RawDb | string): number {
  const handle = typeof db === 'string' ? new BetterSqlite3(db, { readonly: true, fileMustExist: true }) : db;
  try {
    return handle.prepare('SELECT count(*) FROM sqlite_master').pluck().get() as number;
  } finally {
    if (typeof db === 'string') handle.close();
  }
}

/** Pages copied between turns of the event loop (better-sqlite3's own default). */
const PAGES_PER_STEP = 100;

async function onlineCopy(raw: RawDb, tmp: string, stallMs: number, progress: (f: number, l: KeyedText) => void): Promise<void> {
  let remaining = Infinity;
  let movedAt = Date.now();
  await raw.backup(tmp, {
    progress: ({ totalPages, remainingPages }) => {
      // A busy or unreadable source makes SQLite answer "try again" forever: a step that moves nothing.
      if (remainingPages < remaining) {
        remaining = remainingPages;
        movedAt = Date.now();
      } else if (Date.now() - movedAt > stallMs) {
        throw ApiError.keyed('unavailable', { key: 'errors:backup.stalled', params: { bench: raw.name, seconds: Math.round(stallMs / 1000) } }, BUSY_HINT);
      }
      progress(0.05 + 0.8 * (1 - remainingPages / Math.max(1, totalPages)), { key: 'errors:progress.copying' });
      return PAGES_PER_STEP;
    },
  });
  // A source SQLite could not read at all (another process holding it exclusively) ends the backup at
  // once as if done, with nothing written: that is no copy.
  if (!existsSync(tmp) || tableCount(tmp) !== tableCount(raw)) {
    throw ApiError.keyed('unavailable', { key: 'errors:backup.unreadable', params: { bench: raw.name } }, BUSY_HINT);
  }
  // The copy inherits WAL mode; a rollback journal keeps it one self-contained file.
  const copy = new BetterSqlite3(tmp, { fileMustExist: true });
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

/** Runs PRAGMA integrity_check on a database file; returns "ok" or the problems found. */
export function integrityCheck(path: string): string {
  try {
    const copy = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
    try {
      const rows = copy.pragma('integrity_check') as { integrity_check: string }[];
      return rows.map((r) => r.integrity_check).join('; ');
    } finally {
      copy.close();
    }
  } catch (e) {
    // "file is not a database" and friends are answers too, not crashes.
    return e instanceof Error ? e.message : String(e);
  }
}

/** A file name for an automatic copy: bench.sqlite.bak-<label>-<timestamp>. */
export function backupName(path: string, label: string, now = new Date()): string {
  return `${path}.bak-${label}-${stamp(now)}`;
}

/** 20261203T064000Z: sorts as it reads, and is safe in a file name on every platform. */
export function stamp(now = new Date()): string {
  return now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
}
