// CVs and postings in (issue 16), in real Chromium against browser mode: three CVs of different layouts
// and a photo named .pdf dropped on the Import screen are read with progress; the photo is refused and
// says what it is; each draft opens in the review form with its sources and confidences, and nothing is
// on the bench until Save; the same CV again offers to update the person instead; "machine learning"
// on the Bench finds engineers by the field's skills and says why; a posting file fills the role
// editor's draft with the reader's notes. Screenshots cv-review-{light,dark}.png; axe on the form.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CVS } from '../fixtures/documents/cvs';
import { cvBytes } from '../fixtures/documents/files';
import { dumpTables } from '../unit/db/helpers';
import { startApp, type App } from './harness';

let app: App;
beforeAll(async () => {
  app = await startApp({ engineers: 200 });
}, 240_000);
afterAll(async () => {
  await app?.close();
});

const MIME = { pdf: 'application/pdf', pdf2: 'application/pdf', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', txt: 'text/plain' } as const;
const file = async (i: number) => ({ name: CVS[i]!.file, mimeType: MIME[CVS[i]!.format], buffer: await cvBytes(CVS[i]!) });
const named = (name: string) => (app.bench.snapshot().engineers ?? []).filter((e) => e.name === name);

async function drop(page: Page, files: { name: string; mimeType: string; buffer: Buffer }[]) {
  await page.getByTestId('cv-file-input').setInputFiles(files);
}

describe('CV import and review', () => {
  it('reads many CVs with progress, refuses a photo, reviews each draft with sources, and adds only on Save', async () => {
    const page = await app.open('/import-export', 'light');
    const before = app.bench.snapshot().engineers!.length;
    await drop(page, [await file(0), await file(3), await file(2), { name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]) }]);
    const review = page.getByTestId('cv-review');
    await review.waitFor();
    await expect.poll(() => page.getByTestId('cv-refused').textContent()).toMatch(/PNG image/);
    await expect.poll(() => page.getByTestId('cv-queue').textContent()).toMatch(/3 CVs/);
    expect(await page.getByTestId('cv-field-name').getByRole('textbox').inputValue()).toBe('Valentina Ríos');
    expect(await page.getByTestId('cv-field-timeZone').textContent()).toContain('Medellín, Colombia');
    expect(await page.getByTestId('cv-field-englishLevel').textContent()).toMatch(/Inglés: avanzado \(C1\)/);
    expect(await page.getByTestId('cv-skills').textContent()).toContain('PyTorch');
    expect(named('Valentina Ríos')).toEqual([]); // nothing is added before Save
    expect(await app.axe(page)).toEqual([]);
    await review.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await app.screenshot(page, 'cv-review');

    await page.getByTestId('cv-field-city').getByRole('textbox').fill('Envigado');
    await page.getByTestId('cv-save').click();
    await page.getByTestId('cv-saved').waitFor();
    expect(named('Valentina Ríos')).toMatchObject([{ city: 'Envigado', country: 'CO', vettingStatus: 'sourced' }]);
    // The next draft (the DOCX) takes the form; skipping it adds nothing.
    await expect.poll(() => page.getByTestId('cv-field-name').getByRole('textbox').inputValue()).toBe('Martín González');
    await page.getByTestId('cv-skip').click();
    await expect.poll(() => page.getByTestId('cv-field-name').getByRole('textbox').inputValue()).toBe('Emily Carter');
    await page.getByTestId('cv-save').click();
    await page.getByTestId('cv-saved').waitFor();
    expect(app.bench.snapshot().engineers!.length).toBe(before + 2);
    const kept = dumpTables(app.bench.path)['engineer_documents'] as { name: string }[];
    expect(kept.map((d) => d.name).sort()).toEqual(['emily-carter.txt', 'valentina-rios.pdf']);
    await page.context().close();
  }, 120_000);

  it('offers to update the person already on the bench (dark)', async () => {
    const page = await app.open('/import-export', 'dark');
    const count = app.bench.snapshot().engineers!.length;
    await drop(page, [await file(0)]);
    await page.getByTestId('cv-same-person').waitFor();
    expect(await page.getByTestId('cv-same-person').textContent()).toMatch(/Valentina Ríos/);
    await page.getByTestId('cv-review').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await app.screenshot(page, 'cv-review');
    await page.getByTestId('cv-update-existing').click();
    await page.getByTestId('cv-save').click();
    await page.getByTestId('cv-saved').waitFor();
    expect(app.bench.snapshot().engineers!.length).toBe(count);
    await page.context().close();
  }, 120_000);
});

describe('concept search and posting files', () => {
  it('"machine learning" on the Bench finds engineers by the skills of the field and says why', async () => {
    const page = await app.open('/?q=machine%20learning');
    await page.getByTestId('match-why').first().waitFor();
    expect(await page.getByTestId('match-why').first().textContent()).toMatch(/^Machine Learning: /);
    await page.context().close();
  }, 60_000);

  it('a posting file fills the role editor draft, with the reader notes', async () => {
    const page = await app.open('/roles/new?client=northwind-health');
    const text = readFileSync(join(import.meta.dirname, '../fixtures/jd/15-issue-ml-en.txt'));
    await page.getByTestId('jd-file-input').setInputFiles({ name: 'posting.txt', mimeType: 'text/plain', buffer: text });
    await page.getByTestId('jd-draft').waitFor();
    expect(await page.getByTestId('jd-notes').textContent()).toMatch(/7,200 a month/);
    expect(await page.getByTestId('jd-draft').textContent()).toMatch(/Headcount: 2/);
    await page.context().close();
  }, 60_000);
});
