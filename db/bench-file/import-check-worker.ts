// The worker side of the parallel import check (db/bench-file/checker.ts): scans its own view of the
// shared bytes and runs BenchCheck over every record, in the order the import writes them.
import { workerData } from 'node:worker_threads';
import type { CheckJob, CheckMessage } from './checker';
import { sourceOfBytes, UnreadableItem } from './json-source';
import { checkSource, RECORD_ARRAYS } from './validate';

function run(job: CheckJob): CheckMessage {
  const source = sourceOfBytes(new Uint8Array(job.bytes), RECORD_ARRAYS);
  return source ? { verdict: checkSource(source, job.existing) } : { unreadable: true };
}

const job = workerData as CheckJob;
Atomics.store(job.signal, 1, 1);
let message: CheckMessage;
try {
  message = run(job);
} catch (e) {
  message = e instanceof UnreadableItem ? { unreadable: true } : { failed: e instanceof Error ? e.name : 'error' };
}
job.port.postMessage(message);
Atomics.store(job.signal, 0, 1);
Atomics.notify(job.signal, 0);
job.port.close();
