// SQLite and file-system failures as messages that say what happened and what to do, instead of a
// stack trace: a damaged file (with where the latest backup is and how to restore it), a read-only
// bench, a full disk, a bench held by another writer. Every one is ApiError 'unavailable' (exit 3), its
// words keyed in the errors catalog so the window and the CLI say them in the user's language.
import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ApiError, type KeyedText } from '../shared/api/errors';

/** The newest automatic or "Back up now" copy beside the bench, if any. */
export function latestBackup(path: string): { path: string; at: Date } | undefined {
  const dir = dirname(path);
  const base = basename(path);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return undefined;
  }
  const copies = names
    .filter((n) => (n.startsWith(`${base}.bak-`) || /^bench-backup-.*\.sqlite$/.test(n)) && !/-(journal|wal|shm)$/.test(n))
    .map((n) => ({ path: join(dir, n), at: statSync(join(dir, n)).mtime }));
  return copies.sort((a, b) => b.at.getTime() - a.at.getTime())[0];
}

/** The restore advice for a damaged bench: the latest backup and the command that puts it back. */
export function restoreHint(path: string): KeyedText {
  const latest = latestBackup(path);
  if (!latest) return { key: 'errors:bench.noBackup', params: { path } };
  return { key: 'errors:bench.latestBackup', params: { path, backup: latest.path, at: latest.at.toISOString().slice(0, 16).replace('T', ' ') } };
}

export function damaged(path: string, why: string): ApiError {
  return ApiError.keyed('unavailable', { key: 'errors:bench.damaged', params: { path, why } }, restoreHint(path));
}

export function readOnly(why: string): ApiError {
  return ApiError.keyed('unavailable', { key: 'errors:bench.readOnly', params: { why } }, { key: 'errors:bench.readOnlyHint' });
}

/** A failure from SQLite or the file system on the bench at `path`, explained; undefined for anything else. */
export function benchFailure(e: unknown, path: string): ApiError | undefined {
  const code = (e as { code?: unknown }).code;
  if (typeof code !== 'string') return undefined;
  const detail = e instanceof Error ? e.message : String(e);
  const say = (key: KeyedText['key'], hintKey: KeyedText['key'], params: Record<string, string> = {}) =>
    ApiError.keyed('unavailable', { key, params: { path, detail, ...params } }, { key: hintKey });
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) return damaged(path, detail);
  if (code === 'SQLITE_READONLY_DIRECTORY') {
    // A bench in WAL mode cannot even be read without its -shm file, which SQLite must create beside it.
    return say('errors:bench.folderReadOnly', 'errors:bench.folderReadOnlyHint', { folder: dirname(path) });
  }
  if (code.startsWith('SQLITE_READONLY')) return say('errors:bench.readOnlySqlite', 'errors:bench.readOnlyHint');
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') return say('errors:bench.diskFull', 'errors:bench.diskFullHint');
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return say('errors:bench.busy', 'errors:bench.busyHint');
  if (code.startsWith('SQLITE_CANTOPEN')) return say('errors:bench.cannotOpen', 'errors:bench.cannotOpenHint');
  if (code.startsWith('SQLITE_IOERR')) return say('errors:bench.ioError', 'errors:bench.ioErrorHint');
  return undefined;
}
