// Every export lands whole or not at all: the bytes go to a temporary file in the target's own folder
// (so the rename stays on one file system and is atomic) and are renamed over the target only once
// fully written and flushed. A renderer that throws, or a write that fails, leaves no file behind.
import { randomBytes } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { open, rename, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { ApiError } from '../../shared/api/errors';

/** The bytes at once, or chunks (a 100k-engineer bench file is written a chunk at a time, never whole). */
export type FileContent = Uint8Array | Iterable<string | Uint8Array>;

/**
 * Writes what `produce` returns to `target` atomically and returns the byte count. `produce` runs
 * first, so a renderer failure never creates even the temporary file; chunks that fail mid-way leave
 * none either.
 */
export async function writeFileAtomic(target: string, produce: () => Promise<FileContent> | FileContent): Promise<{ path: string; bytes: number }> {
  const path = resolve(target);
  const dir = dirname(path);
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new ApiError('invalid_input', `The folder ${dir} does not exist.`, [{ where: '/out', message: 'a file in an existing folder' }]);
  }
  if (existsSync(path) && statSync(path).isDirectory()) {
    throw new ApiError('invalid_input', `${path} is a folder, not a file.`, [{ where: '/out', message: 'a file path, not a folder' }]);
  }
  const content = await produce();
  let bytes = 0;
  const tmp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let handle;
  try {
    handle = await open(tmp, 'wx');
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
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(tmp, path);
  } catch (err) {
    await handle?.close().catch(() => undefined);
    await unlink(tmp).catch(() => undefined);
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
      throw new ApiError('refused', `Cannot write ${path}: permission denied.`, [{ where: '/out', message: 'a file in a folder you can write to' }]);
    }
    throw err;
  }
  return { path, bytes };
}
