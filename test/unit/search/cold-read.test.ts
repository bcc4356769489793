// A search on a freshly opened bench builds its index from the profiles alone (no assessments read,
// issue 20); once another call has read the whole snapshot, from that. Both must answer exactly as an
// index built from the snapshot: hits, scores, order, totals and facet counts, archived included or not.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateDemoBench } from '../../../db/seed';
import { openBench } from '../../../db/service/bench-service';
import { buildSearchIndex } from '../../../shared/search';

const QUERIES = ['pyhton k8s', 'senior data engineer', 'rios', 'skill:python country:AR', 'pytorch -tensorflow', 'machine learning brasil', ''];

describe('search on a freshly opened bench', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bm-search-cold-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('answers as an index built from the whole snapshot', async () => {
    const file = join(dir, 'demo.bench.json');
    const demo = generateDemoBench({ engineers: 400, seed: 3 });
    expect(demo.engineers!.some((e) => e.assessments?.length)).toBe(true);
    expect(demo.engineers!.some((e) => e.archived)).toBe(true);
    writeFileSync(file, JSON.stringify(demo));
    const db = join(dir, 'bench.sqlite');
    const seed = await openBench({ path: db });
    await seed.importFile(file);
    await seed.close();

    const cold = await openBench({ path: db });
    try {
      const answers = [];
      // `why` (a concept query's reasons) is the service's addition to the index's hits; compared elsewhere.
      const withoutWhy = (a: Awaited<ReturnType<typeof cold.search>>) => ({ ...a, results: a.results.map(({ why: _why, ...hit }) => hit) });
      for (const q of QUERIES) for (const includeArchived of [false, true]) answers.push(withoutWhy(await cold.search(q, { limit: 30, includeArchived })));
      // The reference: an index over the snapshot, assessments and all.
      const index = buildSearchIndex(cold.snapshot().engineers ?? []);
      let k = 0;
      for (const q of QUERIES) {
        for (const includeArchived of [false, true]) {
          const r = index.search(q, { limit: 30, includeArchived });
          expect(answers[k++]).toEqual({
            query: q, total: r.total, facets: r.facets,
            results: r.hits.map((h) => ({ engineerId: h.engineerId, name: index.engineer(h.engineerId)?.name ?? '', score: h.score })),
          });
        }
      }
      expect(answers.some((a) => a.total > 0)).toBe(true);
    } finally {
      await cold.close();
    }
  });
});
