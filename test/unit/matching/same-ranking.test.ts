// One role with a saved non-default preset ranks the same through every door: the library
// (bench.match), the loopback HTTP server (POST /api/match), the service worker the IPC handlers call,
// and the command line in its own process. None of them names the preset: the service applies the role's.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBench, type Bench } from '../../../db/service/bench-service';
import { startServiceWorker } from '../../../electron/service-client';
import { startHttpServer, type RunningServer } from '../../../electron/server/http';
import type { MatchResult } from '../../../shared/matching';
import { sendRaw } from '../electron/http-request';

const root = resolve(__dirname, '../../..');
const ROLE = 'r-ai-senior';
const AS_OF = '2027-01-15';
let dir: string;
let db: string;
let bench: Bench;
let server: RunningServer;

/** What a ranking is: the order, the scores and the near misses with their codes. */
const ranking = (r: Pick<MatchResult, 'matches' | 'nearMisses'>) => ({
  matches: r.matches.map((m) => [m.engineerId, m.score]),
  nearMisses: r.nearMisses.map((n) => [n.engineerId, n.score, n.failed[0]]),
});

beforeAll(async () => {
  for (const built of ['dist/node/cli.js', 'dist/electron/service-worker.js']) {
    if (!existsSync(join(root, built))) execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root });
  }
  dir = mkdtempSync(join(tmpdir(), 'bm-same-ranking-'));
  db = join(dir, 'bench.sqlite');
  bench = await openBench({ path: db });
  await bench.call('importFile', { path: '/work/shared/eval/public.bench.json' });
  const { role } = await bench.call('getRole', { id: ROLE });
  await bench.call('saveRole', { role: { ...role, preset: 'time zone first' } });
  server = await startHttpServer({ service: bench, staticDir: dir });
});
afterAll(async () => {
  await server?.close();
  await bench?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the same ranking through the library, HTTP, IPC and the CLI', () => {
  it('applies the role\'s saved preset everywhere', async () => {
    const input = { roleId: ROLE, asOf: AS_OF, all: true };
    const library = await bench.match(ROLE, { asOf: AS_OF, all: true });
    expect(library.preset).toBe('time zone first');
    expect(library.weights).toMatchObject({ overlap: 35 });
    // The preset changes this role's order, so agreeing below means each door applied it.
    const balanced = await bench.match(ROLE, { asOf: AS_OF, all: true, preset: 'balanced' });
    expect(ranking(balanced)).not.toEqual(ranking(library));

    const http = await sendRaw(server.port, '/api/match', {
      body: JSON.stringify(input),
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
    });
    expect(http.status).toBe(200);
    const viaHttp = JSON.parse(http.body) as { ok: boolean; value: MatchResult };
    expect(viaHttp.ok).toBe(true);
    expect(ranking(viaHttp.value)).toEqual(ranking(library));

    const worker = startServiceWorker(join(root, 'dist/electron/service-worker.js'), { dbPath: db, seedDemoIfNew: false });
    try {
      await worker.ready;
      const viaIpc = await worker.call('match', input, {});
      expect(viaIpc.ok).toBe(true);
      expect(ranking((viaIpc as { value: MatchResult }).value)).toEqual(ranking(library));
    } finally {
      await worker.close();
    }

    const cli = spawnSync(process.execPath, [join(root, 'bin/benchmatch.js'), '--db', db, 'match', '--role', ROLE, '--as-of', AS_OF, '--all', '--json'], { encoding: 'utf8', maxBuffer: 1 << 26 });
    expect(cli.status, cli.stderr).toBe(0);
    expect(ranking(JSON.parse(cli.stdout) as MatchResult)).toEqual(ranking(library));
  });

  it('round-trips the preset through a bench file; a file without one still loads (balanced)', async () => {
    const out = join(dir, 'copy.bench.json');
    await bench.exportFile(out);
    const copy = await openBench({ path: join(dir, 'copy.sqlite') });
    try {
      await copy.importFile(out);
      expect(copy.snapshot().roles?.find((r) => r.id === ROLE)?.preset).toBe('time zone first');
      expect((await copy.match(ROLE, { asOf: AS_OF })).preset).toBe('time zone first');
      // The public bench's roles carry no preset: they load, and rank balanced.
      expect((await copy.match('r-data', { asOf: AS_OF })).preset).toBe('balanced');
    } finally {
      await copy.close();
    }
  });
});
