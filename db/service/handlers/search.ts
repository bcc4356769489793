// `search`: the index is built once per bench version (any mutation bumps it) and reused for every
// keystroke until the bench changes. It needs the profiles only: from the snapshot when another call
// has read it, else from a read without the assessments (a cold `benchmatch search`, issue 20).
import type { HandlersFor } from '../../../shared/api/define';
import type { searchApi } from '../../../shared/api/search';
import { buildSearchIndex, parseQuery, type SearchIndex } from '../../../shared/search';
import { expandConcepts, whyConcepts } from '../../../shared/search/concepts';
import { whyMatched } from '../../../shared/search/why';
import { readEngineers } from '../../repos/bench-reader';
import type { ServiceContext } from '../context';

const WHY_ROWS = 500;

export function searchHandlers(svc: ServiceContext): HandlersFor<typeof searchApi> {
  let cached: { version: number; index: SearchIndex } | undefined;
  const index = (): SearchIndex => {
    const version = svc.bench.version;
    if (!cached || cached.version !== version) {
      const engineers = svc.cachedSnapshot()?.engineers ?? readEngineers(svc.raw, undefined, { assessments: false });
      cached = { version, index: buildSearchIndex(engineers) };
    }
    return cached.index;
  };

  return {
    search(input) {
      const idx = index();
      const r = idx.search(input.query, {
        ...(input.facets ? { facets: input.facets } : {}),
        ...(input.includeArchived !== undefined ? { includeArchived: input.includeArchived } : {}),
        ...(input.limit !== undefined ? { limit: input.limit } : {}),
        ...(input.offset !== undefined ? { offset: input.offset } : {}),
      });
      const clauses = parseQuery(input.query);
      const { concepts } = expandConcepts(clauses);
      return {
        query: input.query,
        total: r.total,
        results: r.hits.map((h, i) => {
          const e = idx.engineer(h.engineerId);
          const why = e && concepts.length ? whyConcepts(e, concepts) : undefined;
          // Said for the first rows only: the Bench asks for up to 10,000 on every keystroke, and nobody
          // reads why row 5,000 matched before scrolling there with a narrower query.
          const matched = e && input.explain && i < WHY_ROWS ? whyMatched(e, clauses) : [];
          return { engineerId: h.engineerId, name: e?.name ?? '', score: h.score, ...(why ? { why } : {}), ...(matched.length ? { matched } : {}) };
        }),
        facets: r.facets,
      };
    },
  };
}
