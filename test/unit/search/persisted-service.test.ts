// The service's first search of a bench version answers from the persisted index, brought up to date
// first with what another connection wrote (the CLI beside the app, the team sync): the answer is the
// warm index's, and it finds the new words.
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { searchIndexState } from '../../../db/search-index/refresh';
import { generateDemoBench } from '../../../db/seed';
import { openBench } from '../../../db/service/bench-service';
import { buildSearchIndex } from '../../../shared/search';

describe('search from the persisted index', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bm-search-persisted-svc-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('catches up with another connection\'s write before answering, as the warm index would', async () => {
    const file = join(dir, 'demo.bench.json');
    writeFileSync(file, JSON.stringify(generateDemoBench({ engineers: 300, seed: 5 })));
    const db = join(dir, 'bench.sqlite');
    const first = await openBench({ path: db });
    await first.importFile(file);
    await first.search('python');
    await first.close();

    const other = new Database(db);
    expect(searchIndexState(other).fresh).toBe(true);
    const target = other.prepare('SELECT id FROM engineers ORDER BY id LIMIT 1 OFFSET 7').pluck().get() as string;
    other.prepare("UPDATE engineers SET city = 'Xiquexique' WHERE id = ?").run(target);
    expect(searchIndexState(other).dirty).toBe(1);
    other.close();

    const bench = await openBench({ path: db });
    try {
      const found = await bench.search('xiquexique', { limit: 5 });
      expect(found.results.map((r) => r.engineerId)).toEqual([target]);
      const check = new Database(db, { readonly: true });
      expect(searchIndexState(check).fresh).toBe(true);
      check.close();
      const warm = buildSearchIndex(bench.snapshot().engineers ?? []).search('xiquexique', { limit: 5 });
      expect(found.total).toBe(warm.total);
      expect(found.facets).toEqual(warm.facets);
    } finally {
      await bench.close();
    }
  });
});

describe('erasure and the persisted index', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bm-search-persisted-erase-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('takes an erased person\'s words out of the persisted lists before the file is compacted', async () => {
    const file = join(dir, 'demo.bench.json');
    const demo = generateDemoBench({ engineers: 40, seed: 9 });
    const person = demo.engineers![5]!;
    person.name = 'Zyxwq Quartzberg';
    writeFileSync(file, JSON.stringify(demo));
    const db = join(dir, 'bench.sqlite');
    const bench = await openBench({ path: db });
    try {
      await bench.importFile(file);
      expect((await bench.search('quartzberg')).results.map((r) => r.engineerId)).toEqual([person.id]);
      const lists = new Database(db, { readonly: true });
      const held = lists.prepare("SELECT df FROM search_lists WHERE key = 't:quartzberg'").pluck();
      expect(held.get()).toBe(1);
      await bench.call('erasePerson', { engineerId: person.id });
      expect(held.get()).toBeUndefined();
      expect(searchIndexState(lists).fresh).toBe(true);
      lists.close();
      expect((await bench.search('quartzberg')).total).toBe(0);
    } finally {
      await bench.close();
    }
  });
});
