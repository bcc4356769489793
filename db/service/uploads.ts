// Files a browser sent to the loopback server (browser mode's import): the page cannot name a path on
// this disk, so the server keeps the bytes in a private temporary folder and hands back an opaque,
// random handle that `importUpload` resolves here. Both run in the `benchmatch serve` process, so this
// store is per process. An upload is deleted after its import is committed or refused, when
// discarded, when older than UPLOAD_TTL_MS (checked at each new upload), and at process exit. A process
// killed before its exit handler ran leaves its folder behind: the next server to start removes every
// such folder whose process is gone (removeLeftoverUploads). Waiting uploads together hold at most
// UPLOAD_PENDING_MAX_BYTES, so a page cannot fill the disk with uploads it never imports.
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import { UPLOAD_PENDING_MAX_BYTES, UPLOAD_TTL_MS, type UploadedFile } from '../../shared/api/bench';
import { ApiError, problem } from '../../shared/api/errors';

interface Staged extends UploadedFile {
  /** The private folder holding a copy the server received; absent for the person's own file (stageLocalFile). */
  dir?: string;
  path: string;
  at: number;
}

const staged = new Map<string, Staged>();
let root: string | undefined;

const ROOT_PREFIX = 'benchmatch-uploads-';
const OWNER_FILE = 'pid';
const OWNERLESS_GRACE_MS = 60_000;

/** The process's upload folder: mkdtemp makes it 0700 (owner only), under the OS temp folder. */
function uploadRoot(): string {
  if (!root) {
    root = mkdtempSync(join(tmpdir(), ROOT_PREFIX));
    writeFileSync(join(root, OWNER_FILE), String(process.pid), { mode: 0o600 });
    const made = root;
    process.once('exit', () => rmSync(made, { recursive: true, force: true }));
  }
  return root;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes upload folders left by servers that were killed (their process is gone), and returns how many.
 * Only this user's folders: another user's are not ours to judge, and the OS would refuse anyway.
 */
export function removeLeftoverUploads(dir = tmpdir()): number {
  let removed = 0;
  const uid = process.getuid?.();
  for (const name of readdirSync(dir)) {
    if (!name.startsWith(ROOT_PREFIX)) continue;
    const folder = join(dir, name);
    if (folder === root) continue;
    try {
      if (uid !== undefined && statSync(folder).uid !== uid) continue;
      const pid = Number(readFileSync(join(folder, OWNER_FILE), 'utf8'));
      if (Number.isInteger(pid) && pid > 0 && isAlive(pid)) continue;
    } catch (e) {
      // A folder without an owner file was left by a server from before owner files, or one killed
      // between mkdtemp and the write; a minute's grace covers a server writing it right now.
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') continue;
      if (Date.now() - statSync(folder).mtimeMs < OWNERLESS_GRACE_MS) continue;
    }
    rmSync(folder, { recursive: true, force: true });
    removed++;
  }
  return removed;
}

/** Bytes the waiting uploads hold on disk in this process (a staged local file holds none of its own). */
function pendingBytes(): number {
  let total = 0;
  for (const s of staged.values()) if (s.dir) total += s.bytes;
  return total;
}

/**
 * The name the file is kept under: the base name the user's file had (so import messages and the
 * change log name it, and `.csv` picks the CSV reader), or null when it is not a bench file, a CSV or a
 * document (a CV or job posting: PDF, DOCX, text).
 */
export function safeUploadName(name: string): string | null {
  const base = name.split(/[\\/]/).pop() ?? '';
  // Control characters, and anything a file system might treat specially, become "_".
  const clean = [...base.normalize('NFC')].map((c) => (c.charCodeAt(0) < 0x20 || c === '\u007f' || '<>:"|?*'.includes(c) ? '_' : c)).join('').trim().slice(-120);
  if (!/^[^.].*\.(json|csv|pdf|docx|txt|md)$/i.test(clean)) return null;
  return clean;
}

export class UploadTooLarge extends Error {}
/** The waiting uploads together would pass UPLOAD_PENDING_MAX_BYTES. */
export class TooManyPendingUploads extends Error {}

/**
 * Streams `source` into a new private file and returns its handle. Refuses (and deletes what it wrote)
 * past `maxBytes`, or when the waiting uploads would pass `maxPendingBytes` together. `name` must have passed safeUploadName.
 */
export async function saveUpload(source: NodeJS.ReadableStream, name: string, maxBytes: number, maxPendingBytes = UPLOAD_PENDING_MAX_BYTES): Promise<UploadedFile> {
  expireUploads();
  const room = maxPendingBytes - pendingBytes();
  const upload = randomBytes(16).toString('base64url');
  const dir = join(uploadRoot(), upload);
  mkdirSync(dir, { mode: 0o700 });
  const path = join(dir, name);
  let bytes = 0;
  const limit = new Transform({
    transform(chunk: Buffer, _enc, done) {
      bytes += chunk.length;
      if (bytes > maxBytes) done(new UploadTooLarge());
      else if (bytes > room) done(new TooManyPendingUploads());
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

/**
 * A file the person chose in the window's open dialog, kept by path under a handle like an upload, so the
 * page imports it by handle and never holds the path. It is the person's own file: letting go of the
 * handle never deletes it.
 */
export function stageLocalFile(path: string): UploadedFile {
  expireUploads();
  const name = safeUploadName(basename(path));
  if (!name) throw ApiError.keyed('invalid_input', { key: 'errors:upload.whichFiles' }, undefined, [problem({ key: 'errors:upload.fileName' }, { key: 'errors:upload.badExtension', params: { name: basename(path) } })]);
  let bytes: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) throw ApiError.keyed('invalid_input', { key: 'errors:cv.notAFile', params: { name } });
    bytes = st.size;
  } catch (e) {
    if (e instanceof ApiError) throw e;
    throw ApiError.keyed('not_found', { key: 'errors:upload.unreadable', params: { name } }, { key: 'errors:upload.unreadableHint' });
  }
  const upload = randomBytes(16).toString('base64url');
  staged.set(upload, { upload, name, bytes, path, at: Date.now() });
  return { upload, name, bytes };
}

/** Where an upload's bytes are; not_found when the handle is unknown, used or expired. */
export function uploadedPath(upload: string): string {
  return uploadedFile(upload).path;
}

/** An upload's path and the name the person's file had. */
export function uploadedFile(upload: string): { path: string; name: string } {
  const s = staged.get(upload);
  if (!s) {
    throw ApiError.keyed('not_found', { key: 'errors:upload.gone' }, { key: 'errors:upload.goneHint', params: { minutes: UPLOAD_TTL_MS / 60_000 } });
  }
  return { path: s.path, name: s.name };
}

/** Deletes an upload; false when there was none by that handle. */
export function discardUpload(upload: string): boolean {
  const s = staged.get(upload);
  if (!s) return false;
  staged.delete(upload);
  if (s.dir) rmSync(s.dir, { recursive: true, force: true });
  return true;
}

function expireUploads(now = Date.now()): void {
  for (const s of [...staged.values()]) if (now - s.at > UPLOAD_TTL_MS) discardUpload(s.upload);
}
