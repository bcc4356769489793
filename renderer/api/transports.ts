// The two ways the renderer reaches the service. Inside Electron the preload's `window.benchmatch`
// carries calls over IPC; in browser mode they go to the loopback server with the token. Both return
// the same ApiResult envelope, and both report progress of long work to the same listeners.
import type { BenchmatchBridge, ProgressEvent } from '../../shared/api/bridge';
import type { ApiResult, KeyedText } from '../../shared/api/errors';
import { currentToken } from './token';

export interface Transport {
  kind: 'ipc' | 'http';
  call(method: string, input: unknown): Promise<ApiResult<unknown>>;
}

type ProgressListener = (event: ProgressEvent) => void;
const listeners = new Set<ProgressListener>();

export function onProgress(listener: ProgressListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function emit(event: ProgressEvent): void {
  for (const l of listeners) l(event);
}

declare global {
  interface Window {
    benchmatch?: BenchmatchBridge;
  }
}

export function ipcTransport(bridge: BenchmatchBridge): Transport {
  bridge.onProgress(emit);
  return { kind: 'ipc', call: (method, input) => bridge.call(method, input) };
}

/** HTTP: POST /api/<method>, asking for NDJSON so progress lines arrive before the result line. */
export function httpTransport(): Transport {
  return {
    kind: 'http',
    async call(method, input) {
      const token = currentToken();
      if (!token) {
        return { ok: false, error: { code: 'refused', message: 'This page has no access token.', hint: 'Open the full address that `benchmatch serve` printed (it ends with #token=...).' } };
      }
      let res: Response;
      try {
        res = await fetch(`/api/${encodeURIComponent(method)}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'application/x-ndjson', Authorization: `Bearer ${token}` },
          body: JSON.stringify(input ?? {}),
        });
      } catch {
        return { ok: false, error: { code: 'internal', message: 'BenchMatch is not answering.', hint: 'Is `benchmatch serve` still running? Start it again and open the new address.' } };
      }
      if (res.status === 401) return { ok: false, error: { code: 'refused', message: 'The access token was refused.', hint: 'The server was restarted: open the new address it printed.' } };
      if (!res.ok || !res.body) return { ok: false, error: { code: 'internal', message: `The server answered ${res.status}.` } };
      return readStream(res.body, method);
    },
  };
}

async function readStream(body: ReadableStream<Uint8Array>, method: string): Promise<ApiResult<unknown>> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  // A big answer (the whole bench's rows: megabytes) arrives in many chunks as ONE line. Chunks are
  // collected and only each new chunk is searched for a line end, so the work stays linear in the size
  // (appending to one string and searching it from the start per chunk was quadratic).
  let parts: string[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    let text = value ? decoder.decode(value, { stream: true }) : '';
    let nl: number;
    while ((nl = text.indexOf('\n')) >= 0) {
      parts.push(text.slice(0, nl));
      text = text.slice(nl + 1);
      const line = parts.length === 1 ? parts[0]! : parts.join('');
      parts = [];
      if (!line) continue;
      const msg = JSON.parse(line) as { progress?: number; label?: KeyedText; result?: ApiResult<unknown> };
      if (msg.result) return drained(reader, msg.result);
      if (typeof msg.progress === 'number') emit({ method, fraction: msg.progress, label: msg.label ?? { key: 'errors:progress.working' } });
    }
    if (text) parts.push(text);
    if (done) break;
  }
  return { ok: false, error: { code: 'internal', message: 'The answer from the server was cut short.' } };
}

/**
 * The result line is the server's last, but the body is only complete once the stream says done.
 * A body left unread makes the browser abort the request, so every successful call showed as
 * net::ERR_ABORTED in the network panel: read on to the end before answering.
 */
async function drained(reader: ReadableStreamDefaultReader<Uint8Array>, result: ApiResult<unknown>): Promise<ApiResult<unknown>> {
  while (!(await reader.read()).done) { /* nothing follows the result line; wait for the end */ }
  return result;
}
