// Shortlist exports through the real service on a real SQLite bench: every file is read back the way
// a client's tools read it (exceljs, a CSV parser, pdftotext), and page 1 of the PDF is rendered to PNG.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHORTLIST_COLUMNS } from '../../../shared/export/columns';
import { PACKET_TITLE_ROWS } from '../../../db/exports/xlsx';
import { fixtureBench } from './fixture';
import { translatorFor } from '../../../shared/i18n/instance';

/** A client with no packet language set gets English packets. */
const english = translatorFor('en', ['packet']);
import { benchWith, pdfText, type TestBench } from './helpers';

let t: TestBench;
beforeAll(async () => {
  t = await benchWith(fixtureBench());
});
afterAll(() => t?.cleanup());

const asOf = '2026-11-25';

describe('shortlist PDF', () => {
  it('has the cover (client, role, date) and each candidate in shortlist order, accents intact', async () => {
    const out = join(t.dir, 'shortlist.pdf');
    const r = await t.bench.call('exportShortlist', { shortlistId: 'sl-1', format: 'pdf', out, asOf });
    expect(r).toEqual({ path: resolve(out), bytes: statSync(out).size, engineers: 4 });
    const text = pdfText(out);
    expect(text).toContain('Acme Analytics');
    expect(text).toContain('-Senior ML Engineer (Python)');
    expect(text).toContain('Prepared on 25 November 2026');
    const names = ['Valentina Ríos', 'João Pereira', 'Hostilsurname', 'Lucía Quintanilla'];
    // Each candidate's own section, after the cover's list: positions of the "N. Name" headings.
    const sections = names.map((n, i) => text.lastIndexOf(`${i + 1}. ${i === 2 ? '=HYPERLINK' : n}`));
    expect(sections.every((p) => p > 0)).toBe(true);
    expect([...sections].sort((a, b) => a - b)).toEqual(sections);
    // Overlap, skills, assessment in words, pitch note, bill rate, page numbers.
    expect(text).toContain('7 h overlap with core hours 09:00–17:00 America/New_York');
    expect(text).toContain('Python 5/5 ✓');
    expect(text).toContain('Strongly recommended');
    expect(text).toContain('Exceptional: has shipped and run systems in production');
    expect(text).toContain('strong FastAPI work');
    expect(text).toContain('USD 62.50 / hour');
    expect(text).toMatch(/Page 1 of \d+/);
    // Never private: cost rates, e-mail, internal notes, red flags.
    expect(text).not.toContain('31.75');
    // Contact details typed into a pitch note are removed even when names stay.
    expect(text).not.toContain('valentina.rios@example.org');
    expect(text).not.toContain('github.com');
    expect(text).not.toContain('5555-1234');
    expect(text).toContain('[e-mail removed]');
    expect(text).not.toContain('INTERNAL-');
    expect(text).not.toContain('over_engineering');
    expect(text).not.toContain('flight-risk-tag');
    // Fonts embedded (pdffonts lists DejaVu as embedded subsets).
    const fonts = execFileSync('/usr/bin/pdffonts', [out], { encoding: 'utf8' });
    expect(fonts).toMatch(/DejaVuSans.*yes/);
    expect(fonts).not.toMatch(/\bno\s+no\s+no\b.*$/m);

    // Page 1 rendered for the screenshots folder (kept with the e2e screenshots).
    const shots = resolve('test-results/screenshots');
    mkdirSync(shots, { recursive: true });
    execFileSync('/usr/bin/pdftoppm', ['-png', '-r', '80', '-f', '1', '-l', '1', '-singlefile', out, join(shots, 'shortlist-pdf-page1')]);
    expect(existsSync(join(shots, 'shortlist-pdf-page1.png'))).toBe(true);
    execFileSync('/usr/bin/pdftoppm', ['-png', '-r', '80', '-f', '2', '-l', '2', '-singlefile', out, join(shots, 'shortlist-pdf-page2')]);
  });

  it('breaks pages instead of cutting text: a 30-candidate shortlist with long notes keeps every word', async () => {
    const file = fixtureBench();
    const long = 'Shipped a payments reconciliation service handling millions of events a day. '.repeat(40);
    file.shortlists = [{ id: 'sl-long', roleId: 'role-1', name: 'Long', entries: Array.from({ length: 30 }, (_, i) => ({ engineerId: `eng-${(i % 4) + 1}`, note: `${long} ENDNOTE${i}MARK`, approvedNote: `${long} ENDNOTE${i}MARK` })) }];
    const big = await benchWith(file);
    try {
      const out = join(big.dir, 'long.pdf');
      await big.bench.call('exportShortlist', { shortlistId: 'sl-long', format: 'pdf', out, asOf });
      const text = pdfText(out).replace(/\s+/g, ' ');
      for (let i = 0; i < 30; i++) expect(text).toContain(`ENDNOTE${i}MARK`);
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('/usr/bin/pdfinfo', [out], { encoding: 'utf8' }))![1]);
      expect(pages).toBeGreaterThan(30);
      expect(text).toContain(`Page ${pages} of ${pages}`);
    } finally {
      await big.cleanup();
    }
  });

  it('says so when overlap is unknown (no time zone on the role or its client)', async () => {
    const file = fixtureBench();
    delete file.clients![0]!.timeZone;
    const nz = await benchWith(file);
    try {
      const out = join(nz.dir, 'nozone.pdf');
      await nz.bench.call('exportShortlist', { shortlistId: 'sl-1', format: 'pdf', out, asOf });
      const text = pdfText(out).replace(/\s+/g, ' ');
      expect(text).toContain('Overlap unknown (no client time zone)');
      expect(text).toContain('09:00–17:00 (no time zone set)');
    } finally {
      await nz.cleanup();
    }
  });
});

describe('shortlist XLSX', () => {
  it('one typed row per engineer, frozen header, autofilter, widths, and a role profile sheet', async () => {
    const out = join(t.dir, 'shortlist.xlsx');
    await t.bench.call('exportShortlist', { shortlistId: 'sl-1', format: 'xlsx', out, asOf });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('Shortlist')!;
    // Three title rows (the packet's title and date: no firm profile is set here), then the table.
    expect(ws.rowCount).toBe(PACKET_TITLE_ROWS + 5);
    expect(ws.getRow(1).getCell(1).value).toBe('Shortlist: -Senior ML Engineer (Python) for Acme Analytics');
    expect((ws.getRow(4).values as unknown[]).slice(1)).toEqual(SHORTLIST_COLUMNS.map((c) => english(c.header)));
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: PACKET_TITLE_ROWS + 1 });
    expect(ws.autoFilter).toBeTruthy();
    expect(ws.getColumn(2).width).toBeGreaterThan(10);
    const col = (key: string) => SHORTLIST_COLUMNS.findIndex((c) => c.key === key) + 1;
    const row = ws.getRow(PACKET_TITLE_ROWS + 2);
    expect(row.getCell(col('name')).value).toBe('Valentina Ríos');
    expect(row.getCell(col('position')).value).toBe(1);
    expect(row.getCell(col('overlapHours')).value).toBe(7);
    expect(row.getCell(col('billRate')).value).toBe(62.5);
    expect(row.getCell(col('assessedOn')).value).toEqual(new Date('2026-10-02T00:00:00Z'));
    expect(row.getCell(col('availableFrom')).value).toBeInstanceOf(Date);
    expect(row.getCell(col('skills')).value).toContain('Python 5 ✓');
    expect(ws.getRow(PACKET_TITLE_ROWS + 3).getCell(col('name')).value).toBe('João Pereira');
    const profile = wb.getWorksheet('Role profile')!;
    const pairs = new Map<string, unknown>();
    profile.eachRow((r) => pairs.set(String(r.getCell(1).value), r.getCell(2).value));
    expect(pairs.get('Client')).toBe('Acme Analytics');
    expect(pairs.get('Role')).toBe('-Senior ML Engineer (Python)');
    expect(pairs.get('Start date')).toEqual(new Date('2027-01-11T00:00:00Z'));
    expect(pairs.get('Maximum bill rate (per hour)')).toBe(90);
    expect(pairs.get('Headcount')).toBe(2);
  });
});

describe('shortlist CSV', () => {
  it('RFC 4180 with a BOM, the XLSX columns, rows in shortlist order', async () => {
    const out = join(t.dir, 'shortlist.csv');
    await t.bench.call('exportShortlist', { shortlistId: 'sl-1', format: 'csv', out, asOf });
    const bytes = readFileSync(out);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8')).toContain('\r\n');
    const rows = parse(bytes, { bom: true, relax_column_count: false }) as string[][];
    expect(rows[0]).toEqual(SHORTLIST_COLUMNS.map((c) => english(c.header)));
    expect(rows).toHaveLength(5);
    const name = SHORTLIST_COLUMNS.findIndex((c) => c.key === 'name');
    expect(rows.slice(1).map((r) => r[name])).toEqual(['Valentina Ríos', 'João Pereira', `'=HYPERLINK("http://evil.example","click") Hostilsurname`, 'Lucía Quintanilla']);
    const rate = SHORTLIST_COLUMNS.findIndex((c) => c.key === 'billRate');
    expect(rows[1]![rate]).toBe('62.5');
  });

  it('returns the bytes for a browser download', async () => {
    const r = await t.bench.call('exportShortlistData', { shortlistId: 'sl-1', format: 'csv', anonymize: true, asOf });
    expect(r.fileName).toBe('acme-analytics-senior-ml-engineer-python-2026-11-25.csv');
    expect(r.mime).toBe('text/csv;charset=utf-8');
    expect(r.engineers).toBe(4);
    expect(Buffer.from(r.base64, 'base64').toString('utf8')).toContain('Candidate D');
  });

  it('refuses an unknown shortlist with a clear message', async () => {
    await expect(t.bench.call('exportShortlist', { shortlistId: 'nope', format: 'csv', out: join(t.dir, 'x.csv') })).rejects.toMatchObject({ code: 'not_found', message: 'No shortlist with id nope.' });
    expect(existsSync(join(t.dir, 'x.csv'))).toBe(false);
  });
});
