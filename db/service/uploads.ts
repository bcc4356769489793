// Files a browser sent to the loopback server (browser mode's import): the page cannot name a path on
// this disk, so the server keeps the bytes in a private temporary folder and hands back an opaque,
// random handle that `importUpload` resolves here. Both run in the `benchmatch serve` process, so this
// store is per process. An upload is deleted after its import is committed or refused, when
// discarded, when older than UPLOAD_TTL_MS (checked at each new upload), and at process exit.
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import { UPLOAD_TTL_MS, type UploadedFile } from '../../shared/api/bench';
import { ApiError } from '../../shared/api/errors';

interface Staged extends UploadedFile {
  dir: string;
  path: string;
  at: number;
}

const staged = new Map<string, Staged>();
let root: string | undefined;

/** The process's upload folder: mkdtemp makes it 0700 (owner only), under the OS temp folder. */
function uploadRoot(): string {
  if (!root) {
    root = mkdtempSync(join(tmpdir(), 'benchmatch-uploads-'));
    const made = root;
    process.once('exit', () => rmSync(made, { recursive: true, force: true }));
  }
  return root;
}

/**
 * The name the file is kept under: the base name the user's file had (so import messages and the
 * change log name it, and `.csv` picks the CSV reader), or null when it is not a bench file or CSV.
 */
export function safeUploadName(name: string): string | null {
  const base = name.split(/[\\/]/).pop() ?? '';
  // Control characters, and anything a file system might treat specially, become "_".
  const clean = [...base.normalize('NFC')].map((c) => (c.charCodeAt(0) < 0x20 || c === '\u007f' || '<>:"|?*'.includes(c) ? '_' : c)).join('').trim().slice(-120);
  if (!/^[^.].*\.(json|csv)$/i.test(clean)) return null;
  return clean;
}

export class UploadTooLarge extends Error {}

/**
 * Streams `source` into a new private file and returns its handle. Refuses (and deletes what it wrote)
 * past `maxBytes`. `name` must have passed safeUploadName.
 */
export async function saveUpload(source: NodeJS.ReadableStream, name: string, maxBytes: number): Promise<UploadedFile> {
  expireUploads();
  const upload = randomBytes(16).toString('base64url');
  const dir = join(uploadRoot(), upload);
  mkdirSync(dir, { mode: 0o700 });
  const path = join(dir, name);
  let bytes = 0;
  const limit = new Transform({
    transform(chunk: Buffer, _enc, done) {
      bytes += chunk.length;
      if (bytes > maxBytes) done(new UploadTooLarge());
      else done(null, chunk);
    },
  });
  try {
    // 'wx': a fresh file only, owner read/write only.
    await pipeline(source, limit, createWriteStream(path, { flags: 'wx', mode: 0o600 }));
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  staged.set(upload, { upload, name, bytes, dir, path, at: Date.now() });
  return { upload, name, bytes };
}

/** Where an upload's bytes are; not_found when the handle is unknown, used or expired. */
export function uploadedPath(upload: string): string {
  const s = staged.get(upload);
  if (!s) {
    throw new ApiError('not_found', 'That uploaded file is no longer here.', undefined, `Choose the file again: an upload is kept until it is imported or refused, and for ${UPLOAD_TTL_MS / 60_000} minutes at most.`);
  }
  return s.path;
}

/** Deletes an upload; false when there was none by that handle. */
export function discardUpload(upload: string): boolean {
  const s = staged.get(upload);
  if (!s) return false;
  staged.delete(upload);
  rmSync(s.dir, { recursive: true, force: true });
  return true;
}

function expireUploads(now = Date.now()): void {
  for (const s of [...staged.values()]) if (now - s.at > UPLOAD_TTL_MS) discardUpload(s.upload);
}
