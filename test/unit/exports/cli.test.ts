// The real command line: `benchmatch shortlist export ID --format F --out FILE [--anonymize]` in its own
// process against a real database file, with the exit statuses of cli.md.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureBench } from './fixture';
import { pdfText } from './helpers';

const root = resolve(__dirname, '../../..');
let dir: string;
let db: string;

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [join(root, 'bin/benchmatch.js'), '--db', db, ...args], { encoding: 'utf8', cwd: dir });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  // `npm test` builds first; a bare vitest run builds the bundle if it is missing.
  if (!existsSync(join(root, 'dist/node/cli.js'))) execFileSync(process.execPath, ['scripts/build.mjs', '--node-only'], { cwd: root });
  dir = mkdtempSync(join(tmpdir(), 'bm-export-cli-'));
  db = join(dir, 'bench.sqlite');
  writeFileSync(join(dir, 'in.bench.json'), JSON.stringify(fixtureBench()));
  expect(cli('import', join(dir, 'in.bench.json')).code).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('benchmatch shortlist export', () => {
  it('writes an anonymised PDF with no browser and says where', () => {
    const r = cli('shortlist', 'export', 'sl-1', '--format', 'pdf', '--out', 'client.pdf', '--anonymize', '--as-of', '2026-11-25');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Exported 4 candidates to ${join(dir, 'client.pdf')}`);
    const text = pdfText(join(dir, 'client.pdf'));
    expect(text).toContain('Candidate A');
    expect(text).not.toContain('Ríos');
  });

  it('writes XLSX and CSV', () => {
    expect(cli('shortlist', 'export', 'sl-1', '--format', 'xlsx', '--out', 'client.xlsx').code).toBe(0);
    expect(readFileSync(join(dir, 'client.xlsx')).subarray(0, 2).toString()).toBe('PK');
    expect(cli('shortlist', 'export', 'sl-1', '--format', 'csv', '--out', 'client.csv').code).toBe(0);
    expect(readFileSync(join(dir, 'client.csv'), 'utf8')).toContain('Valentina Ríos');
  });

  it('--include chooses who is in the packet; `shortlist profile` writes one candidate\'s page', () => {
    const r = cli('shortlist', 'export', 'sl-1', '--format', 'csv', '--out', 'two.csv', '--include', 'eng-1, eng-2');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Exported 2 candidates');
    const p = cli('shortlist', 'profile', 'sl-1', 'eng-1', '--out', 'one.pdf', '--anonymize', '--as-of', '2026-11-25');
    expect(p.code).toBe(0);
    expect(p.stdout).toContain(join(dir, 'one.pdf'));
    const text = pdfText(join(dir, 'one.pdf'));
    expect(text).toContain('Candidate');
    expect(text).not.toContain('Ríos');
    expect(cli('shortlist', 'profile', 'sl-1', 'nobody', '--out', 'none.pdf').code).toBe(1);
    expect(existsSync(join(dir, 'none.pdf'))).toBe(false);
  });

  it('exits 2 on usage errors and 1 on a refused export, writing nothing', () => {
    const bad = cli('shortlist', 'export', 'sl-1', '--format', 'docx', '--out', 'x.docx');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Allowed choices are pdf, xlsx, csv');
    expect(cli('shortlist', 'export', 'sl-1', '--format', 'pdf').code).toBe(2);
    const missing = cli('shortlist', 'export', 'nope', '--format', 'csv', '--out', 'x.csv');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('No shortlist with id nope.');
    expect(existsSync(join(dir, 'x.csv'))).toBe(false);
    expect(existsSync(join(dir, 'x.docx'))).toBe(false);
  });
});
