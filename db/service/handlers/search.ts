// `search`: a bench version's first search answers from the index persisted in the bench file
// (db/search-index/), reading only the lists and engineers the query names: a cold `benchmatch search`
// never reads every profile (issue 20). From its second search on (someone typing in the Bench), the
// warm in-memory index is built once per version and answers every keystroke. A bench whose persisted
// index cannot be brought up to date here (read-only, or another process holding the write lock past
// the wait) builds the warm index from the profiles instead; the answers are the same either way.
import type { HandlersFor } from '../../../shared/api/define';
import type { searchApi } from '../../../shared/api/search';
import { parseQuery } from '../../../shared/search';
import { expandConcepts, whyConcepts } from '../../../shared/search/concepts';
import { whyMatched } from '../../../shared/search/why';
import type { Answering } from '../search-indexes';
import type { ServiceContext } from '../context';

const WHY_ROWS = 500;

export function searchHandlers(svc: ServiceContext): HandlersFor<typeof searchApi> {
  let cached: Answering | undefined;
  const answering = (): Answering => {
    const version = svc.bench.version;
    if (cached?.version === version && (cached.warm || svc.cachedSnapshot() === undefined)) {
      // The second search of a version: someone is typing; the warm index answers from now on.
      if (!cached.warm) cached = svc.searchIndexes.warm(version);
      return cached;
    }
    cached = (svc.cachedSnapshot() ? undefined : svc.searchIndexes.persisted(version)) ?? svc.searchIndexes.warm(version);
    return cached;
  };

  return {
    search(input) {
      const a = answering();
      const r = a.index.search(input.query, {
        ...(input.facets ? { facets: input.facets } : {}),
        ...(input.includeArchived !== undefined ? { includeArchived: input.includeArchived } : {}),
        ...(input.limit !== undefined ? { limit: input.limit } : {}),
        ...(input.offset !== undefined ? { offset: input.offset } : {}),
      });
      const clauses = parseQuery(input.query);
      const { concepts } = expandConcepts(clauses);
      const engineers = a.engineers(r.hits.map((h) => h.engineerId));
      return {
        query: input.query,
        total: r.total,
        results: r.hits.map((h, i) => {
          const e = engineers.get(h.engineerId);
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
