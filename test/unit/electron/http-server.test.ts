// The loopback server's security on a real bench and a real socket: the token on every API request,
// the Host check against DNS rebinding, no CORS, a strict CSP, loopback only; and the generated routes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningServer } from '../../../electron/server/http';
import { hasValidToken, isAllowedHost } from '../../../electron/server/security';
import { sendRaw, startTestServer, type RawRequest, type RawResponse, type TestServer } from './http-request';

let server: RunningServer;

function send(path: string, opts: RawRequest = {}): Promise<RawResponse> {
  return sendRaw(server.port, path, { ...opts, headers: { ...(opts.body !== undefined ? { 'Content-Type': 'application/json' } : {}), ...opts.headers } });
}
const auth = (t: string) => ({ Authorization: `Bearer ${t}` });

let running: TestServer | undefined;
beforeAll(async () => {
  running = await startTestServer('bm-http-');
  ({ server } = running);
});
afterAll(() => running?.close());

describe('API requests', () => {
  it('refuse a request without a token (401)', async () => {
    const r = await send('/api/stats', { body: '{}' });
    expect(r.status).toBe(401);
  });
  it('refuse a wrong token (401), including one that differs in length or only at the end', async () => {
    for (const t of ['wrong', server.token.slice(0, -1) + (server.token.endsWith('A') ? 'B' : 'A'), server.token + 'x']) {
      expect((await send('/api/stats', { body: '{}', headers: auth(t) })).status).toBe(401);
    }
    expect((await send('/api/stats', { body: '{}', headers: { Authorization: server.token } })).status).toBe(401);
  });
  it('refuse a foreign Host (403) even with the right token', async () => {
    for (const host of ['evil.example', `evil.example:${server.port}`, '127.0.0.1', `127.0.0.1:${server.port + 1}`, `localhost.evil:${server.port}`]) {
      const r = await send('/api/stats', { body: '{}', headers: auth(server.token), host });
      expect(r.status, host).toBe(403);
    }
    // Pages are guarded too: a rebinding page cannot read the app's HTML either.
    expect((await send('/', { method: 'GET', host: 'evil.example' })).status).toBe(403);
  });
  it('answer the right token on 127.0.0.1 and localhost with the result envelope (200)', async () => {
    for (const host of [`127.0.0.1:${server.port}`, `localhost:${server.port}`]) {
      const r = await send('/api/stats', { body: '{}', headers: auth(server.token), host });
      expect(r.status).toBe(200);
      const json = JSON.parse(r.body);
      expect(json.ok).toBe(true);
      expect(json.value.engineers).toBe(0);
    }
  });
  it('send no CORS header, even to a preflight, and a strict CSP on every answer', async () => {
    const pre = await send('/api/stats', { method: 'OPTIONS', headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST', ...auth(server.token) } });
    expect(pre.status).toBe(405);
    const ok = await send('/api/stats', { body: '{}', headers: { Origin: 'https://evil.example', ...auth(server.token) } });
    for (const r of [pre, ok]) {
      expect(Object.keys(r.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
      expect(r.headers['content-security-policy']).toContain("script-src 'self'");
    }
  });
  it('refuse non-JSON bodies (no form posts) and answer bad input with a typed error', async () => {
    const form = await send('/api/stats', { body: 'a=1', headers: { ...auth(server.token), 'Content-Type': 'application/x-www-form-urlencoded' } });
    expect(form.status).toBe(415);
    const bad = JSON.parse((await send('/api/getEngineer', { body: '{"id": ""}', headers: auth(server.token) })).body);
    expect(bad.ok).toBe(false);
    expect(bad.error.code).toBe('invalid_input');
    expect(bad.error.problems[0].where).toBe('/id');
    const missing = JSON.parse((await send('/api/getEngineer', { body: '{"id": "nobody"}', headers: auth(server.token) })).body);
    expect(missing.error.code).toBe('not_found');
    const unknown = JSON.parse((await send('/api/dropTables', { body: '{}', headers: auth(server.token) })).body);
    expect(unknown.error.code).toBe('not_found');
    const broken = JSON.parse((await send('/api/stats', { body: '{nope', headers: auth(server.token) })).body);
    expect(broken.error.code).toBe('invalid_input');
  });
  it('stream progress lines then the result when asked for NDJSON', async () => {
    const r = await send('/api/stats', { body: '{}', headers: { ...auth(server.token), Accept: 'application/x-ndjson' } });
    const lines = r.body.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.at(-1).result.ok).toBe(true);
  });
});

describe('static files', () => {
  it('serve the renderer without a token, client routes get index.html, no escape from the folder', async () => {
    const index = await send('/', { method: 'GET' });
    expect(index.status).toBe(200);
    expect(index.body).toContain('BenchMatch');
    expect((await send('/engineers/eng-1', { method: 'GET' })).body).toContain('BenchMatch');
    expect((await send('/../bench.sqlite', { method: 'GET' })).status).not.toBe(200);
    expect((await send('/%2e%2e/bench.sqlite', { method: 'GET' })).status).toBe(404);
    expect((await send('/missing.js', { method: 'GET' })).status).toBe(404);
  });
  it('listen on the loopback address only', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]{43}$/);
  });
});

describe('pure checks', () => {
  it('isAllowedHost and hasValidToken', () => {
    expect(isAllowedHost('LOCALHOST:80', 80)).toBe(true);
    expect(isAllowedHost(undefined, 80)).toBe(false);
    expect(hasValidToken('Bearer abc', 'abc')).toBe(true);
    expect(hasValidToken('Bearer abd', 'abc')).toBe(false);
    expect(hasValidToken('bearer abc', 'abc')).toBe(false);
    expect(hasValidToken(undefined, 'abc')).toBe(false);
  });
});
