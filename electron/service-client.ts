// Main-process side of the service worker: starts it, forwards calls, routes progress back to whoever
// asked. Calls made before the bench is open wait for it.
import type { KeyedText } from '../shared/api/errors';
import { Worker } from 'node:worker_threads';
import type { ApiResult } from '../shared/api/errors';
import type { FromWorker, ToWorker, WorkerInit } from './worker-protocol';

export interface ServiceClient {
  call(method: string, input: unknown, opts?: { actor?: string; onProgress?: (fraction: number, label: KeyedText) => void }): Promise<ApiResult<unknown>>;
  /** Resolves with the database path once open; rejects with the reason it could not be opened. */
  ready: Promise<string>;
  close(): Promise<void>;
}

export function startServiceWorker(file: string, init: WorkerInit, onTeamCredential?: (url: string | undefined) => void): ServiceClient {
  const worker = new Worker(file, { workerData: init });
  let next = 1;
  const pending = new Map<number, { resolve: (r: ApiResult<unknown>) => void; onProgress?: (f: number, l: KeyedText) => void }>();
  let closed: (() => void) | undefined;
  let readyResolve!: (p: string) => void;
  let readyReject!: (e: Error) => void;
  const ready = new Promise<string>((res, rej) => {
    readyResolve = res;
    readyReject = rej;
  });

  worker.on('message', (m: FromWorker) => {
    switch (m.type) {
      case 'ready': readyResolve(m.path); break;
      case 'failed': readyReject(new Error(m.message)); break;
      case 'progress': pending.get(m.id)?.onProgress?.(m.fraction, m.label); break;
      case 'result': pending.get(m.id)?.resolve(m.result); pending.delete(m.id); break;
      case 'closed': closed?.(); break;
      case 'team-credential': onTeamCredential?.(m.url); break;
    }
  });
  worker.on('error', (err) => {
    readyReject(err);
    for (const p of pending.values()) p.resolve({ ok: false, error: { code: 'internal', message: 'The service stopped unexpectedly.', hint: 'Restart BenchMatch.' } });
    pending.clear();
  });

  return {
    ready,
    async call(method, input, opts = {}) {
      const id = next++;
      return new Promise((resolve) => {
        pending.set(id, { resolve, ...(opts.onProgress ? { onProgress: opts.onProgress } : {}) });
        worker.postMessage({ type: 'call', id, method, input, actor: opts.actor ?? 'app' } satisfies ToWorker);
      });
    },
    close() {
      return new Promise<void>((resolve) => {
        closed = resolve;
        worker.postMessage({ type: 'close' } satisfies ToWorker);
        // A worker stuck in a long call must not keep the app from quitting.
        setTimeout(() => void worker.terminate().then(() => resolve()), 5000).unref();
      });
    },
  };
}
