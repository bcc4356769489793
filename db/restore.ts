// `benchmatch restore BACKUP`: puts a backup back in place of the bench. The backup is checked first
// (integrity_check, a BenchMatch schema this version can open); it is copied through a checked,
// flushed temporary file beside the bench and renamed over it, so the bench is at every moment either
// the old file or the whole backup. The old file is kept aside (bench.sqlite.before-restore-<time>),
// with its -wal and -shm: those belong to it, and SQLite would replay a stale -wal into the restored file.
import BetterSqlite3 from 'better-sqlite3';
import { copyFileSync, existsSync, linkSync, renameSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { ApiError } from '../shared/api/errors';
import { integrityCheck, stamp } from './backup';
import { replaceAtomically } from './exports/atomic-write';
import { schemaState } from './migrate';

export interface RestoreResult {
  /** The bench file, now the backup's copy. */
  path: string;
  /** The backup it came from. */
  from: string;
  /** Where the previous bench file went, when there was one. */
  keptAside?: string;
}

/** Replaces the bench at `dbPath` with the backup at `backupPath` (see the top). Close the app first. */
export async function restoreBench(dbPath: string, backupPath: string): Promise<RestoreResult> {
  const path = resolve(dbPath);
  const from = resolve(backupPath);
  checkBackup(from);
  const aside = `${path}.before-restore-${stamp()}`;
  let keptAside: string | undefined;
  await replaceAtomically(path, {
    where: '/db',
    fill: (tmp) => copyFileSync(from, tmp),
    check: (tmp) => {
      const check = integrityCheck(tmp);
      if (check !== 'ok') throw new ApiError('unavailable', `The copy of ${from} failed integrity_check (${check}); the bench was not changed.`, undefined, 'Try again; check the disk if it fails again.');
    },
    beforeRename: () => {
      if (!existsSync(path)) return;
      // A hard link keeps the old file under the new name while the rename swaps the bench atomically.
      try {
        linkSync(path, aside);
      } catch {
        copyFileSync(path, aside);
      }
      for (const side of ['-wal', '-shm']) if (existsSync(path + side)) renameSync(path + side, aside + side);
      keptAside = aside;
    },
  });
  return { path, from, ...(keptAside ? { keptAside } : {}) };
}

function checkBackup(from: string): void {
  const where = '/backup';
  if (!existsSync(from) || !statSync(from).isFile()) throw new ApiError('invalid_input', `There is no backup file at ${from}.`, [{ where, message: 'an existing backup file' }]);
  // Only the main file is copied: pages still in a -wal beside it would be lost without a word.
  if (existsSync(`${from}-wal`) && statSync(`${from}-wal`).size > 0) {
    throw new ApiError('invalid_input', `${from} is a live database with unsaved pages in ${from}-wal; the bench was not changed.`, [{ where, message: 'a backup file (made by `benchmatch backup` or Back up now), not a bench in use' }], `Make a backup of it first: benchmatch --db "${from}" backup --out FILE, then restore FILE.`);
  }
  const check = integrityCheck(from);
  if (check !== 'ok') throw new ApiError('invalid_input', `${from} is damaged too (integrity_check: ${check}); the bench was not changed.`, [{ where, message: 'a backup that passes integrity_check' }], 'Try an older backup.');
  const db = new BetterSqlite3(from, { readonly: true, fileMustExist: true });
  try {
    const state = schemaState(db);
    if (state.executed.length === 0) throw new ApiError('invalid_input', `${from} is an SQLite file but not a BenchMatch bench; the bench was not changed.`, [{ where, message: 'a BenchMatch backup' }]);
    if (state.unknown.length > 0) throw new ApiError('invalid_input', `${from} was made by a newer BenchMatch (schema ${state.unknown.at(-1)}); the bench was not changed.`, [{ where, message: 'a backup this BenchMatch can open' }], 'Update BenchMatch, then restore it.');
  } finally {
    db.close();
  }
}
