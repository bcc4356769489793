// The loopback server under test: started on a real bench in a temp folder (startTestServer), and one
// raw HTTP request to it with any Host header (sendRaw: node's http client, not fetch, which would not
// let a test send a foreign Host or leave the Content-Type out).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openBench, type Bench } from '../../../db/service/bench-service';
import { startHttpServer, type HttpServerOptions, type RunningServer } from '../../../electron/server/http';

export interface TestServer { dir: string; bench: Bench; server: RunningServer; close(): Promise<void> }

/** A fresh bench in a temp folder (named by `prefix`) behind the real server, serving a one-line page. */
export async function startTestServer(prefix: string, opts: Omit<HttpServerOptions, 'service' | 'staticDir'> = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  mkdirSync(join(dir, 'renderer'));
  writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html><title>BenchMatch</title>');
  const bench = await openBench({ path: join(dir, 'bench.sqlite') });
  const server = await startHttpServer({ service: bench, staticDir: join(dir, 'renderer'), ...opts });
  return {
    dir, bench, server,
    async close() {
      await server.close();
      await bench.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface RawResponse { status: number; headers: Record<string, string | string[] | undefined>; body: string }
export interface RawRequest { method?: string; headers?: Record<string, string>; body?: string | Buffer; host?: string }

export function sendRaw(port: number, path: string, opts: RawRequest = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request({
      host: '127.0.0.1', port, path, method: opts.method ?? 'POST',
      headers: { Host: opts.host ?? `127.0.0.1:${port}`, ...opts.headers },
    }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}
