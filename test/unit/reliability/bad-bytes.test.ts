// Issue 21, items 6 and 7: bytes that are not UTF-8, UTF-16 text, a huge field and deep nesting are
// refused with their place (line and column, or a pointer) and the limit, never stored as U+FFFD or
// failing deep in V8; a zero-length working-hours window is refused. The bench is left as it was.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { importBenchFile } from '../../../db/bench-file/import';
import type { ReadLimits } from '../../../db/bench-file/read-limits';
import { rawOf } from '../../../db/connection';
import { openBench, type Bench } from '../../../db/index';
import type { Problem } from '../../../shared/api/errors';
import { dumpTables } from '../db/helpers';
import { EXAMPLE, removeDir, tempDir } from './helpers';

const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

async function bench(): Promise<{ dir: string; bench: Bench }> {
  const dir = tempDir();
  cleanup.push(() => removeDir(dir));
  const b = await openBench({ path: join(dir, 'bench.sqlite') });
  cleanup.push(() => b.close());
  await b.importFile(EXAMPLE);
  return { dir, bench: b };
}

/** Imports `bytes` as `name` and returns the refusal's problems; the bench must be unchanged. */
async function refused(name: string, bytes: Uint8Array | string, limits?: Partial<ReadLimits>): Promise<Problem[]> {
  const { dir, bench: b } = await bench();
  const file = join(dir, name);
  writeFileSync(file, bytes);
  const before = dumpTables(b.path);
  let problems: Problem[] | undefined;
  try {
    importBenchFile(rawOf(b.db), file, { ...(limits ? { limits } : {}) });
  } catch (e) {
    expect(e).toMatchObject({ code: 'invalid_input' });
    problems = (e as { problems: Problem[] }).problems;
  }
  expect(problems, 'the file was accepted').toBeDefined();
  expect(dumpTables(b.path)).toEqual(before);
  // Each problem also carries its words as a key, for the reader's language; the English is compared below.
  for (const p of problems!) expect(p.text?.key, p.message).toMatch(/^errors:/);
  return problems!;
}

const engineer = (id: string, extra: Record<string, unknown> = {}) => ({
  id, name: 'Ana Souza', country: 'BR', timeZone: 'America/Sao_Paulo', seniority: 'mid', skills: [{ name: 'Python', level: 4 }], ...extra,
});
const benchText = (engineers: unknown[]) => JSON.stringify({ format: 'benchmatch.bench', version: 1, engineers }, null, 2);
const latin1 = (text: string) => Buffer.from(text, 'latin1');

describe('bytes that are not UTF-8', () => {
  it('a Latin-1 name in a bench file is refused at its line and column', async () => {
    const text = benchText([engineer('e-1', { name: 'José Peña' })]);
    const problems = await refused('latin1.bench.json', latin1(text));
    const line = text.split('\n').findIndex((l) => l.includes('José')) + 1;
    const column = text.split('\n')[line - 1]!.indexOf('é') + 1;
    expect(problems).toEqual([expect.objectContaining({ where: `line ${line}, column ${column}`, message: expect.stringMatching(/^byte 0xe9 is not UTF-8 .*save it as UTF-8$/) })]);
  });

  it('a Latin-1 CSV row is refused at its line and column', async () => {
    const text = 'id,name,country,timeZone,seniority,skills\ne-9,Ana Souza,BR,America/Sao_Paulo,mid,Python:4\ne-10,João,BR,America/Sao_Paulo,mid,Go:3\n';
    expect(await refused('latin1.csv', latin1(text))).toEqual([expect.objectContaining({ where: 'line 3, column 8', message: expect.stringContaining('byte 0xe3 is not UTF-8') })]);
  });

  it('UTF-16 text (with or without a byte-order mark) is named, with what to do', async () => {
    const text = benchText([engineer('e-1')]);
    const withBom = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    expect(await refused('u16.bench.json', withBom)).toEqual([expect.objectContaining({ where: '/', message: expect.stringContaining('the file is UTF-16LE text; save it as UTF-8') })]);
    const csv = Buffer.from('id,name,country,timeZone,seniority,skills\n', 'utf16le');
    expect(await refused('u16.csv', csv)).toEqual([expect.objectContaining({ where: '/', message: expect.stringContaining('UTF-16LE text; save it as UTF-8') })]);
  });
});

describe('values past the limits', () => {
  it('a field longer than the limit is refused with its pointer, line and column, and the limit', async () => {
    // The limit lowered to 1 MB for the test (64 MB in use): a 1.5 MB notes field past it.
    const text = benchText([engineer('e-1'), engineer('e-2', { notes: 'x'.repeat(1.5 * 1024 * 1024) })]);
    const problems = await refused('huge.bench.json', text, { maxValueBytes: 1024 * 1024 });
    const line = text.split('\n').findIndex((l) => l.includes('"id": "e-2"')) ;
    expect(problems).toEqual([expect.objectContaining({ where: '/engineers/1', message: `at line ${line}, column 5: this value is longer than 1 MB (the limit for one record or field)` })]);
  });

  it('a file read whole (a CSV) larger than the limit is refused with its size and the limit', async () => {
    const text = `id,name,country,timeZone,seniority,skills\n${'e-9,Ana Souza,BR,America/Sao_Paulo,mid,Python:4\n'.repeat(30_000)}`;
    expect(await refused('big.csv', text, { maxWholeBytes: 1024 * 1024 })).toEqual([expect.objectContaining({ where: '/', message: expect.stringMatching(/^the file is 1\.\d MB; a file read whole .* can be at most 1 MB$/) })]);
  });

  it('100,000 nested arrays are refused at the level past the limit, record by record and read whole', async () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    const split = `{"format":"benchmatch.bench","version":1,"engineers":[${JSON.stringify(engineer('e-1'))},{"id":"e-2","tags":${deep}}]}`;
    const problems = await refused('deep.bench.json', split);
    const column = split.indexOf('[', split.indexOf('"tags"')) + 61 + 1;
    expect(problems).toEqual([expect.objectContaining({ where: '/engineers/1', message: `at line 1, column ${column}: arrays and objects nested more than 64 deep (the limit; a bench file needs about six)` })]);
    // "engineers" twice: the reader cannot split it and reads it whole; the same refusal, placed.
    const whole = `{"format":"benchmatch.bench","version":1,"engineers":[],"engineers":[{"id":"e-2","tags":${deep}}]}`;
    const column2 = whole.indexOf('[', whole.indexOf('"tags"')) + 61 + 1;
    expect(await refused('deep2.bench.json', whole)).toEqual([expect.objectContaining({ where: `line 1, column ${column2}`, message: 'arrays and objects nested more than 64 deep (the limit; a bench file needs about six)' })]);
  });
});

describe('a working-hours window of zero length', () => {
  it('09:00-09:00 is refused for an engineer (bench file and CSV) and a role; 00:00-00:00 means round the clock', async () => {
    const same = benchText([engineer('e-1', { workingHours: { start: '09:00', end: '09:00' } })]);
    expect(await refused('same.bench.json', same)).toEqual([expect.objectContaining({ where: '/engineers/0/workingHours/end', message: expect.stringContaining('the same time as start: a window of zero length'), text: { key: 'errors:problem.rule.zeroLengthHours' } })]);
    const csv = 'id,name,country,timeZone,seniority,skills,workStart,workEnd\ne-9,Ana Souza,BR,America/Sao_Paulo,mid,Python:4,09:00,09:00\n';
    expect(await refused('same.csv', csv)).toEqual([expect.objectContaining({ where: expect.stringMatching(/^line 2, column /), message: expect.stringContaining('a window of zero length'), text: { key: 'errors:problem.rule.zeroLengthHours' } })]);

    const example = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as { roles: { coreHours?: unknown }[] };
    example.roles[0]!.coreHours = { start: '14:30', end: '14:30' };
    expect(await refused('role.bench.json', JSON.stringify(example))).toEqual([expect.objectContaining({ where: '/roles/0/coreHours/end', message: expect.stringContaining('a window of zero length'), text: { key: 'errors:problem.rule.zeroLengthHours' } })]);

    const { dir, bench: b } = await bench();
    const allDay = join(dir, 'all-day.bench.json');
    writeFileSync(allDay, benchText([engineer('e-1', { workingHours: { start: '00:00', end: '00:00' } })]));
    expect((await b.importFile(allDay)).created.engineers).toBe(1);
    const stored = await b.call('getEngineer', { id: 'e-1' });
    expect(stored.workingHours).toEqual({ start: '00:00', end: '00:00' });
  });
});
