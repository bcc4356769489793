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
    // Declined and withdrawn (archived) candidates are left out of a packet by default.
    const goingOut = shortlist.entries.filter((e) => e.status !== 'declined' && !byId.get(e.engineerId)!.archived);
    expect(goingOut.length).toBeGreaterThan(0);
    const names = goingOut.map((e) => byId.get(e.engineerId)!.name);

    const page = await app.open(`/shortlists/${roleId}`);
    await page.getByTestId('shortlist-entry').first().waitFor();
    const entries = await page.getByTestId('shortlist-entry').count();
    expect(entries).toBe(shortlist.entries.length);
    // Three clicks: open the client packet dialog, pick the format, download.
    await page.getByTestId('export-open').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByTestId('export-candidate').first().waitFor();
    const exportAs = async (format: 'PDF' | 'XLSX' | 'CSV', name: string) => {
      await dialog.getByText(format, { exact: true }).click();
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
    expect(rows.length - 1).toBe(goingOut.length);
    expect(rows.slice(1).map((r) => r[1])).toEqual(names);

    // The switch's own input sits over its track and takes the click (as a user's click on the toggle).
    await page.getByTestId('export-anonymize').click();
    expect(await page.getByTestId('export-anonymize').isChecked()).toBe(true);
    const anonFile = await download(page, 'shortlist-anonymized.csv', () => page.getByTestId('export-shortlist').click());
    const anon = readFileSync(anonFile, 'utf8');
    expect((parse(anon, { bom: true }) as string[][]).length - 1).toBe(goingOut.length);
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
  it('the client packet dialog: declined unticked by default, notes shown as the client reads them and approved, per-candidate choice', async () => {
    const roleId = 'role-1';
    const shortlist = (await app.bench.call('roleShortlist', { roleId })).shortlist!;
    const [first, second] = shortlist.entries;
    const snap = app.bench.snapshot();
    const someoneElse = snap.engineers!.find((e) => !shortlist.entries.some((x) => x.engineerId === e.id))!;
    await app.bench.call('updateShortlistEntry', { shortlistId: shortlist.id, engineerId: first!.engineerId, note: `Worked with ${someoneElse.name}; write to ana [at] mail [dot] com or call +55 (11) 98765-4321.` });
    await app.bench.call('updateShortlistEntry', { shortlistId: shortlist.id, engineerId: second!.engineerId, status: 'declined' });

    for (const scheme of ['light', 'dark'] as const) {
      const page = await app.open(`/shortlists/${roleId}`, scheme);
      await page.getByTestId('export-open').click();
      const dialog = page.getByRole('dialog');
      const rows = dialog.getByTestId('export-candidate');
      await rows.first().waitFor();
      await dialog.getByTestId('export-anonymize').click();
      await rows.first().getByText('Candidate A').waitFor();
      expect(await rows.nth(1).getAttribute('data-included')).toBe('false');
      expect(await rows.nth(1).getByTestId('export-include').isChecked()).toBe(false);
      // The note as the client would read it: the other engineer, the e-mail and the phone scrubbed.
      const preview = (await rows.first().getByTestId('export-note-preview').textContent()) ?? '';
      expect(preview).toBe('Worked with [name removed]; write to [e-mail removed] or call [phone removed].');
      await app.screenshot(page, 'export-dialog');
      expect(await app.axe(page)).toEqual([]);
      await page.context().close();
    }

    const page = await app.open(`/shortlists/${roleId}`);
    await page.getByTestId('export-open').click();
    const dialog = page.getByRole('dialog');
    const rows = dialog.getByTestId('export-candidate');
    await rows.first().waitFor();
    await dialog.getByTestId('export-anonymize').click();
    await rows.first().getByText('Candidate A').waitFor();
    await rows.first().getByTestId('export-approve').click();
    await rows.first().getByText('Approved for this client').waitFor();
    // Tick the declined candidate in: sales decide.
    await rows.nth(1).getByTestId('export-include').click();
    await rows.nth(1).getByText('The client sees: Candidate B').waitFor();
    await dialog.getByText('CSV', { exact: true }).click();
    const file = await download(page, 'packet.csv', () => dialog.getByTestId('export-shortlist').click());
    const csv = readFileSync(file, 'utf8');
    expect(csv).toContain('Worked with [name removed]; write to [e-mail removed] or call [phone removed].');
    expect(csv).not.toContain(someoneElse.name.split(' ')[0]!);
    expect(csv).toContain('Candidate B');
    // A one-page profile of the first candidate.
    const profile = await download(page, 'profile.pdf', () => rows.first().getByTestId('export-profile').click());
    expect(execFileSync('/usr/bin/pdfinfo', [profile], { encoding: 'utf8' })).toMatch(/Pages:\s+1\n/);
    await page.context().close();
  });

  it('Settings > Firm: refuses a logo that is not PNG or SVG at once, saves the profile, and packets wear it', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><rect width="120" height="40" rx="6" fill="#0b7a75"/></svg>';
    for (const scheme of ['light', 'dark'] as const) {
      const page = await app.open('/settings', scheme);
      const firm = page.getByTestId('firm-settings');
      await firm.waitFor();
      const input = firm.locator('input[type="file"]');
      await input.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from('GIF89a pretending') });
      await firm.getByTestId('firm-logo-problem').getByText('The logo is not a PNG or SVG image').waitFor();
      await input.setInputFiles({ name: 'logo.svg', mimeType: 'image/svg+xml', buffer: Buffer.from(svg) });
      await firm.getByTestId('firm-logo').waitFor();
      expect(await firm.getByTestId('firm-logo-problem').count()).toBe(0);
      await firm.getByTestId('firm-name').fill('Southbridge Talent');
      await firm.getByTestId('firm-contact').fill('talent@southbridge.example · +1 555 0100');
      await firm.getByTestId('firm-footer').fill('Confidential: prepared for the client only.');
      await firm.getByTestId('firm-save').click();
      await firm.getByText('Saved. New packets use it.').waitFor();
      await firm.scrollIntoViewIfNeeded();
      await app.screenshot(page, 'settings-firm');
      expect(await app.axe(page)).toEqual([]);
      await page.context().close();
    }
    const saved = await app.bench.call('getFirm', {});
    expect(saved.profile).toMatchObject({ name: 'Southbridge Talent', logo: { type: 'image/svg+xml' } });
    const shortlist = (await app.bench.call('roleShortlist', { roleId: 'role-1' })).shortlist!;
    const pdf = join(dir, 'branded.pdf');
    await app.bench.call('exportShortlist', { shortlistId: shortlist.id, format: 'pdf', out: pdf });
    const text = execFileSync('/usr/bin/pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('Southbridge Talent');
    expect(text).toContain('Confidential: prepared for the client only.');
    expect(execFileSync('/usr/bin/pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Author:\s+Southbridge Talent/);
  });
});
