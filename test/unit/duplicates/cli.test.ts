// `benchmatch duplicates` as a process on a real bench file: the JSON shape of cli.md (pairs with a, b,
// score, reasons, best first), --min-score, and a refused score.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOnce } from '../security/build-once';
import { labelledBench, pairKey } from '../../fixtures/duplicates';

const root = path.resolve(__dirname, '../../..');
let dir = '';
const labelled = labelledBench({ engineers: 300, duplicates: 24, seed: 3 });
const run = (args: string[]) => new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
  execFile(process.execPath, [path.join(root, 'bin/benchmatch.js'), '--db', path.join(dir, 'b.sqlite'), ...args], { env: { PATH: process.env.PATH ?? '', HOME: dir } },
    (err, stdout, stderr) => resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr }));
});

beforeAll(async () => {
  await buildOnce(root);
  dir = mkdtempSync(path.join(tmpdir(), 'bm-dups-'));
  writeFileSync(path.join(dir, 'b.bench.json'), JSON.stringify(labelled.bench));
  expect((await run(['import', path.join(dir, 'b.bench.json')])).code).toBe(0);
}, 240_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('benchmatch duplicates', { timeout: 120_000 }, () => {
  it('prints the pairs as cli.md says, best first, and finds the known ones', async () => {
    const r = await run(['duplicates', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { pairs: { a: string; b: string; score: number; reasons: string[] }[] };
    expect(out.pairs.length).toBeGreaterThan(0);
    for (const p of out.pairs) {
      expect(Object.keys(p).sort()).toEqual(['a', 'b', 'reasons', 'score']);
      expect(p.a < p.b).toBe(true);
    }
    const found = new Set(out.pairs.map((p) => pairKey(p.a, p.b)));
    const hits = [...labelled.duplicates.keys()].filter((k) => found.has(k)).length;
    expect(hits / labelled.duplicates.size).toBeGreaterThanOrEqual(0.9);
    const lower = JSON.parse((await run(['duplicates', '--min-score', '0.5', '--json'])).stdout) as { pairs: unknown[] };
    expect(lower.pairs.length).toBeGreaterThanOrEqual(out.pairs.length);
    const text = await run(['duplicates']);
    expect(text.stdout).toMatch(/likely duplicate pairs?:/);
    // In Spanish: the count and every reason (the JSON above keeps its English words).
    const es = await run(['--lang', 'es-419', 'duplicates']);
    expect(es.stdout).toMatch(/^\d+ pares? de posibles duplicados:/);
    expect(es.stdout).toMatch(/mismo correo|mismo nombre|ambos en /);
    expect(es.stdout).not.toMatch(/same e-mail|same name|both in /);
    expect((await run(['duplicates', '--min-score', '7'])).code).toBe(2);
  });

  it('merges a pair and undoes it (cli.md: merge --json, unmerge)', async () => {
    const [a, b] = [...labelled.duplicates.keys()][0]!.split('|') as [string, string];
    const r = await run(['merge', a, b, '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { mergeId: string; kept: string; merged: string };
    expect(out).toEqual({ mergeId: expect.stringMatching(/^merge-/), kept: a, merged: b });
    const pairs = JSON.parse((await run(['duplicates', '--json'])).stdout) as { pairs: { a: string; b: string }[] };
    expect(pairs.pairs.some((p) => p.a === b || p.b === b)).toBe(false);
    const undo = await run(['--lang', 'pt-BR', 'unmerge', out.mergeId]);
    expect(undo.code).toBe(0);
    expect(undo.stdout).toContain(`${a} e ${b} voltaram a ser dois registros`);
    const again = await run(['unmerge', out.mergeId]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already undone');
    expect((await run(['merge', a, 'eng-nobody'])).code).toBe(1);
  });

  it('imports the valid rows only on request, with the skipped rows in plain words; refuses the file by default', async () => {
    const file = path.join(dir, 'rows.csv');
    writeFileSync(file, 'id,name,country,timeZone,seniority,englishLevel,skills\n' +
      'csv-1,Ana Souza,BR,America/Sao_Paulo,mid,B2,Python:4\n' +
      'csv-2,Diego Pérez,AR,America/Argentina/Cordoba,mid,B2+,Go:4\n');
    const refused = await run(['import', file]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("line 3, column englishLevel: 'B2+' is not an English level; use A1-C2");
    const r = await run(['import', file, '--valid-only']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('created: 1 engineer,');
    expect(r.stderr).toContain('1 record skipped');
    expect(r.stderr).toContain('(Diego Pérez)');
  });
});
