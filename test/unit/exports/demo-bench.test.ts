// Exports on the demo bench (generateDemoBench) through the service: the Bench table's view in its
// order and columns, and an anonymised demo shortlist checked against its engineers' real surnames.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateDemoBench } from '../../../db/seed';
import { BENCH_COLUMNS } from '../../../shared/export/columns';
import { fold } from '../../../shared/text/fold';
import { translatorFor } from '../../../shared/i18n/instance';
import { benchWith, pdfText, unescapeXml, xlsxXml, type TestBench } from './helpers';

let t: TestBench;
beforeAll(async () => {
  t = await benchWith(generateDemoBench({ engineers: 300, seed: 7 }));
});
afterAll(() => t?.cleanup());

describe('bench view export', () => {
  const columns = ['name', 'country', 'seniority', 'english', 'yearsExperience', 'availableFrom', 'billRate', 'skills'];
  // The bench view is the firm's own sheet: English headers.
  const english = translatorFor('en', ['packet']);
  const header = columns.map((k) => english(BENCH_COLUMNS.find((c) => c.key === k)!.header));

  it('XLSX: the visible columns, the given order, typed cells, frozen header and autofilter', async () => {
    const engineers = t.bench.snapshot().engineers!;
    // A "current view": some filter, sorted by name descending (an order the database never has).
    const view = engineers.filter((e) => e.seniority !== 'junior').sort((a, b) => b.name.localeCompare(a.name)).slice(0, 120);
    const out = join(t.dir, 'view.xlsx');
    const r = await t.bench.call('exportBenchView', { engineerIds: view.map((e) => e.id), columns, format: 'xlsx', out });
    expect(r.engineers).toBe(120);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('Bench')!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(header);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBeTruthy();
    expect(ws.rowCount).toBe(121);
    view.forEach((e, i) => {
      const row = ws.getRow(i + 2);
      expect(row.getCell(1).value).toBe(e.name.replace(/^([=+\-@\t\r])/, "'$1"));
      if (e.yearsExperience !== undefined) expect(row.getCell(5).value).toBe(e.yearsExperience);
      if (e.availability?.from) expect(row.getCell(6).value).toEqual(new Date(`${e.availability.from}T00:00:00Z`));
      if (e.rate?.billPerHour !== undefined) expect(row.getCell(7).value).toBe(e.rate.billPerHour);
    });
  });

  it('CSV: same header and values as text, with a BOM', async () => {
    const ids = t.bench.snapshot().engineers!.slice(0, 50).map((e) => e.id).reverse();
    const out = join(t.dir, 'view.csv');
    await t.bench.call('exportBenchView', { engineerIds: ids, columns, format: 'csv', out });
    const bytes = readFileSync(out);
    expect(bytes.subarray(0, 3).toString('hex')).toBe('efbbbf');
    const rows = parse(bytes, { bom: true }) as string[][];
    expect(rows[0]).toEqual(header);
    expect(rows).toHaveLength(51);
    const byId = new Map(t.bench.snapshot().engineers!.map((e) => [e.id, e]));
    expect(rows.slice(1).map((r) => r[0])).toEqual(ids.map((id) => byId.get(id)!.name));
  });

  it('refuses unknown ids and columns with their places', async () => {
    await expect(t.bench.call('exportBenchViewData', { engineerIds: ['nobody-1'], columns: ['name'], format: 'csv' }))
      .rejects.toMatchObject({ code: 'invalid_input', problems: [{ where: '/engineerIds/0', message: 'no engineer with id nobody-1' }] });
    await expect(t.bench.call('exportBenchViewData', { engineerIds: [], columns: ['salary'] as never, format: 'csv' }))
      .rejects.toMatchObject({ code: 'invalid_input', problems: [expect.objectContaining({ where: '/columns/0' })] });
  });
});

describe('demo shortlist, anonymised', () => {
  it('holds none of its engineers\' surnames, e-mails or cost rates in PDF, XLSX or CSV', async () => {
    const snap = t.bench.snapshot();
    const sl = snap.shortlists!.find((s) => (s.entries ?? []).length > 0)!;
    const people = sl.entries!.map((en) => snap.engineers!.find((e) => e.id === en.engineerId)!);
    const surnames = people.map((p) => p.name.split(' ').slice(1).join(' ')).filter((s) => s.length > 2);
    const check = (content: string) => {
      const hay = fold(content);
      for (const s of surnames) expect(hay, s).not.toContain(fold(s));
      for (const p of people) {
        if (p.email) expect(content).not.toContain(p.email);
        // A whole-number rate such as 35 also appears in style ids and widths of any XLSX; the fixture
        // test covers raw bytes with distinctive rates, so here only fractional ones are looked for.
        if (p.rate?.costPerHour !== undefined && !Number.isInteger(p.rate.costPerHour) && p.rate.costPerHour !== p.rate.billPerHour) {
          expect(content).not.toMatch(new RegExp(`(?<![\\d.])${p.rate.costPerHour.toString().replace('.', '\\.')}(?![\\d])`));
        }
      }
    };
    const dir = t.dir;
    await t.bench.call('exportShortlist', { shortlistId: sl.id, format: 'pdf', out: join(dir, 'demo.pdf'), anonymize: true });
    await t.bench.call('exportShortlist', { shortlistId: sl.id, format: 'xlsx', out: join(dir, 'demo.xlsx'), anonymize: true });
    await t.bench.call('exportShortlist', { shortlistId: sl.id, format: 'csv', out: join(dir, 'demo.csv'), anonymize: true });
    check(pdfText(join(dir, 'demo.pdf')));
    check(unescapeXml(await xlsxXml(readFileSync(join(dir, 'demo.xlsx')))));
    check(readFileSync(join(dir, 'demo.csv'), 'utf8'));
  });
});
