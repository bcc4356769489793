// The Bench as a big bench uses it, at a size the e2e can afford: 3,000 engineers, so the table holds
// only the blocks of rows it has asked the service for (useBenchPage, 100 rows a block) and everything
// else (the end of the list, a search, a facet, a sort, select all) goes through `benchPage` exactly as
// it does at 100k.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engineer } from '../../shared/bench/schema';
import { SORT_KEY } from '../../shared/bench-view/sort-keys';
import { toRow } from '../../db/service/handlers/engineers';
import { startApp, type App } from './harness';

let app: App;
let active: Engineer[];
beforeAll(async () => {
  app = await startApp({ engineers: 3000, seed: 8 });
  active = app.bench.snapshot().engineers!.filter((e) => !e.archived).sort((a, b) => (a.id < b.id ? -1 : 1));
}, 240_000);
afterAll(async () => {
  await app?.close();
});

const count = new Intl.NumberFormat('en-US');
async function waitForCount(page: Page, text: string) {
  await page.getByTestId('result-count').filter({ hasText: new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }).waitFor();
}

/** The rows drawn once every block they need has arrived, by their place in the view. */
async function drawnRows(page: Page): Promise<{ index: number; name: string }[]> {
  await page.waitForFunction(() => !document.querySelector('[data-testid="bench-row-pending"]'));
  const rows = await page.getByTestId('bench-row').evaluateAll((els) => els.map((r) => ({
    index: Number(r.getAttribute('aria-rowindex')) - 2,
    name: r.querySelector('[data-testid="engineer-link"]')?.textContent ?? '',
  })));
  return rows.sort((a, b) => a.index - b.index);
}

async function scrollToEnd(page: Page): Promise<void> {
  await page.getByTestId('bench-table-scroll').evaluate((el) => { el.scrollTop = el.scrollHeight; });
}

describe('a paged Bench (3,000 engineers)', { timeout: 240_000 }, () => {
  it('holds only the blocks it drew, and scrolling to the end shows the last engineer', async () => {
    const asked: { offset: number; limit: number }[] = [];
    const page = await app.open('/', 'light', {
      listen: (p) => p.on('request', (r) => {
        if (r.url().endsWith('/api/benchPage')) asked.push(r.postDataJSON() as { offset: number; limit: number });
      }),
    });
    await waitForCount(page, `${count.format(active.length)} engineers`);
    const [first] = await drawnRows(page);
    expect(first).toEqual({ index: 0, name: active[0]!.name });
    // Only blocks near the top were asked for: the page has not been sent the bench.
    expect(asked.length).toBeGreaterThan(0);
    expect(Math.max(...asked.map((a) => a.offset + a.limit))).toBeLessThanOrEqual(400);
    await scrollToEnd(page);
    await expect.poll(async () => (await drawnRows(page)).at(-1)).toEqual({ index: active.length - 1, name: active.at(-1)!.name });
    // Home and End from the keyboard go to either end, with the engineers there.
    await page.getByTestId('bench-table-scroll').focus();
    await page.keyboard.press('Home');
    await expect.poll(async () => (await drawnRows(page))[0]).toEqual({ index: 0, name: active[0]!.name });
    await page.keyboard.press('End');
    await expect.poll(() => page.getByTestId('bench-table-scroll').getAttribute('aria-activedescendant')).toBe(`row-${active.at(-1)!.id}`);
    await page.context().close();
  });

  it('a search narrows the total to the search\'s own, and its last row is there at the end', async () => {
    const query = 'python';
    const expected = await app.bench.call('search', { query, limit: 10_000 });
    expect(expected.total).toBeGreaterThan(400);
    const page = await app.open('/');
    await waitForCount(page, `${count.format(active.length)} engineers`);
    await page.getByTestId('bench-search').fill(query);
    await waitForCount(page, `${count.format(expected.total)} engineers of ${count.format(active.length)}`);
    expect(await page.getByTestId('engineer-link').first().textContent()).toBe(expected.results[0]!.name);
    await scrollToEnd(page);
    await expect.poll(async () => (await drawnRows(page)).at(-1)).toEqual({ index: expected.total - 1, name: expected.results.at(-1)!.name });
    await page.context().close();
  });

  it('a facet\'s count is the rows it leaves, sorted by a column as its key says; select all takes them all', async () => {
    const page = await app.open('/');
    const facet = page.getByTestId('facet-country-BR');
    await facet.waitFor();
    const br = active.filter((e) => e.country === 'BR');
    expect(Number(await facet.getAttribute('data-count'))).toBe(br.length);
    await facet.click();
    await waitForCount(page, `${count.format(br.length)} engineers of ${count.format(active.length)}`);
    // Bill rate sorts biggest first on the first click; ties stay in id order.
    await page.getByTestId('bench-table-scroll').getByRole('button', { name: 'Bill rate', exact: true }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBe('billPerHour.desc');
    const key = SORT_KEY.billPerHour;
    const sorted = br.map((e, i) => ({ e, i, k: key(toRow(e)) as number })).sort((a, b) => b.k - a.k || a.i - b.i).map((x) => x.e);
    await expect.poll(async () => (await drawnRows(page)).slice(0, 5).map((r) => r.name)).toEqual(sorted.slice(0, 5).map((e) => e.name));
    await scrollToEnd(page);
    await expect.poll(async () => (await drawnRows(page)).at(-1)).toEqual({ index: br.length - 1, name: sorted.at(-1)!.name });

    await page.getByRole('checkbox', { name: 'Select all shown engineers' }).click();
    await expect.poll(() => page.getByTestId('selected-count').textContent()).toBe(`${count.format(br.length)} selected`);
    await page.context().close();
  });
});
