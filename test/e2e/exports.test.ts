// Exports in real Chromium against browser mode: the Shortlist screen's PDF / XLSX / CSV (and an
// anonymized CSV) arrive as downloads and read back as the right files; the Bench screen's
// "Export view" downloads exactly the rows the view shows, in its order.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHORTLIST_COLUMNS } from '../../shared/export/columns';
import { translatorFor } from '../../shared/i18n/instance';
import { startApp, type App } from './harness';

/** A client with no packet language set gets English packets. */
const english = translatorFor('en', ['packet']);

let app: App;
let dir: string;
beforeAll(async () => {
  app = await startApp();
  dir = mkdtempSync(join(tmpdir(), 'bm-e2e-downloads-'));
}, 240_000);
afterAll(async () => {
  await app?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Runs `click`, waits for the download it starts and saves it under `name`; returns the path. */
async function download(page: Page, name: string, click: () => Promise<void>): Promise<string> {
  const [d] = await Promise.all([page.waitForEvent('download'), click()]);
  const file = join(dir, name);
  await d.saveAs(file);
  return file;
}

const BOM = '\uFEFF';
const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('Exports', { timeout: 240_000 }, () => {
  it('exports the shortlist as PDF, XLSX and CSV, and anonymized without surnames', async () => {
    const roleId = 'role-1';
    const snap = app.bench.snapshot();
    const role = snap.roles!.find((r) => r.id === roleId)!;
    const shortlist = (await app.bench.call('roleShortlist', { roleId })).shortlist!;
    expect(shortlist.entries.length).toBeGreaterThan(0);
    const byId = new Map(snap.engineers!.map((e) => [e.id, e]));
    const names = shortlist.entries.map((e) => byId.get(e.engineerId)!.name);

    const page = await app.open(`/shortlists/${roleId}`);
    await page.getByTestId('shortlist-entry').first().waitFor();
    const entries = await page.getByTestId('shortlist-entry').count();
    expect(entries).toBe(shortlist.entries.length);
    const bar = page.getByTestId('export-bar');
    const exportAs = async (format: 'PDF' | 'XLSX' | 'CSV', name: string) => {
      await bar.getByText(format, { exact: true }).click();
      await page.getByTestId('export-shortlist').filter({ hasText: `Export ${format}` }).waitFor();
      return download(page, name, () => page.getByTestId('export-shortlist').click());
    };

    const pdf = await exportAs('PDF', 'shortlist.pdf');
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = execFileSync('/usr/bin/pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain(role.title);

    const xlsx = await exportAs('XLSX', 'shortlist.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(xlsx);
    const sheet = wb.worksheets[0]!;
    // Three title rows above the table (the packet's title, its date, the firm's contact line when set).
    expect((sheet.getRow(4).values as unknown[]).slice(1)).toEqual(SHORTLIST_COLUMNS.map((c) => english(c.header)));
    expect(sheet.getRow(1).getCell(1).value).toContain(role.title);

    const csvFile = await exportAs('CSV', 'shortlist.csv');
    const csv = readFileSync(csvFile, 'utf8');
    expect(csv.startsWith(BOM)).toBe(true);
    const rows = parse(csv, { bom: true }) as string[][];
    expect(rows[0]).toEqual(SHORTLIST_COLUMNS.map((c) => english(c.header)));
    expect(rows.length - 1).toBe(entries);
    expect(rows.slice(1).map((r) => r[1])).toEqual(names);

    // The switch's own input sits over its track and takes the click (as a user's click on the toggle).
    await page.getByTestId('export-anonymize').click();
    expect(await page.getByTestId('export-anonymize').isChecked()).toBe(true);
    const anonFile = await download(page, 'shortlist-anonymized.csv', () => page.getByTestId('export-shortlist').click());
    const anon = readFileSync(anonFile, 'utf8');
    expect((parse(anon, { bom: true }) as string[][]).length - 1).toBe(entries);
    for (const n of names) {
      const surname = n.split(/\s+/).at(-1)!;
      expect(anon).not.toMatch(new RegExp(`\\b${escapeRe(surname)}\\b`, 'i'));
    }
    await page.context().close();
  });

  it('exports the Bench view: as many rows as the screen shows, in its order', async () => {
    const query = 'python';
    const expected = await app.bench.call('search', { query, facets: {}, limit: 10_000 });
    expect(expected.total).toBeGreaterThan(1);
    const page = await app.open('/');
    await page.getByTestId('bench-row').first().waitFor();
    await page.getByTestId('bench-search').fill(query);
    await page.locator(`[data-testid="result-count"][data-results-for="${query}"]`).filter({ hasText: /^\S+ engineers? of / }).waitFor();
    const shown = Number(((await page.getByTestId('result-count').textContent()) ?? '').split(' ')[0]!.replace(/,/g, ''));
    expect(shown).toBe(expected.total);
    const firstName = await page.getByTestId('engineer-link').first().textContent();

    await page.getByTestId('export-view').click();
    const file = await download(page, 'bench-view.csv', () => page.getByTestId('export-view-csv').click());
    const csv = readFileSync(file, 'utf8');
    expect(csv.startsWith(BOM)).toBe(true);
    const rows = parse(csv, { bom: true }) as string[][];
    expect(rows[0]![0]).toBe('Name');
    expect(rows.length - 1).toBe(shown);
    expect(rows[1]![0]).toBe(firstName);
    await page.context().close();

    // Sorted by a column (in the URL, as a shared view would be): the file follows the table's order.
    const sorted = await app.open(`/?q=${query}&sort=country.desc`);
    await sorted.locator(`[data-testid="result-count"][data-results-for="${query}"]`).filter({ hasText: /^\S+ engineers? of / }).waitFor();
    await sorted.getByTestId('bench-row').first().waitFor();
    const onScreen = await sorted.getByTestId('engineer-link').allTextContents();
    expect(onScreen.length).toBeGreaterThan(5);
    await sorted.getByTestId('export-view').click();
    const sortedFile = await download(sorted, 'bench-view-sorted.csv', () => sorted.getByTestId('export-view-csv').click());
    const sortedRows = parse(readFileSync(sortedFile, 'utf8'), { bom: true }) as string[][];
    expect(sortedRows.length - 1).toBe(shown);
    expect(sortedRows.slice(1, onScreen.length + 1).map((r) => r[0])).toEqual(onScreen);
    await sorted.context().close();
  });
});
