// The match method through the real service on a real SQLite file, and `benchmatch match` in its own
// process: JSON in the shape of cli.md, a readable table, exit statuses, the prepared-bench cache.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBench, type Bench } from '../../../db/service/bench-service';
import { gapText } from '../../../shared/matching';

const root = resolve(__dirname, '../../..');
const publicBench = '/work/shared/eval/public.bench.json';
let dir: string;
let db: string;
let bench: Bench;

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [join(root, 'bin/benchmatch.js'), '--db', db, ...args], { encoding: 'utf8', cwd: dir, maxBuffer: 1 << 26 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(async () => {
  if (!existsSync(join(root, 'dist/node/cli.js'))) execFileSync(process.execPath, ['scripts/build.mjs', '--node-only'], { cwd: root });
  dir = mkdtempSync(join(tmpdir(), 'bm-match-'));
  db = join(dir, 'bench.sqlite');
  bench = await openBench({ path: join(dir, 'service.sqlite') });
  await bench.call('importFile', { path: publicBench });
  expect(cli('import', publicBench).code).toBe(0);
});
afterAll(async () => {
  await bench.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('match through the service', () => {
  it('ranks a role, honours top / all, presets and weights', async () => {
    const all = await bench.call('match', { roleId: 'r-ai-senior', asOf: '2027-01-15', all: true });
    expect(all.matches).toHaveLength(18);
    expect(all.evaluated).toBe(240); // 244 in the file, 4 archived
    const top = await bench.call('match', { roleId: 'r-ai-senior', asOf: '2027-01-15', top: 3 });
    expect(top.matches.map((m) => m.engineerId)).toEqual(all.matches.slice(0, 3).map((m) => m.engineerId));
    expect(top.totalMatches).toBe(18);
    const tz = await bench.call('match', { roleId: 'r-ai-senior', asOf: '2027-01-15', preset: 'time zone first', weights: { rate: 0 } });
    expect(tz.weights).toMatchObject({ overlap: 35, rate: 0 });
    for (const m of all.matches) expect(m.breakdown.reduce((s, c) => s + c.points, 0)).toBeCloseTo(m.score, 0);
    // The library form gives the same result (cli.md "As a library").
    expect(await bench.match('r-ai-senior', { asOf: '2027-01-15', all: true })).toEqual(all);
  });

  it('what-if: relax overrides role fields without saving them', async () => {
    const before = await bench.call('match', { roleId: 'r-ai-senior', asOf: '2027-01-15', all: true });
    const tight = await bench.call('match', { roleId: 'r-ai-senior', asOf: '2027-01-15', all: true, relax: { maxBillRate: 75 } });
    const over = tight.nearMisses.find((n) => n.failure.code === 'budget' && n.failure.overBy !== null)!;
    expect(gapText(over.failure, 'en')).toMatch(/^\$\d+(\.\d+)?\/h over budget$/);
    expect(before.matches.map((m) => m.engineerId)).toContain(over.engineerId);
    const lifted = await bench.call('match', { roleId: 'r-ai-senior', asOf: '2027-01-15', all: true, relax: { maxBillRate: null } });
    const noRate = before.nearMisses.find((n) => n.failed[0] === 'budget')!;
    expect(lifted.matches.map((m) => m.engineerId)).toContain(noRate.engineerId);
    expect(await bench.call('match', { roleId: 'r-ai-senior', asOf: '2027-01-15', all: true })).toEqual(before);
  });

  it('refuses an unknown role and bad input', async () => {
    await expect(bench.call('match', { roleId: 'nope' })).rejects.toMatchObject({ code: 'not_found' });
    await expect(bench.call('match', { roleId: 'r-data', asOf: '2027-02-30' })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(bench.call('match', { roleId: 'r-data', weights: { mustHave: 0, niceToHave: 0, assessment: 0, overlap: 0, english: 0, rate: 0 } })).rejects.toMatchObject({ code: 'invalid_input' });
  });
});

describe('benchmatch match', () => {
  it('prints the JSON of cli.md', () => {
    const r = cli('match', '--role', 'r-backend', '--as-of', '2027-01-20', '--all', '--json');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ roleId: 'r-backend', asOf: '2027-01-20', evaluated: 240 });
    expect(out.matches).toHaveLength(19);
    const m = out.matches[0];
    expect(Object.keys(m)).toEqual(expect.arrayContaining(['rank', 'engineerId', 'name', 'score', 'overlapHours', 'components', 'reasons']));
    expect(m.rank).toBe(1);
    expect(Math.round(m.score * 10) / 10).toBe(m.score);
    expect(out.nearMisses.every((n: { failed: string[] }) => n.failed.length === 1)).toBe(true);
  });

  it('prints a table by default, the best 20', () => {
    const r = cli('match', '--role', 'r-frontend', '--as-of', '2027-07-15');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Role r-frontend, as of 2027-07-15: 27 matches');
    expect(r.stdout).toContain('Overlap against 08:00-16:00 America/Los_Angeles');
    expect(r.stdout).toMatch(/█/);
    expect(r.stdout).toContain('… 7 more (--all lists every match)');
    expect(r.stdout).toContain('Near misses (one requirement short):');
  });

  it('exits 2 on usage errors and 1 on an unknown role', () => {
    expect(cli('match', '--role', 'r-data', '--top', '2', '--all').code).toBe(2);
    expect(cli('match', '--role', 'r-data', '--as-of', '2027-02-30').code).toBe(2);
    const missing = cli('match', '--role', 'nope');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('There is no role with id nope.');
  });
});
