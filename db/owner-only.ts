// Candidate data is personal: every file BenchMatch writes (the bench, its -wal and -shm, backups, the
// copy before a migration, exports, a person's data) is readable by its owner only (0600), and every
// folder it creates (the data folder, upload folders) is 0700, so another user of a shared machine
// reads none of it. SQLite gives a database's -wal and -shm the database file's own mode, so creating
// (or tightening) the database file is enough for all three. Windows has no such modes: there these are
// no-ops and the user profile's ACLs do the job.
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync } from 'node:fs';

export const OWNER_FILE_MODE = 0o600;
export const OWNER_DIR_MODE = 0o700;
const HAS_MODES = process.platform !== 'win32';

/** Takes group and other permissions off an existing file or folder of ours (never loosens one). */
export function restrictToOwner(path: string): void {
  if (!HAS_MODES || !existsSync(path)) return;
  const st = statSync(path);
  if ((st.mode & 0o077) === 0) return;
  chmodSync(path, st.mode & (st.isDirectory() ? OWNER_DIR_MODE : OWNER_FILE_MODE));
}

/** Creates a folder (and missing parents) as 0700. An existing folder is left as it is: it may be the user's. */
export function makeOwnerFolder(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: OWNER_DIR_MODE });
}

/** Creates an empty file as 0600 if it does not exist (before SQLite opens it, so its -wal and -shm follow). */
export function createOwnerFile(path: string): void {
  closeSync(openSync(path, 'a', OWNER_FILE_MODE));
  restrictToOwner(path);
}

/** The database file and the -wal and -shm beside it, tightened to 0600 (a bench made by an older BenchMatch). */
export function restrictDatabase(path: string): void {
  for (const suffix of ['', '-wal', '-shm']) restrictToOwner(path + suffix);
}
