// `benchmatch restore BACKUP`: puts a backup back in place of the bench. The backup is checked first
// (integrity_check, a BenchMatch schema this version can open); it is copied through a checked,
// flushed temporary file beside the bench and renamed over it, so the bench is at every moment either
// the old file or the whole backup. The old file is kept aside (bench.sqlite.before-restore-<time>),
// with its -wal and -shm: those belong to it, and SQLite would replay a stale -wal into the restored file.
import BetterSqlite3 from 'better-sqlite3';
import { copyFileSync, existsSync, linkSync, renameSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { ApiError, problem } from '../shared/api/errors';
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
      if (check !== 'ok') throw ApiError.keyed('unavailable', { key: 'errors:restore.copyDamaged', params: { from, check } }, { key: 'errors:restore.copyDamagedHint' });
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
  if (!existsSync(from) || !statSync(from).isFile()) throw ApiError.keyed('invalid_input', { key: 'errors:restore.noFile', params: { from } }, undefined, [problem(where, { key: 'errors:restore.expectFile' })]);
  // Only the main file is copied: pages still in a -wal beside it would be lost without a word.
  if (existsSync(`${from}-wal`) && statSync(`${from}-wal`).size > 0) {
    throw ApiError.keyed('invalid_input', { key: 'errors:restore.live', params: { from } }, { key: 'errors:restore.liveHint', params: { from } }, [problem(where, { key: 'errors:restore.expectNotLive' })]);
  }
  const check = integrityCheck(from);
  if (check !== 'ok') throw ApiError.keyed('invalid_input', { key: 'errors:restore.damaged', params: { from, check } }, { key: 'errors:restore.damagedHint' }, [problem(where, { key: 'errors:restore.expectIntact' })]);
  const db = new BetterSqlite3(from, { readonly: true, fileMustExist: true });
  try {
    const state = schemaState(db);
    if (state.executed.length === 0) throw ApiError.keyed('invalid_input', { key: 'errors:restore.notBench', params: { from } }, undefined, [problem(where, { key: 'errors:restore.expectBench' })]);
    if (state.unknown.length > 0) {
      throw ApiError.keyed('invalid_input', { key: 'errors:restore.newer', params: { from, schema: state.unknown.at(-1)! } }, { key: 'errors:restore.newerHint' }, [problem(where, { key: 'errors:restore.expectKnown' })]);
    }
  } finally {
    db.close();
  }
}
