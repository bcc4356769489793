// Folding a large write-ahead log into the main file, off the service's thread. After a 100k-engineer
// import the WAL holds the whole import (~170 MB). The importing connection would checkpoint it at
// commit (SQLite's autocheckpoint), which costs about a second during which the service answers
// nothing. Instead the import turns autocheckpoint off for its transaction, and a second connection on
// a worker thread runs a PASSIVE checkpoint (it never blocks readers or writers). The import's data is
// durable once its transaction commits to the WAL; the checkpoint only moves pages. If it fails or is
// cut short, nothing is lost: the next checkpoint (any later commit, or closing) does the work.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { bindingOf, type RawDb } from './connection';

const pending = new Map<string, Promise<void>>();

// The worker is a few lines of plain script, so it needs no bundle of its own: it loads the same
// better-sqlite3 (and, under Electron, the same native binding) as the connection that asked.
const SCRIPT = `
const { workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.path, { fileMustExist: true, ...(workerData.nativeBinding ? { nativeBinding: workerData.nativeBinding } : {}) });
try {
  db.pragma('busy_timeout = 5000');
  db.pragma('wal_checkpoint(PASSIVE)');
} finally {
  db.close();
}
`;

/** Starts a background checkpoint of the database `raw` has open; `checkpointsSettled` awaits it. */
export function checkpointInBackground(raw: RawDb): void {
  const path = raw.name;
  if (pending.has(path)) return;
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const nativeBinding = bindingOf(raw);
  const done = new Promise<void>((resolve) => {
    const worker = new Worker(SCRIPT, { eval: true, workerData: { driver, path, nativeBinding } });
    // A failed checkpoint is not an error anyone must handle (see the top); it only ends the wait.
    worker.once('error', () => resolve());
    worker.once('exit', () => resolve());
  }).finally(() => pending.delete(path));
  pending.set(path, done);
}

/** Resolves when no background checkpoint of `path` is running (closing a bench waits for it). */
export function checkpointsSettled(path: string): Promise<void> {
  return pending.get(path) ?? Promise.resolve();
}
