// Formula injection (OWASP): every text cell of the CSV that starts with =, +, -, @, a tab or a carriage
// return (or their full-width forms, or any of them behind invisible characters) is written with a
// leading quote. XLSX text cells are typed strings, never formulas: they carry the text exactly as
// written, with no quote. Hostile values sit in a name, the role title, a skill, a summary and the pitch
// notes of the fixture.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHORTLIST_COLUMNS } from '../../../shared/export/columns';
import { fixtureBench } from './fixture';
import { benchWith, type TestBench } from './helpers';

let t: TestBench;
beforeAll(async () => {
  t = await benchWith(fixtureBench());
});
afterAll(() => t?.cleanup());

const TRIGGER = /^[=+\-@\t\r]/;

function expectNoLiveFormula(cells: unknown[]): void {
  for (const v of cells) if (typeof v === 'string') expect(v, JSON.stringify(v)).not.toMatch(TRIGGER);
}

describe('formula injection', () => {
  it('CSV: hostile names, notes and skills start with a quote', async () => {
    const out = join(t.dir, 'hostile.csv');
    await t.bench.call('exportShortlist', { shortlistId: 'sl-1', format: 'csv', out, asOf: '2026-11-25' });
    const rows = parse(readFileSync(out), { bom: true }) as string[][];
    expectNoLiveFormula(rows.flat());
    const col = (key: string) => SHORTLIST_COLUMNS.findIndex((c) => c.key === key);
    expect(rows[3]![col('name')]).toBe(`'=HYPERLINK("http://evil.example","click") Hostilsurname`);
    expect(rows[2]![col('pitchNote')]).toBe(`'=SUM(A1:A9) strong FastAPI work`);
    expect(rows[3]![col('pitchNote')]).toBe(`'\tTAB note\r and =1+1`);
    expect(rows[3]![col('skills')]).toBe(`'@evil skill 2`);
  });

  it('XLSX: no cell on either sheet is a formula; hostile text is a typed string, exactly as written', async () => {
    const out = join(t.dir, 'hostile.xlsx');
    await t.bench.call('exportShortlist', { shortlistId: 'sl-1', format: 'xlsx', out, asOf: '2026-11-25' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const values: unknown[] = [];
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => {
      expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
      if (typeof cell.value === 'string' && TRIGGER.test(cell.value)) expect(cell.type).toBe(ExcelJS.ValueType.String);
      values.push(cell.value);
    })));
    expect(values).toContain(`=HYPERLINK("http://evil.example","click") Hostilsurname`);
    expect(values).toContain('-Senior ML Engineer (Python)');
    expect(values.some((v) => typeof v === 'string' && v.startsWith("'"))).toBe(false);
    // XML reading turns a stored carriage return into a line feed.
    expect(values.some((v) => typeof v === 'string' && /^\tTAB note[\r\n]+ and =1\+1$/.test(v))).toBe(true);
  });

  it('bench view: the same rule for CSV and XLSX', async () => {
    const ids = ['eng-1', 'eng-2', 'eng-3', 'eng-4'];
    const columns = ['name', 'primaryRole', 'skills', 'billRate'];
    const csv = await t.bench.call('exportBenchViewData', { engineerIds: ids, columns, format: 'csv' });
    const rows = parse(Buffer.from(csv.base64, 'base64'), { bom: true }) as string[][];
    expectNoLiveFormula(rows.flat());
    expect(rows[3]![0]).toBe(`'=HYPERLINK("http://evil.example","click") Hostilsurname`);
    const xlsx = await t.bench.call('exportBenchViewData', { engineerIds: ids, columns, format: 'xlsx' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(xlsx.base64, 'base64') as unknown as ArrayBuffer);
    const values: unknown[] = [];
    wb.getWorksheet('Bench')!.eachRow((row) => row.eachCell((c) => {
      expect(c.type).not.toBe(ExcelJS.ValueType.Formula);
      values.push(c.value);
    }));
    expect(values).toContain('@evil skill 2');
  });
});
