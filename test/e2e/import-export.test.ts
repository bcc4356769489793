// The Import / export screen in real Chromium against browser mode: a bad bench file and a bad CSV are
// refused at the dry run with every problem by place, and the bench stays exactly as it was; a good file
// shows its counts and warnings, imports, and the Bench finds the new engineer; the bench file and the
// CSV download and read back with every engineer; a backup says where it went. axe scan; screenshots
// import-export-{light,dark}.png.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BenchFile, Engineer } from '../../shared/bench/schema';
import { dumpTables } from '../unit/db/helpers';
import { startApp, type App } from './harness';

let app: App;
let dir: string;
beforeAll(async () => {
  app = await startApp();
  dir = mkdtempSync(join(tmpdir(), 'bm-e2e-import-'));
}, 240_000);
afterAll(async () => {
  await app?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const NEW_ID = 'eng-e2e-import-1';
const NEW_NAME = 'Iracema Quintanilha';

/** A one-engineer bench file: a seeded engineer's shape under a new id, name and e-mail, plus a skill the taxonomy lacks. */
function goodFile(): string {
  const model = app.bench.snapshot().engineers!.find((e) => !e.archived)!;
  const { assessments: _a, ...rest } = model;
  const engineer: Engineer = { ...rest, id: NEW_ID, name: NEW_NAME, email: 'iracema.q@example.com', skills: [...model.skills, { name: 'Quarkwelding', level: 3, years: 2 }] };
  return JSON.stringify({ format: 'benchmatch.bench', version: 1, engineers: [engineer] } satisfies BenchFile);
}

function badFile(): string {
  const [a, b] = app.bench.snapshot().engineers!;
  return JSON.stringify({
    format: 'benchmatch.bench', version: 1,
    engineers: [{ ...a!, id: 'bad-1', timeZone: 'Mars/Olympus' }, { ...b!, id: 'bad-2', availability: { status: 'on_assignment', from: '2027-02-30' } }],
  });
}

async function pick(page: Page, name: string, text: string) {
  await page.getByTestId('import-file-input').setInputFiles({ name, mimeType: name.endsWith('.csv') ? 'text/csv' : 'application/json', buffer: Buffer.from(text) });
}

async function places(page: Page): Promise<string[]> {
  return page.getByTestId('import-problems').getByTestId('problem-place').allTextContents();
}

describe('Import / export screen', { timeout: 240_000 }, () => {
  it('refuses a bad file at the dry run with every problem by place, and the bench is unchanged', async () => {
    // The search index kept in the bench file is brought up to date by the first Bench answer (the
    // server's warm-up makes it unasked): settled first, so that "unchanged" covers it too.
    await app.bench.call('benchPage', { query: '', offset: 0, limit: 0 });
    const before = dumpTables(app.bench.path);
    const page = await app.open('/import-export', 'dark');
    // The first visit waits for the server's warm-up (the Bench's rows and search index) on a busy machine.
    await page.getByTestId('bench-summary').waitFor({ timeout: 60_000 });
    expect(await app.axe(page)).toEqual([]);

    await pick(page, 'team.bench.json', badFile());
    await page.getByTestId('import-refused').waitFor();
    expect(await page.getByTestId('import-refused').textContent()).toContain('team.bench.json was refused: nothing was written');
    expect(await places(page)).toEqual(expect.arrayContaining(['/engineers/0/timeZone', '/engineers/1/availability/from']));
    // The problems take the focus (keyboard users land on them); the list scrolls by keyboard.
    expect(await page.evaluate(() => document.activeElement?.querySelector('[data-testid="import-refused"]') !== null)).toBe(true);
    expect(await app.axe(page)).toEqual([]);
    await app.screenshot(page, 'import-export');

    // A CSV is placed by line and column.
    await page.getByTestId('import-again').click();
    const csv = 'id,name,country,timeZone,seniority,skills\nc-1,Ana Souza,BR,America/Sao_Paulo,senior,"Python:5:6"\nc-2,Luis Pérez,MX,America/Mexico_City,wizard,"Go:9:1"\n';
    await pick(page, 'engineers.csv', csv);
    await page.getByTestId('import-refused').waitFor();
    const csvPlaces = await places(page);
    expect(csvPlaces.length).toBeGreaterThan(0);
    expect(csvPlaces.every((p) => /^line \d+(, column \w+)?/.test(p))).toBe(true);
    expect(csvPlaces).toContain('line 3, column seniority');

    expect(dumpTables(app.bench.path)).toEqual(before);
    await page.context().close();
  });

  it('checks a good file (counts, warnings), imports it, and the Bench shows the new engineer', async () => {
    const engineersBefore = (await app.bench.call('stats', {})).engineers;
    const page = await app.open('/import-export');
    await page.getByTestId('bench-summary').waitFor();
    await pick(page, 'new-hire.bench.json', goodFile());
    const dry = page.getByTestId('import-dry-run');
    await dry.waitFor();
    expect(await dry.getByTestId('count-engineers').getByTestId('count-created').textContent()).toBe('1');
    expect(await dry.getByTestId('count-engineers').getByTestId('count-updated').textContent()).toBe('0');
    expect(await page.getByTestId('import-warnings').textContent()).toContain('Quarkwelding');
    // Checked, not written.
    expect((await app.bench.call('stats', {})).engineers).toBe(engineersBefore);
    expect(await app.axe(page)).toEqual([]);
    await app.screenshot(page, 'import-export');

    await page.getByTestId('import-commit').click();
    await page.getByTestId('import-done').waitFor();
    expect(await page.getByTestId('import-done').textContent()).toContain('1 engineer added, 0 updated');
    expect((await app.bench.call('stats', {})).engineers).toBe(engineersBefore + 1);

    await page.getByTestId('import-open-bench').click();
    await page.getByTestId('bench-search').fill(NEW_NAME);
    await page.getByTestId('engineer-link').filter({ hasText: NEW_NAME }).waitFor();
    expect(await page.getByTestId('engineer-link').first().textContent()).toBe(NEW_NAME);
    await page.context().close();
  });

  it('downloads the bench file and the engineers CSV with every engineer', async () => {
    const engineers = app.bench.snapshot().engineers!;
    const page = await app.open('/import-export');
    await page.getByTestId('bench-summary').waitFor();
    const [json] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-run').click()]);
    expect(json.suggestedFilename()).toMatch(/^bench-\d{4}-\d{2}-\d{2}\.bench\.json$/);
    const jsonPath = join(dir, 'bench.bench.json');
    await json.saveAs(jsonPath);
    const file = JSON.parse(readFileSync(jsonPath, 'utf8')) as BenchFile;
    expect(file.format).toBe('benchmatch.bench');
    expect(file.engineers!.map((e) => e.id).sort()).toEqual(engineers.map((e) => e.id).sort());
    expect(file.engineers!.find((e) => e.id === NEW_ID)?.name).toBe(NEW_NAME);
    await page.getByTestId('export-done').waitFor();

    await page.getByTestId('export-format').getByText('Engineers (CSV)').click();
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-run').click()]);
    const csvPath = join(dir, 'engineers.csv');
    await csv.saveAs(csvPath);
    const rows = parse(readFileSync(csvPath, 'utf8'), { bom: true, columns: true }) as { id: string }[];
    expect(rows.map((r) => r.id).sort()).toEqual(engineers.map((e) => e.id).sort());
    await page.context().close();
  });

  it('backs up now and says where the copy went', async () => {
    const page = await app.open('/import-export');
    await page.getByTestId('backup-run').click();
    const path = (await page.getByTestId('backup-path').textContent()) ?? '';
    expect(path).toMatch(/bench-backup-.*\.sqlite$/);
    expect(existsSync(path)).toBe(true);
    await page.context().close();
  });
});
