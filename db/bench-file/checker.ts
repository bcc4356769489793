// Who checks the records of a JSON import. The import reads every record to write it; checking it is
// another second or two of work at 100k engineers that needs no database. For a large file whose bytes
// are shared (a SharedArrayBuffer), a worker thread reads and checks its own view of the same bytes
// while this thread writes, and its verdict decides at the end; a problem it reports early stops the
// writing. Otherwise (a small file, or one read the whole-text way) the same BenchCheck runs here.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { Problem } from '../../shared/api/errors';
import type { ExistingBench } from './existing';
import { UnreadableItem } from './json-source';
import { BenchCheck, type RecordArray } from './validate';

export interface Verdict {
  problems: Problem[];
  warnings: Problem[];
}

export interface Checker {
  /** The top-level value without its record arrays. False: not an object, and the file is refused. */
  head(head: unknown): boolean;
  /** Each record, in the order the import reads it. */
  record(c: RecordArray, value: unknown, i: number): void;
  /** False once a problem is known: write no more. */
  readonly ok: boolean;
  /** Every problem and warning. Throws UnreadableItem if the checker met an item that is not JSON. */
  finish(): Verdict;
}

export function inThreadChecker(existing: ExistingBench): Checker {
  const check = new BenchCheck(existing);
  return {
    head: (h) => check.head(h),
    record: (c, v, i) => void check.record(c, v, i),
    get ok() {
      return check.ok;
    },
    finish: () => check.finish(),
  };
}

/** What the worker is given: the file's bytes (shared, not copied) and what the bench already holds. */
export interface CheckJob {
  bytes: SharedArrayBuffer;
  existing: ExistingBench;
  port: MessagePort;
  /** [0]: set to 1 (and notified) once the verdict is posted, so a blocked caller wakes up; [1]: 1 once running. */
  signal: Int32Array;
}

export type CheckMessage = { verdict: Verdict } | { unreadable: true } | { failed: string };

// Beside the bundle that imports this code, in dist/node/ and dist/electron/ (scripts/build.mjs). Tests
// that run the sources have no such file and check on their thread; test/unit/db/parallel-check.test.ts
// runs the built bundle.
const WORKER = new URL('./import-check-worker.js', import.meta.url);
const hasWorker = () => WORKER.protocol === 'file:' && existsSync(fileURLToPath(WORKER));
/** Below this a thread's start-up costs more than the check it would take over. */
export const PARALLEL_CHECK_MIN_BYTES = 4 * 1024 * 1024;
// This thread blocks while it waits, so it cannot hear of a worker that failed to start or died: a
// worker that has not said it started within START_LIMIT_MS, or not answered within WAIT_LIMIT_MS, is
// given up and the check runs on this thread instead.
const START_LIMIT_MS = 10_000;
const WAIT_LIMIT_MS = 10 * 60_000;

/** A checker on a worker thread, or undefined for a small file or where there is no worker (see the top). */
export function parallelChecker(bytes: Buffer, existing: ExistingBench, fallback: () => Verdict): Checker | undefined {
  if (bytes.length < PARALLEL_CHECK_MIN_BYTES || !(bytes.buffer instanceof SharedArrayBuffer) || !hasWorker()) return undefined;
  const signal = new Int32Array(new SharedArrayBuffer(8));
  const { port1, port2 } = new MessageChannel();
  const job: CheckJob = { bytes: bytes.buffer, existing, port: port2, signal };
  // execArgv: [] -- the worker must not inherit flags meant for the main script (--input-type, -e).
  const worker = new Worker(WORKER, { workerData: job, transferList: [port2], execArgv: [] });
  worker.on('error', () => {}); // a failure reaches finish() as silence; it then checks on this thread
  const started = Date.now();
  let answer: CheckMessage | undefined;
  const poll = () => (answer ??= receiveMessageOnPort(port1)?.message as CheckMessage | undefined);
  const done = () => {
    port1.close();
    void worker.terminate();
  };
  return {
    head: () => true, // the worker checks the head too; a non-object never reaches here (the scanner wants "{")
    record: () => {},
    get ok() {
      const a = poll();
      return !(a && 'verdict' in a && a.verdict.problems.length);
    },
    finish() {
      const until = started + WAIT_LIMIT_MS;
      while (!poll() && Date.now() < until) {
        if (Atomics.load(signal, 1) === 0 && Date.now() > started + START_LIMIT_MS) break;
        Atomics.wait(signal, 0, 0, 200);
      }
      done();
      if (!answer || 'failed' in answer) return fallback();
      if ('unreadable' in answer) throw new UnreadableItem();
      return answer.verdict;
    },
  };
}
