// The Bench service on its own thread: imports, exports, ranking and the search index build run here,
// so Electron's main process (window, menus, IPC) never stalls. better-sqlite3 works inside a worker.
import { parentPort, workerData } from 'node:worker_threads';
import type { ApiErrorShape } from '../shared/api/errors';
import { openBench, toApiError, type Bench } from '../db/service/bench-service';
import { teamRuntimeOf } from '../db/team/runtime';
import { dispatch } from './dispatch';
import type { FromWorker, ToWorker, WorkerInit } from './worker-protocol';

const port = parentPort;
if (!port) throw new Error('service-worker.ts runs only as a worker thread');
const post = (m: FromWorker) => port.postMessage(m);
const init = workerData as WorkerInit;

let bench: Bench | undefined;
// Why the bench could not be opened (damaged, newer, a read-only folder…): every call answers with it,
// so the window shows what to do instead of a bare "could not be opened".
let openError: ApiErrorShape | undefined;
try {
  // openBench backs the file up before a pending migration, migrates, and seeds the demo on first run.
  bench = await openBench({ path: init.dbPath, seedDemoIfNew: init.seedDemoIfNew, inAppDataFolder: init.seedDemoIfNew, ...(init.nativeBinding ? { nativeBinding: init.nativeBinding } : {}) });
  post({ type: 'ready', path: bench.path });
  // The team bench syncs in the background while joined; the password arrives from the main process.
  const team = teamRuntimeOf(bench);
  if (init.teamUrl) team.useUrl(init.teamUrl);
  team.onCredentials((url) => post({ type: 'team-credential', url }));
  team.startBackground();
} catch (err) {
  openError = toApiError(err, init.dbPath).toJSON();
  post({ type: 'failed', message: openError.hint ? `${openError.message} ${openError.hint}` : openError.message });
}

port.on('message', async (msg: ToWorker) => {
  if (msg.type === 'close') {
    if (bench) await teamRuntimeOf(bench).stopBackground();
    await bench?.close();
    post({ type: 'closed' });
    return;
  }
  if (!bench) {
    post({ type: 'result', id: msg.id, result: { ok: false, error: openError ?? { code: 'internal', message: 'The bench database could not be opened.' } } });
    return;
  }
  const result = await dispatch(bench, msg.method, msg.input, {
    actor: msg.actor,
    progress: (fraction, label) => post({ type: 'progress', id: msg.id, fraction, label }),
  });
  post({ type: 'result', id: msg.id, result });
});
