// One raw HTTP request to the loopback server under test, with any Host header (node's http client,
// not fetch: fetch would not let a test send a foreign Host or leave the Content-Type out).
import { request } from 'node:http';

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
