// Every file BenchMatch writes for the user (exports, backups, the copy made before a schema migration,
// a restored bench) lands whole or not at all. The bytes go to a temporary file in the target's own
// folder (so the rename stays on one file system and is atomic), are checked and flushed to the disk
// (fsync), and only then renamed over the target; the folder is flushed too, so the rename itself
// survives a power cut. A failure, or a process killed at any moment, leaves at most a hidden
// temporary file (".<name>.<pid>.<random>.tmp"), never a partial file under the target's name.
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync, statSync } from 'node:fs';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { ApiError, problem } from '../../shared/api/errors';
import { OWNER_FILE_MODE, restrictToOwner } from '../owner-only';

export interface ReplaceOptions<T> {
  /** Writes the temporary file at `tmp` (it does not exist yet); its result is returned. */
  fill: (tmp: string) => Promise<T> | T;
  /** Refuses a written temporary file by throwing (a backup's integrity_check); runs before fsync and rename. */
  check?: (tmp: string) => Promise<void> | void;
  /** Runs after the check and the flush, just before the rename (a restore moves the old file's -wal and -shm aside). */
  beforeRename?: () => void;
  /** Where the target came from in the caller's input, for problems (default "/out"). */
  where?: string;
}

/** The checks every target gets before anything is written: an existing folder, and not a folder itself. */
export function checkTarget(target: string, where = '/out'): string {
  const path = resolve(target);
  const dir = dirname(path);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw ApiError.keyed('invalid_input', { key: 'errors:export.noFolder', params: { dir } }, undefined, [problem(where, { key: 'errors:export.expectFolder' })]);
  }
  if (existsSync(path) && statSync(path).isDirectory()) {
    throw ApiError.keyed('invalid_input', { key: 'errors:export.isFolder', params: { path } }, undefined, [problem(where, { key: 'errors:export.expectFilePath' })]);
  }
  return path;
}

/** Writes `target` through a checked, flushed temporary file beside it (see the top). */
export async function replaceAtomically<T>(target: string, opts: ReplaceOptions<T>): Promise<T> {
  const where = opts.where ?? '/out';
  const path = checkTarget(target, where);
  const dir = dirname(path);
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const result = await opts.fill(tmp);
    await opts.check?.(tmp);
    // Owner-only whoever created it (SQLite's backup makes its file with the default mode): the rename keeps it.
    restrictToOwner(tmp);
    fsyncFile(tmp);
    opts.beforeRename?.();
    await rename(tmp, path);
    fsyncFolder(dir);
    return result;
  } catch (err) {
    // SQLite may have left its journal beside a temporary database; neither is worth keeping.
    await Promise.all(['', '-journal', '-wal', '-shm'].map((s) => unlink(tmp + s).catch(() => undefined)));
    throw writeError(err, path, where);
  }
}

/** The bytes at once, or chunks (a 100k-engineer bench file is written a chunk at a time, never whole). */
export type FileContent = Uint8Array | Iterable<string | Uint8Array>;

/**
 * Writes what `produce` returns to `target` atomically and returns the byte count. `produce` runs
 * first, so a renderer failure never creates even the temporary file; chunks that fail mid-way leave
 * none either.
 */
export async function writeFileAtomic(target: string, produce: () => Promise<FileContent> | FileContent): Promise<{ path: string; bytes: number }> {
  const path = checkTarget(target);
  const content = await produce();
  let bytes = 0;
  await replaceAtomically(path, {
    fill: async (tmp) => {
      const handle = await open(tmp, 'wx', OWNER_FILE_MODE);
      try {
        if (content instanceof Uint8Array) {
          await handle.writeFile(content);
          bytes = content.byteLength;
        } else {
          for (const chunk of content) {
            const b = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
            await handle.write(b);
            bytes += b.byteLength;
          }
        }
      } finally {
        await handle.close();
      }
    },
  });
  return { path, bytes };
}

function fsyncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Flushes a folder's entries (the rename). Windows cannot open a folder for this; there it is skipped. */
function fsyncFolder(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Not possible on this platform or file system: the rename is still atomic, only not yet flushed.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** File-system failures as messages that say what to do; anything else passes through. */
function writeError(err: unknown, path: string, where: string): unknown {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return ApiError.keyed('refused', { key: 'errors:export.permission', params: { path } }, undefined, [problem(where, { key: 'errors:export.expectWritable' })]);
  }
  if (code === 'ENOSPC' || code === 'SQLITE_FULL' || code === 'EDQUOT') {
    return ApiError.keyed('unavailable', { key: 'errors:export.diskFull', params: { path } }, undefined, [problem(where, { key: 'errors:export.expectSpace' })]);
  }
  return err;
}
