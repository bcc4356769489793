// `benchPage` (shared/api/bench-page.ts) on a real bench file: the Bench's windows, laid end to end, are
// exactly the view the whole bench would give — the warm index's hits in relevance order (or every
// engineer by id), sorted by the column keys the table declares, with the same totals and facet counts
// — while the service reads only the window's engineers. Broad and narrow queries take both of the
// persisted source's facet paths (per candidate, and every engineer's row once).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BENCH_PAGE_MAX } from '../../../shared/api/bench-page';
import { fromColumns, type EngineerRow } from '../../../shared/api/engineer-rows';
import { BENCH_SORT_COLUMNS, SORT_KEY, type BenchSortColumn } from '../../../shared/bench-view/sort-keys';
import { buildSearchIndex, parseQuery, type SearchFacets } from '../../../shared/search';
import { whyMatched } from '../../../shared/search/why';
import { generateDemoBench } from '../../../db/seed';
import { openBench, type Bench } from '../../../db/service/bench-service';
import { toRow } from '../../../db/service/handlers/engineers';

const dir = mkdtempSync(join(tmpdir(), 'bm-bench-page-'));
let bench: Bench;
const ARCHIVED = 3;

beforeAll(async () => {
  bench = await openBench({ path: join(dir, 'bench.sqlite') });
  const demo = generateDemoBench({ engineers: 2600, seed: 11 });
  demo.engineers![ARCHIVED]!.archived = true;
  // Engineers whose assessed English is not their profile's: the table shows (and sorts by) the assessed one.
  for (const e of demo.engineers!.filter((x) => x.assessments?.length).slice(0, 40)) {
    e.englishLevel = 'A2';
    for (const a of e.assessments!) a.englishLevel = 'C2';
  }
  const file = join(dir, 'demo.bench.json');
  writeFileSync(file, JSON.stringify(demo));
  await bench.importFile(file);
}, 120_000);
afterAll(async () => {
  await bench?.close();
  rmSync(dir, { recursive: true, force: true });
});

type View = { query: string; facets?: SearchFacets; sort?: { column: BenchSortColumn; desc: boolean }; includeArchived?: boolean };

/** Every row of a view, read window by window as the table would. */
async function wholeView(view: View, limit = 450): Promise<{ rows: EngineerRow[]; total: number; pages: number }> {
  const first = await bench.call('benchPage', { ...view, offset: 0, limit });
  const rows = fromColumns(first.columns);
  let pages = 1;
  for (let offset = limit; offset < first.total; offset += limit) {
    const page = await bench.call('benchPage', { ...view, offset, limit });
    expect(page.offset).toBe(offset);
    expect(page.version).toBe(first.version);
    rows.push(...fromColumns(page.columns));
    pages++;
  }
  return { rows, total: first.total, pages };
}

/** The view as the whole bench in memory gives it: the warm index's order, then a stable sort by the column's key. */
function expected(view: View): { ids: string[]; total: number; facets: unknown } {
  const engineers = bench.snapshot().engineers ?? [];
  const index = buildSearchIndex(engineers);
  const r = index.search(view.query, { ...(view.facets ? { facets: view.facets } : {}), includeArchived: view.includeArchived === true, limit: engineers.length });
  let ids = r.hits.map((h) => h.engineerId);
  const filtered = view.query.trim() !== '' || Object.keys(view.facets ?? {}).length > 0;
  if (!filtered) ids = [...ids].sort();
  if (view.sort) {
    const rows = new Map(engineers.map((e) => [e.id, toRow(e)]));
    const key = SORT_KEY[view.sort.column];
    const dir = view.sort.desc ? -1 : 1;
    ids = ids.map((id, i) => ({ id, i, k: key(rows.get(id)!) })).sort((a, b) => (a.k < b.k ? -dir : a.k > b.k ? dir : a.i - b.i)).map((x) => x.id);
  }
  return { ids, total: r.total, facets: r.facets };
}

describe('benchPage', { timeout: 120_000 }, () => {
  it('lays the whole bench out window by window, in id order, without the archived engineer unless asked', async () => {
    const engineers = bench.snapshot().engineers ?? [];
    const active = engineers.filter((e) => !e.archived).map(toRow).sort((a, b) => (a.id < b.id ? -1 : 1));
    const { rows, total, pages } = await wholeView({ query: '' });
    expect(pages).toBeGreaterThan(5);
    expect(total).toBe(active.length);
    expect(rows).toEqual(active);
    const first = await bench.call('benchPage', { query: '', offset: 0, limit: 10 });
    expect(first.benchCount).toBe(active.length);
    expect(first.facets).toEqual(expected({ query: '' }).facets);
    const withArchived = await bench.call('benchPage', { query: '', offset: 0, limit: 0, includeArchived: true, allIds: true });
    expect(withArchived.total).toBe(engineers.length);
    expect(withArchived.ids).toContain(engineers[ARCHIVED]!.id);
    expect(first.columns.id).not.toContain(engineers[ARCHIVED]!.id);
  });

  it.each<View>([
    { query: 'python' },
    { query: 'pyth' },
    { query: 'rio' },
    { query: 'k8s' },
    { query: 'machine learning' },
    { query: '-python senior' },
    { query: '', facets: { country: ['BR'], seniority: ['senior', 'lead'] } },
    { query: 'python', facets: { englishAtLeast: 'B2', availability: ['available'] } },
    { query: 'nobody-has-this-word' },
  ])('answers $query $facets as the warm index does: order, total and facet counts', async (view) => {
    const want = expected(view);
    const page = await bench.call('benchPage', { ...view, offset: 0, limit: 0, allIds: true });
    expect(page.ids).toEqual(want.ids);
    expect(page.total).toBe(want.total);
    expect(page.facets).toEqual(want.facets);
    const { rows } = await wholeView(view);
    expect(rows.map((r) => r.id)).toEqual(want.ids);
  });

  it.each(BENCH_SORT_COLUMNS.flatMap((column) => [false, true].map((desc) => ({ column, desc }))))('sorts by $column (desc: $desc) as the table\'s key says, ties in relevance order', async (sort) => {
    for (const query of ['python', '']) {
      const view = { query, sort };
      const page = await bench.call('benchPage', { ...view, offset: 0, limit: 0, allIds: true });
      expect(page.ids).toEqual(expected(view).ids);
    }
  });

  it('sorts by the assessed English, not the profile\'s', async () => {
    const assessed = (bench.snapshot().engineers ?? []).filter((e) => e.englishLevel === 'A2' && e.assessments?.some((a) => a.englishLevel === 'C2') && !e.archived);
    expect(assessed.length).toBeGreaterThan(10);
    const page = await bench.call('benchPage', { query: '', sort: { column: 'english', desc: true }, offset: 0, limit: 0, allIds: true });
    const c2 = (bench.snapshot().engineers ?? []).filter((e) => !e.archived && toRow(e).english === 'C2').length;
    const top = new Set(page.ids!.slice(0, c2));
    for (const e of assessed) expect(top.has(e.id)).toBe(true);
  });

  it('says why each row of a window matched, as whyMatched does for that engineer', async () => {
    const query = 'rio python';
    const page = await bench.call('benchPage', { query, offset: 0, limit: 50 });
    expect(page.columns.id.length).toBeGreaterThan(0);
    const byId = new Map((bench.snapshot().engineers ?? []).map((e) => [e.id, e]));
    page.columns.id.forEach((id, i) => {
      const m = whyMatched(byId.get(id!)!, parseQuery(query));
      expect(page.matched[i]).toEqual(m.length ? m : null);
    });
    const concept = await bench.call('benchPage', { query: 'machine learning', offset: 0, limit: 20 });
    expect(concept.why.some((w) => typeof w === 'string' && w.length > 0)).toBe(true);
  });

  it('answers a changed bench with the change: a renamed engineer moves in the name order', async () => {
    const before = await bench.call('benchPage', { query: '', sort: { column: 'name', desc: false }, offset: 0, limit: 1 });
    const last = (await bench.call('benchPage', { query: '', sort: { column: 'name', desc: false }, offset: before.total - 1, limit: 1 })).columns.id[0]!;
    const engineer = await bench.call('getEngineer', { id: last });
    const { id: _id, assessments: _a, ...profile } = engineer;
    await bench.call('updateEngineer', { id: last, profile: { ...profile, name: 'Aaaron Aaberg' } });
    const after = await bench.call('benchPage', { query: '', sort: { column: 'name', desc: false }, offset: 0, limit: 1 });
    expect(after.version).not.toBe(before.version);
    expect(after.columns.id[0]).toBe(last);
    expect(after.columns.name[0]).toBe('Aaaron Aaberg');
    const found = await bench.call('benchPage', { query: 'aaberg', offset: 0, limit: 5 });
    expect(found.columns.id).toEqual([last]);
  });

  it('refuses a window too large, a negative offset or an unknown column, saying where', async () => {
    const version = (await bench.call('benchPage', { query: '', offset: 0, limit: 1 })).version;
    const refused = async (input: unknown, where: string) => {
      const err = await bench.call('benchPage', input as never).then(() => undefined, (e: unknown) => e);
      expect(err).toMatchObject({ code: 'invalid_input' });
      expect((err as { problems: { where: string }[] }).problems.map((p) => p.where)).toContain(where);
    };
    await refused({ query: '', offset: 0, limit: BENCH_PAGE_MAX + 1 }, '/limit');
    await refused({ query: '', offset: -1, limit: 10 }, '/offset');
    await refused({ query: '', offset: 0, limit: 10, sort: { column: 'email', desc: false } }, '/sort/column');
    expect((await bench.call('benchPage', { query: '', offset: 0, limit: 1 })).version).toBe(version);
  });
});
