// SQLite and file-system failures as messages that say what happened and what to do, instead of a
// stack trace: a damaged file (with where the latest backup is and how to restore it), a read-only
// bench, a full disk, a bench held by another writer. Every one is ApiError 'unavailable' (exit 3).
import { readdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ApiError } from '../shared/api/errors';

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
export function restoreHint(path: string): string {
  const latest = latestBackup(path);
  if (!latest) return `No backup was found beside it. If you have one elsewhere, restore it with: benchmatch --db "${path}" restore BACKUP_FILE (it checks the backup and keeps the damaged file aside).`;
  return `The latest backup is ${latest.path} (made ${latest.at.toISOString().slice(0, 16).replace('T', ' ')} UTC). Restore it with: benchmatch --db "${path}" restore "${latest.path}" (it checks the backup and keeps the damaged file aside).`;
}

export function damaged(path: string, why: string): ApiError {
  return new ApiError('unavailable', `The bench file ${path} is damaged or is not a BenchMatch database (SQLite says: ${why}).`, undefined, restoreHint(path));
}

export function readOnly(why: string): ApiError {
  return new ApiError('unavailable', `This bench is read-only: ${why}.`, undefined, 'Reading, searching, matching, exporting and backing up work; to change it, make it writable or open a copy.');
}

/** A failure from SQLite or the file system on the bench at `path`, explained; undefined for anything else. */
export function benchFailure(e: unknown, path: string): ApiError | undefined {
  const code = (e as { code?: unknown }).code;
  if (typeof code !== 'string') return undefined;
  const message = e instanceof Error ? e.message : String(e);
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) return damaged(path, message);
  if (code === 'SQLITE_READONLY_DIRECTORY') {
    // A bench in WAL mode cannot even be read without its -shm file, which SQLite must create beside it.
    return new ApiError('unavailable', `Cannot read the bench at ${path}: its folder ${dirname(path)} is read-only for you, and SQLite must create the bench's -wal and -shm files there to read it.`, undefined, 'Copy the file to a folder you can write to and open the copy, or make the folder writable.');
  }
  if (code.startsWith('SQLITE_READONLY')) return readOnly(`SQLite could not write ${path} (${message})`);
  if (code === 'SQLITE_FULL' || code === 'ENOSPC' || code === 'EDQUOT') {
    return new ApiError('unavailable', `The disk holding ${path} is full. Nothing was written.`, undefined, 'Free some space on that disk and try again.');
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new ApiError('unavailable', `Another process kept this bench busy for too long (${message}). Nothing was written.`, undefined, 'Wait for the other import or backup to finish, then try again.');
  }
  if (code.startsWith('SQLITE_CANTOPEN')) {
    return new ApiError('unavailable', `Cannot open the bench file ${path} (${message}).`, undefined, 'Check that the path is right and that you may read it and write its folder.');
  }
  if (code.startsWith('SQLITE_IOERR')) {
    return new ApiError('unavailable', `Reading or writing ${path} failed (${message}). Nothing was written.`, undefined, 'Check the disk (is it full, removed or failing?) and try again.');
  }
  return undefined;
}
