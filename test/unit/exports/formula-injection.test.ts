// Formula injection (OWASP): every text cell of the CSV and the XLSX that starts with =, +, -, @, a tab
// or a carriage return is written with a leading quote. Hostile values sit in a name, the role title,
// a skill, a summary and the pitch notes of the fixture.
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
    expect(rows[2]![col('pitchNote')]).toBe(`'@SUM(A1:A9) strong FastAPI work`);
    expect(rows[3]![col('pitchNote')]).toBe(`'\tTAB note\r and =1+1`);
    expect(rows[3]![col('skills')]).toBe(`'@evil skill 2`);
  });

  it('XLSX: no text cell on either sheet starts a formula, and no cell holds a formula', async () => {
    const out = join(t.dir, 'hostile.xlsx');
    await t.bench.call('exportShortlist', { shortlistId: 'sl-1', format: 'xlsx', out, asOf: '2026-11-25' });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const values: unknown[] = [];
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((cell) => {
      expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
      values.push(cell.value);
    })));
    expectNoLiveFormula(values);
    expect(values).toContain(`'=HYPERLINK("http://evil.example","click") Hostilsurname`);
    expect(values).toContain("'-Senior ML Engineer (Python)");
    // XML reading turns a stored carriage return into a line feed; the leading quote is what matters.
    expect(values.some((v) => typeof v === 'string' && /^'\tTAB note[\r\n]+ and =1\+1$/.test(v))).toBe(true);
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
    wb.getWorksheet('Bench')!.eachRow((row) => row.eachCell((c) => values.push(c.value)));
    expectNoLiveFormula(values);
    expect(values).toContain(`'@evil skill 2`);
  });
});
