// The Bench screen in real Chromium against browser mode on a fresh seeded bench: every engineer shown,
// a typo still finds the right engineer, a facet narrows the list to exactly its count, the view lives
// in the URL, recycled rows stay in step after long scrolls; axe scan and screenshots in light and dark.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engineer } from '../../shared/bench/schema';
import { fold } from '../../shared/text/fold';
import { startApp, type App } from './harness';

let app: App;
let active: Engineer[];
beforeAll(async () => {
  app = await startApp();
  active = app.bench.snapshot().engineers!.filter((e) => !e.archived);
}, 240_000);
afterAll(async () => {
  await app?.close();
});

const count = new Intl.NumberFormat('en-US');
const resultCount = async (page: Page) => ((await page.getByTestId('result-count').textContent()) ?? '').trim();
async function waitForCount(page: Page, text: string) {
  await page.getByTestId('result-count').filter({ hasText: new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }).waitFor();
}

/** An engineer whose surname (6-7 letters, one edit allowed) no other engineer shares, with a typo in it. */
function typoTarget(): { engineer: Engineer; query: string } {
  const surname = (e: Engineer) => fold(e.name.split(/\s+/).at(-1)!);
  const seen = new Map<string, number>();
  for (const e of app.bench.snapshot().engineers!) seen.set(surname(e), (seen.get(surname(e)) ?? 0) + 1);
  const engineer = active.find((e) => /^[a-z]{6,7}$/.test(surname(e)) && seen.get(surname(e)) === 1);
  if (!engineer) throw new Error('no engineer with a unique 6-7 letter surname in the demo bench');
  const s = surname(engineer);
  // One substitution in the middle: "ferrer" -> "fexrer".
  const i = 2;
  const query = s.slice(0, i) + (s[i] === 'x' ? 'z' : 'x') + s.slice(i + 1);
  return { engineer, query };
}

describe('Bench screen', { timeout: 240_000 }, () => {
  it('shows every active engineer of the seeded bench', async () => {
    const page = await app.open('/');
    await waitForCount(page, `${count.format(active.length)} engineers`);
    const rows = await page.getByTestId('bench-row').count();
    expect(rows).toBeGreaterThan(10);
    const firstById = [...active].sort((a, b) => (a.id < b.id ? -1 : 1))[0]!;
    expect(await page.getByTestId('engineer-link').first().textContent()).toBe(firstById.name);
    for (const scheme of ['light', 'dark'] as const) {
      const p = scheme === 'light' ? page : await app.open('/', 'dark');
      await p.getByTestId('bench-row').first().waitFor();
      await app.screenshot(p, 'bench');
      expect(await app.axe(p)).toEqual([]);
      if (p !== page) await p.context().close();
    }
    await page.context().close();
  });

  it('finds the right engineer from a query with a typo', async () => {
    const { engineer, query } = typoTarget();
    const page = await app.open('/');
    await page.getByTestId('bench-row').first().waitFor();
    await page.getByTestId('bench-search').pressSequentially(query, { delay: 30 });
    await page.getByTestId('engineer-link').filter({ hasText: engineer.name }).waitFor();
    expect(await resultCount(page)).toMatch(/ of /);
    // The URL follows the input a moment after typing stops.
    await page.waitForURL((u) => u.searchParams.get('q') === query);
    await page.context().close();
  });

  it('narrows the list with a facet to exactly its count, and restores the view from the URL', async () => {
    const page = await app.open('/');
    await page.getByTestId('bench-row').first().waitFor();
    const facet = page.getByTestId('facet-country-BR');
    await facet.waitFor();
    const n = Number(await facet.getAttribute('data-count'));
    expect(n).toBe(active.filter((e) => e.country === 'BR').length);
    // click, not check(): the box turns on when the router commits the new URL, a moment later.
    await facet.click();
    await waitForCount(page, `${count.format(n)} engineer${n === 1 ? '' : 's'} of ${count.format(active.length)}`);
    expect(new URL(page.url()).searchParams.getAll('country')).toEqual(['BR']);
    const countries = await page.locator('[data-testid="bench-row"] td:nth-child(3)').allTextContents();
    expect(new Set(countries)).toEqual(new Set(['BR']));
    await app.screenshot(page, 'bench-facet');
    // A bookmark of this view opens the same view.
    const bookmark = new URL(page.url());
    const again = await app.open(`${bookmark.pathname}${bookmark.search}`);
    await waitForCount(again, `${count.format(n)} engineer${n === 1 ? '' : 's'} of ${count.format(active.length)}`);
    expect(await again.getByTestId('facet-country-BR').isChecked()).toBe(true);
    await again.context().close();
    await page.context().close();
  });

  it('keeps every drawn row in step after a long scroll: its place, its row number and its engineer', async () => {
    const byId = [...active].sort((a, b) => (a.id < b.id ? -1 : 1));
    const page = await app.open('/');
    await waitForCount(page, `${count.format(active.length)} engineers`);
    const scroller = page.getByTestId('bench-table-scroll');
    for (const at of [0.37, 1]) {
      // Rows are recycled DOM slots placed by transform (BenchTable.tsx): after a jump, each slot must show
      // the engineer of the index it is placed at, and the drawn indexes must run without a gap.
      await scroller.evaluate((el, f) => { el.scrollTop = f * (el.scrollHeight - el.clientHeight); }, at);
      await page.waitForFunction(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(true)))));
      // Rows come a block at a time (useBenchPage): a row drawn before its block arrives is a placeholder.
      await page.waitForFunction(() => !document.querySelector('[data-testid="bench-row-pending"]'));
      const drawn = await page.getByTestId('bench-row').evaluateAll((rows) => rows.map((r) => ({
        index: Number(r.getAttribute('aria-rowindex')) - 2,
        top: new DOMMatrix(getComputedStyle(r).transform).m42,
        name: r.querySelector('[data-testid="engineer-link"]')?.textContent ?? '',
      })));
      drawn.sort((a, b) => a.index - b.index);
      expect(drawn.length).toBeGreaterThan(10);
      expect(drawn.at(-1)!.index - drawn[0]!.index).toBe(drawn.length - 1);
      for (const row of drawn) {
        expect(row.top).toBe(row.index * 34);
        expect(row.name).toBe(byId[row.index]!.name);
      }
      if (at === 1) expect(drawn.at(-1)!.index).toBe(byId.length - 1);
    }
    await page.context().close();
  });

  it('moves through rows with the keyboard and opens one with Enter', async () => {
    const page = await app.open('/');
    await page.getByTestId('bench-row').first().waitFor();
    await page.getByTestId('bench-table-scroll').focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    const second = (await page.locator('[data-testid="bench-row"][data-active="true"] [data-testid="engineer-link"]').textContent())!;
    await page.keyboard.press('Enter');
    await page.getByTestId('engineer-name').filter({ hasText: second }).waitFor();
    await page.context().close();
  });
});
