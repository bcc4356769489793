// Issue 21, item 1: a running server notices writes made by another process. The server answers from
// caches (search index, rows, match prep) keyed on the bench's version; a CLI import in another process
// must reach all three on the server's very next call, with nothing written through the server.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, sendRaw, type TestServer } from '../electron/http-request';
import { buildCli, EXAMPLE, engineersFile, runCli } from './helpers';

let t: TestServer;
beforeAll(async () => {
  await buildCli();
  t = await startTestServer('benchmatch-stale-');
  await t.bench.importFile(EXAMPLE);
});
afterAll(() => t?.close());

async function api<T>(method: string, input: unknown): Promise<T> {
  const r = await sendRaw(t.server.port, `/api/${method}`, {
    body: JSON.stringify(input),
    headers: { Authorization: `Bearer ${t.server.token}`, 'Content-Type': 'application/json' },
  });
  const body = JSON.parse(r.body) as { ok: boolean; value: T; error?: unknown };
  if (!body.ok) throw new Error(JSON.stringify(body.error));
  return body.value;
}

describe('a running server and a CLI import in another process', () => {
  it('search, Bench rows and match see the imported engineers on the next call', async () => {
    const search = () => api<{ total: number }>('search', { query: 'stalecheck', limit: 5 });
    const rows = () => api<{ count: number }>('listEngineerRows', {});
    const match = () => api<{ evaluated: number }>('match', { roleId: 'r-ai-senior', all: true });
    // Every cache is built and warm before the other process writes.
    expect((await search()).total).toBe(0);
    expect((await rows()).count).toBe(3);
    const before = (await match()).evaluated;
    expect(before).toBeGreaterThan(0);

    const file = join(t.dir, 'more.bench.json');
    writeFileSync(file, JSON.stringify(engineersFile(40, 'stalecheck')));
    const cli = await runCli(['--db', t.bench.path, 'import', file]);
    expect(cli.stderr).not.toContain('Error');
    expect(cli.code).toBe(0);

    expect((await search()).total).toBe(40);
    expect((await rows()).count).toBe(43);
    expect((await match()).evaluated).toBeGreaterThan(before);
  });
});
