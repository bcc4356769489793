// Every kind of bad input from issue 2: refused with each problem placed, and the bench left exactly as it was.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ApiError, type Problem } from '../../../shared/api/errors';
import { dumpTables, EXAMPLE, openTemp, tempDir } from './helpers';

const example = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as { engineers: Record<string, unknown>[]; roles: Record<string, unknown>[]; shortlists: Record<string, unknown>[] };
const clone = () => structuredClone(example) as typeof example & Record<string, unknown>;
const csvHeader = 'id,name,country,timeZone,seniority,skills';
const csvRow = 'e-9,Ana Souza,BR,America/Sao_Paulo,mid,"Python:4:3; k8s:3"';

type Case = { name: string; file: string; text: string; where: string | RegExp; message?: RegExp };

function jsonCase(name: string, edit: (b: ReturnType<typeof clone>) => unknown, where: string, message?: RegExp): Case {
  const b = clone();
  const out = edit(b) ?? b;
  return { name, file: 'bad.bench.json', text: typeof out === 'string' ? out : JSON.stringify(out, null, 2), where, ...(message ? { message } : {}) };
}

const cases: Case[] = [
  { name: 'not JSON', file: 'bad.bench.json', text: '{\n  "format": "benchmatch.bench",\n  "version": 1,\n  "engineers": [ }\n', where: 'line 4, column 18', message: /not valid JSON/ },
  // Well-formed around it, so the byte scanner splits the file; the item itself is not JSON.
  { name: 'one engineer that is not JSON', file: 'bad.bench.json', text: '{\n  "format": "benchmatch.bench",\n  "version": 1,\n  "engineers": [\n    {"id": "e-1",}\n  ]\n}\n', where: 'line 5, column 18', message: /not valid JSON/ },
  { name: 'an empty file', file: 'bad.bench.json', text: '  \n', where: '/', message: /empty/ },
  jsonCase('a wrong format', (b) => void (b.format = 'other.bench'), '/format'),
  jsonCase('a wrong version', (b) => void (b.version = 2), '/version'),
  jsonCase('an unknown time zone', (b) => void (b.engineers[1]!.timeZone = 'Mars/Olympus'), '/engineers/1/timeZone', /IANA/),
  // Issue 18: abbreviations and fixed offsets follow no city's daylight saving; the message names the zones meant.
  jsonCase('an engineer in EST', (b) => void (b.engineers[1]!.timeZone = 'EST'), '/engineers/1/timeZone', /EST is an abbreviation.*America\/New_York, America\/Toronto/),
  jsonCase('a client in EST5EDT', (b) => void ((b.clients as Record<string, unknown>[])[0]!.timeZone = 'EST5EDT'), '/clients/0/timeZone', /EST5EDT is an abbreviation.*America\/New_York/),
  jsonCase('a role in CET', (b) => void (b.roles[0]!.timeZone = 'CET'), '/roles/0/timeZone', /CET is an abbreviation.*Europe\/Berlin/),
  jsonCase('an engineer at Etc/GMT+3', (b) => void (b.engineers[0]!.timeZone = 'Etc/GMT+3'), '/engineers/0/timeZone', /Etc\/GMT\+3 is a fixed offset/),
  jsonCase('level 7', (b) => void ((b.engineers[0]!.skills as { level: number }[])[2]!.level = 7), '/engineers/0/skills/2/level'),
  jsonCase('a duplicate id in one file', (b) => void (b.engineers[2]!.id = 'peng-0002'), '/engineers/2/id', /duplicate id "peng-0002"/),
  jsonCase('a dangling client reference', (b) => void (b.roles[0]!.clientId = 'nobody'), '/roles/0/clientId', /no client/),
  jsonCase('a dangling role reference', (b) => void (b.shortlists[0]!.roleId = 'no-role'), '/shortlists/0/roleId', /no role/),
  jsonCase('a dangling engineer reference', (b) => void ((b.shortlists[0]!.entries as { engineerId: string }[])[1]!.engineerId = 'ghost'), '/shortlists/0/entries/1/engineerId', /no engineer/),
  jsonCase('a negative rate', (b) => void ((b.engineers[1]!.rate as { billPerHour: number }).billPerHour = -5), '/engineers/1/rate/billPerHour'),
  jsonCase('an overlong name', (b) => void (b.engineers[0]!.name = 'x'.repeat(201)), '/engineers/0/name'),
  jsonCase('a __proto__ key', (b) => JSON.stringify(b).replace('"id":"peng-0003"', '"__proto__":{"polluted":true},"id":"peng-0003"'), '/engineers/1/__proto__', /not allowed/),
  jsonCase('an impossible date', (b) => void ((b.engineers[0]!.assessments as { date: string }[])[0]!.date = '2027-02-30'), '/engineers/0/assessments/0/date', /calendar/),
  { name: 'a CSV missing a required column', file: 'bad.csv', text: 'id,name,country,seniority,skills\ne-9,Ana,BR,mid,Python:4\n', where: 'line 1, column timeZone', message: /required column "timeZone"/ },
  { name: 'a ragged CSV row', file: 'bad.csv', text: `${csvHeader}\n${csvRow}\ne-10,Bia,BR,America/Sao_Paulo,mid\n`, where: 'line 3', message: /5 fields, but the header has 6/ },
  { name: 'a malformed skills cell', file: 'bad.csv', text: `${csvHeader}\n${csvRow}\ne-10,Bia,BR,America/Sao_Paulo,mid,"Python-5; Go:4"\n`, where: 'line 3, column skills', message: /"Python-5" is not Name:level/ },
  { name: 'level 7 in CSV', file: 'bad.csv', text: `${csvHeader}\ne-10,Bia,BR,America/Sao_Paulo,mid,"Go:4; Python:7"\n`, where: 'line 2, column skills', message: /skill 2 level/ },
  { name: 'a PST engineer in CSV', file: 'bad.csv', text: `${csvHeader}\n${csvRow}\ne-10,Bia,BR,PST,mid,Go:4\n`, where: /^line 3/, message: /PST is an abbreviation.*America\/Los_Angeles/ },
  { name: 'an impossible date in CSV', file: 'bad.csv', text: `${csvHeader},availability,availableFrom\ne-10,Bia,BR,America/Sao_Paulo,mid,Go:4,available,2027-02-30\n`, where: 'line 2, column availableFrom', message: /calendar/ },
];

describe('bad input is refused, placed, and leaves the bench as it was', () => {
  for (const c of cases) {
    it(c.name, async () => {
      const bench = await openTemp();
      await bench.importFile(EXAMPLE);
      const before = dumpTables(bench.path);
      const versionBefore = bench.version;
      const file = join(tempDir(), `${c.name.replace(/\W+/g, '-')}-${c.file}`);
      writeFileSync(file, c.text);
      for (const dryRun of [true, false]) {
        const err = await bench.importFile(file, { dryRun }).then(() => undefined, (e: unknown) => e);
        expect(err).toBeInstanceOf(ApiError);
        const api = err as ApiError;
        expect(api.code).toBe('invalid_input');
        expect(api.message).toMatch(/^\d+ problems? in /);
        const hit = (api.problems ?? []).find((p: Problem) => (typeof c.where === 'string' ? p.where === c.where : c.where.test(p.where)));
        expect(hit, JSON.stringify(api.problems)).toBeDefined();
        if (c.message) expect(hit!.message).toMatch(c.message);
      }
      expect(dumpTables(bench.path)).toEqual(before);
      expect(bench.version).toBeGreaterThan(versionBefore);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    });
  }

  it('lists every problem of a file, not just the first', async () => {
    const b = clone();
    b.engineers[0]!.timeZone = 'Nowhere/Land';
    b.engineers[1]!.seniority = 'wizard';
    b.engineers[2]!.id = 'peng-0002';
    b.roles[0]!.clientId = 'nobody';
    const file = join(tempDir(), 'many.bench.json');
    writeFileSync(file, JSON.stringify(b));
    const bench = await openTemp();
    const err = (await bench.importFile(file).catch((e: unknown) => e)) as ApiError;
    expect(err.problems?.map((p) => p.where).sort()).toEqual(['/engineers/0/timeZone', '/engineers/1/seniority', '/engineers/2/id', '/roles/0/clientId']);
    expect(err.message).toBe('4 problems in many.bench.json');
    expect((await bench.call('stats', {})).engineers).toBe(0);
  });

  it('lists every problem of a CSV file: row shape, cells and schema together, by line', async () => {
    const file = join(tempDir(), 'many.csv');
    writeFileSync(file, `${csvHeader}\ne-1,A,BR,Mars/X,mid,"Python:7; Go"\ne-2,B,BR\n`);
    const bench = await openTemp();
    const err = (await bench.importFile(file).catch((e: unknown) => e)) as ApiError;
    expect(err.problems?.map((p) => p.where)).toEqual(['line 2, column skills', 'line 2, column timeZone', 'line 2, column skills', 'line 3']);
    expect((await bench.call('stats', {})).engineers).toBe(0);
  });

  it('a reference may resolve against the existing bench instead of the file', async () => {
    const bench = await openTemp();
    await bench.importFile(EXAMPLE);
    const file = join(tempDir(), 'refs.bench.json');
    writeFileSync(file, JSON.stringify({
      format: 'benchmatch.bench', version: 1,
      roles: [{ id: 'r-2', clientId: 'acme-health', title: 'Data Engineer' }],
      shortlists: [{ id: 'sl-2', roleId: 'r-ai-senior', name: 'Second', entries: [{ engineerId: 'peng-0004' }] }],
    }));
    const r = await bench.importFile(file);
    expect(r.created.roles).toBe(1);
    expect(r.created.shortlists).toBe(1);
  });
});
