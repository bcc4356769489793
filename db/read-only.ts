// Whether this process may write a bench, and if not, why. SQLite opened read-write on a file it
// cannot write does not say so at open: it fails at the first write, and on a WAL file whose -shm is
// read-only its backup spins forever. So the service asks first and opens such a bench read-only on
// purpose: reading (stats, search, match, export, backup) works; a write is refused with this reason.
import { accessSync, constants, existsSync } from 'node:fs';
import { dirname } from 'node:path';

const writable = (path: string) => {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
};

/** Why the existing bench at `path` cannot be written by this process, or undefined when it can. */
export function readOnlyReason(path: string): string | undefined {
  if (!writable(path)) return `the file ${path} is read-only for you (its permissions)`;
  for (const side of ['-wal', '-shm']) {
    if (existsSync(path + side) && !writable(path + side)) return `its ${side} file ${path}${side} is read-only for you (its permissions)`;
  }
  // SQLite makes the -wal and -shm files beside the bench when it opens it.
  const dir = dirname(path);
  if (!writable(dir) && !(existsSync(path + '-wal') && existsSync(path + '-shm'))) return `its folder ${dir} is read-only for you, so SQLite cannot create its -wal and -shm files there`;
  return undefined;
}

/** Why a new bench cannot be created at `path` (its folder is not writable), or undefined. */
export function cannotCreateReason(path: string): string | undefined {
  const dir = dirname(path);
  return existsSync(dir) && !writable(dir) ? `its folder ${dir} is read-only for you` : undefined;
}
