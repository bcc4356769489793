// Search and role drafting through the real service on a real SQLite file, and the `search` and
// `role draft` commands in their own processes.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBench, type Bench } from '../../../db/service/bench-service';
import { roleSchema } from '../../../shared/bench/schema';

const root = resolve(__dirname, '../../..');
const publicBench = '/work/shared/eval/public.bench.json';
const jdFile = join(root, 'test/fixtures/jd/01-senior-ml-engineer.txt');
let dir: string;
let db: string;
let bench: Bench;

function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [join(root, 'bin/benchmatch.js'), '--db', db, ...args], { encoding: 'utf8', cwd: dir, input, maxBuffer: 1 << 26 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(async () => {
  if (!existsSync(join(root, 'dist/node/cli.js'))) execFileSync(process.execPath, ['scripts/build.mjs', '--node-only'], { cwd: root });
  dir = mkdtempSync(join(tmpdir(), 'bm-search-'));
  db = join(dir, 'bench.sqlite');
  bench = await openBench({ path: join(dir, 'service.sqlite') });
  await bench.call('importFile', { path: publicBench });
  expect(cli(['import', publicBench]).code).toBe(0);
});
afterAll(async () => {
  await bench.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('search through the service', () => {
  it('searches with aliases and typos, names each hit, counts facets, pages', async () => {
    const r = await bench.search('pyhton k8s', { limit: 5 });
    expect(r.query).toBe('pyhton k8s');
    expect(r.results.length).toBe(5);
    expect(r.total).toBeGreaterThan(5);
    const snap = bench.snapshot();
    for (const x of r.results) {
      const e = snap.engineers!.find((en) => en.id === x.engineerId)!;
      expect(x.name).toBe(e.name);
      expect(e.skills.map((s) => s.name.toLowerCase())).toEqual(expect.arrayContaining([expect.stringMatching(/^python$/)]));
    }
    expect(Object.values(r.facets.country).reduce((a, b) => a + b, 0)).toBe(r.total);
    const next = await bench.search('pyhton k8s', { limit: 5, offset: 5 });
    expect(next.results.map((x) => x.engineerId)).not.toContain(r.results[0]!.engineerId);
  });

  it('rebuilds the index when the bench changes', async () => {
    expect((await bench.search('zyxwvut')).total).toBe(0);
    const file = join(dir, 'one.bench.json');
    writeFileSync(file, JSON.stringify({ format: 'benchmatch.bench', version: 1, engineers: [
      { id: 'new-1', name: 'Zyxwvut Quispe', country: 'PE', timeZone: 'America/Lima', seniority: 'mid', skills: [{ name: 'Python', level: 3 }] },
    ] }));
    await bench.importFile(file);
    expect((await bench.search('zyxwvut')).results.map((x) => x.engineerId)).toEqual(['new-1']);
  });

  it('refuses bad input with its place', async () => {
    await expect(bench.call('search', { query: 'x', facets: { seniority: ['guru' as never] } })).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('drafts a role from text', async () => {
    const d = await bench.call('draftRole', { text: readFileSync(jdFile, 'utf8') });
    expect(d.role.title).toBe('Senior Machine Learning Engineer');
    expect(d.evidence.length).toBeGreaterThan(5);
  });
});

describe('the commands', () => {
  it('search --json prints cli.md\'s shape, best first', () => {
    const r = cli(['search', 'pyhton', 'k8s', '--limit', '3', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.query).toBe('pyhton k8s');
    expect(out.results).toHaveLength(3);
    for (const x of out.results) expect(Object.keys(x).sort()).toEqual(['engineerId', 'name', 'score']);
    const scores = out.results.map((x: { score: number }) => x.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('search prints a table, and a usage error exits 2', () => {
    const r = cli(['search', 'python']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/engineers? match "python"/);
    expect(cli(['search', 'x', '--limit', 'lots']).code).toBe(2);
  });

  it('role draft prints a bench-file role from a file or stdin', () => {
    const a = cli(['role', 'draft', jdFile, '--json']);
    expect(a.code).toBe(0);
    const role = JSON.parse(a.stdout);
    expect(role.id).toBeUndefined();
    expect(roleSchema.safeParse({ id: 'r', clientId: 'c', ...role }).success).toBe(true);
    const b = cli(['role', 'draft', '-', '--json'], readFileSync(jdFile, 'utf8'));
    expect(JSON.parse(b.stdout)).toEqual(role);
    const text = cli(['role', 'draft', jdFile]);
    // "Machine Learning" (the title's field) is a nice-to-have, never a must-have (issue 16).
    expect(text.stdout).toMatch(/must have\s+Python/);
    expect(text.stdout).toMatch(/nice to have\s+Machine Learning/);
  });

  it('role draft refuses a missing or empty file with exit 1', () => {
    const r = cli(['role', 'draft', join(dir, 'nope.txt')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/no such file/);
    expect(cli(['role', 'draft', '-'], '  \n').code).toBe(1);
  });
});
