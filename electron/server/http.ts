// Browser mode: the built renderer and the whole API over HTTP on 127.0.0.1 only. Routes are generated
// from `api` (POST /api/<method>, JSON body = the method's input); nothing here is written per method.
//
// Security (architecture.md): binds the loopback address only; every request's Host must be this
// server's own (DNS rebinding); every API request carries the per-launch token as
// `Authorization: Bearer <token>` (the page receives it once in the URL fragment, which browsers never
// send to a server, and keeps it in sessionStorage); no CORS headers; a strict CSP on every response.
//
// Progress of long work: a client that sends `Accept: application/x-ndjson` gets a stream of lines,
// `{"progress":0.4,"label":"engineers"}` while the call runs and one final `{"result":<ApiResult>}`.
// Without that header the answer is the plain ApiResult JSON (easy for curl and scripts).
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CallContext } from '../../shared/api/define';
import type { ApiResult } from '../../shared/api/errors';
import { UPLOAD_PATH } from '../../shared/api/bench';
import { discardUpload, removeLeftoverUploads } from '../../db/service/uploads';
import { dispatch, refusedFromPage, type ServiceCaller } from '../dispatch';
import { hasValidToken, isAllowedHost, newToken, SECURITY_HEADERS } from './security';
import { resolveStatic, sendFile } from './static-files';
import { receiveUpload } from './upload';

export interface HttpServerOptions {
  service: ServiceCaller;
  /** The built renderer (dist/renderer). */
  staticDir: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** Fixed token for tests; a fresh random one otherwise. */
  token?: string;
  /** Who the change log names for edits made through this server. */
  actor?: string;
  /** Prepare the Bench screen's first answers right after listening (default true); see WARM_CALLS. */
  warm?: boolean;
  /** Largest file POST /upload takes (default UPLOAD_MAX_BYTES); tests lower it. */
  maxUploadBytes?: number;
  /** Most bytes all waiting uploads may hold together (default UPLOAD_PENDING_MAX_BYTES); tests lower it. */
  maxPendingUploadBytes?: number;
}

export interface RunningServer {
  port: number;
  token: string;
  /** The address to open: http://127.0.0.1:<port>/#token=<token>. */
  url: string;
  close(): Promise<void>;
}

const MAX_BODY = 8 * 1024 * 1024;

/**
 * The call the Bench screen makes first: it brings the persisted search index up to date and reads every
 * engineer's facet row once (under a second at 100k engineers; never the whole bench as objects, which
 * would hold the thread for seconds while the page asks for rows). Made early, a page opened on another
 * screen finds the Bench ready (see `warm` below for when). Read-only, so safe to run unasked.
 */
const WARM_CALLS: readonly [string, unknown][] = [
  ['benchPage', { query: '', offset: 0, limit: 0 }],
];
const WARM_AFTER_MS = 3000;
const HOST = '127.0.0.1';

export async function startHttpServer(opts: HttpServerOptions): Promise<RunningServer> {
  const token = opts.token ?? newToken();
  // Uploads a killed server left in the temp folder (its exit handler never ran).
  removeLeftoverUploads();
  let afterFirstAnswer = () => {};
  let port = 0;
  const server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) plain(res, 500, 'internal error');
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!isAllowedHost(req.headers.host, port)) return plain(res, 403, 'forbidden: this server answers only to 127.0.0.1 and localhost');
    const path = (req.url ?? '/').split('?')[0]!;
    if (path.startsWith('/api/')) return handleApi(req, res, path.slice('/api/'.length));
    if (path === UPLOAD_PATH) return handleUpload(req, res);
    if (req.method !== 'GET' && req.method !== 'HEAD') return plain(res, 405, 'method not allowed');
    const file = resolveStatic(opts.staticDir, path);
    if (!file) return plain(res, 404, 'not found');
    sendFile(res, file, { ...SECURITY_HEADERS });
  }

  async function handleApi(req: IncomingMessage, res: ServerResponse, method: string): Promise<void> {
    if (!hasValidToken(req.headers.authorization, token)) return plain(res, 401, 'unauthorized: a valid token is required');
    if (req.method !== 'POST') return plain(res, 405, 'method not allowed: POST only');
    if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) return plain(res, 415, 'unsupported media type: send application/json');
    const refused = refusedFromPage(method);
    if (refused) {
      req.resume();
      return json(res, refused);
    }
    let input: unknown;
    try {
      const body = await readBody(req);
      input = body.length ? JSON.parse(body) : {};
    } catch (err) {
      const message = err instanceof BodyTooLarge ? 'The request is too large.' : 'The request body is not valid JSON.';
      return json(res, { ok: false, error: { code: 'invalid_input', message } });
    }
    const streaming = /application\/x-ndjson/i.test(req.headers.accept ?? '');
    const ctx: CallContext = { actor: opts.actor ?? 'app' };
    if (streaming) {
      // Not `no-store` here: Chromium reports a fetch read through a stream reader with `no-store` as
      // canceled (net::ERR_ABORTED) now and then although the whole answer arrived (about 1 in 15 calls;
      // reproduced with a bare server). A POST answer is never taken from the HTTP cache, and `private,
      // no-cache` still keeps it out of shared caches and forbids reusing it unasked.
      res.writeHead(200, { ...SECURITY_HEADERS, 'Cache-Control': 'private, no-cache', 'Content-Type': 'application/x-ndjson; charset=utf-8' });
      let last = 0;
      ctx.progress = (fraction, label) => {
        // At most ~20 updates a second: progress is for eyes, not a log.
        const now = Date.now();
        if (now - last < 50 && fraction < 1) return;
        last = now;
        res.write(JSON.stringify({ progress: fraction, label }) + '\n');
      };
      const result = await dispatch(opts.service, method, input, ctx);
      res.end(JSON.stringify({ result }) + '\n');
    } else {
      json(res, await dispatch(opts.service, method, input, ctx));
    }
    afterFirstAnswer();
  }

  // Browser mode's file hand-over (shared/api/bench.ts): the same token as the API; raw bytes only,
  // as application/octet-stream, which no cross-site form can send.
  const uploads = new Set<string>();
  async function handleUpload(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!hasValidToken(req.headers.authorization, token)) return plain(res, 401, 'unauthorized: a valid token is required');
    if (req.method !== 'POST') return plain(res, 405, 'method not allowed: POST only');
    if (!/^application\/octet-stream\b/i.test(req.headers['content-type'] ?? '')) return plain(res, 415, 'unsupported media type: send application/octet-stream');
    const result = await receiveUpload(req, opts.maxUploadBytes, opts.maxPendingUploadBytes);
    if (result.ok) uploads.add(result.value.upload);
    // A refused body is not read: answer, then close the connection rather than take it.
    if (!req.complete) res.setHeader('Connection', 'close');
    json(res, result);
  }

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, HOST, () => resolvePromise());
  });
  port = (server.address() as AddressInfo).port;
  let closed = false;
  // Warming blocks this thread for a second or more on a big bench, so it must not hold up the page's
  // own files and first calls (the Bench's first rows come straight from SQL): it starts once the first
  // API answer has gone out, or after WARM_AFTER_MS with no call at all. Requests that arrive meanwhile
  // are answered after it, from the warmed caches. Failures are left to the real call to report.
  let warming = false;
  const warm = () => {
    if (warming || closed || opts.warm === false) return;
    warming = true;
    setImmediate(() => void (async () => {
      for (const [method, input] of WARM_CALLS) {
        if (closed) return;
        await dispatch(opts.service, method, input, { actor: opts.actor ?? 'app' });
      }
    })());
  };
  afterFirstAnswer = warm;
  setTimeout(warm, WARM_AFTER_MS).unref();
  return {
    port,
    token,
    url: `http://${HOST}:${port}/#token=${token}`,
    close: () => new Promise<void>((r) => {
      closed = true;
      // Files handed over through this server and not imported go with it.
      for (const u of uploads) discardUpload(u);
      server.closeAllConnections();
      server.close(() => r());
    }),
  };
}

class BodyTooLarge extends Error {}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new BodyTooLarge());
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolvePromise(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function plain(res: ServerResponse, status: number, message: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(message + '\n');
}

function json(res: ServerResponse, result: ApiResult<unknown>): void {
  res.writeHead(200, { ...SECURITY_HEADERS, 'Content-Type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(result));
}
