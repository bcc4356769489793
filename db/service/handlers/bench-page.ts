// `benchPage`: the Bench table's rows a window at a time (shared/api/bench-page.ts). A view (query,
// facets, sort) is worked out once per bench version into the ordered ids of its engineers, kept in a
// small cache, and each window reads just its own engineers; nothing here reads the whole bench into
// objects. The search and the facet counts come from the persisted search index (the warm one when the
// bench cannot bring it up to date: read-only); an unfiltered view is every engineer in id order, read
// from the id index; a sort reads one key per engineer (bench-view/sort-keys.ts).
import type { BenchPage } from '../../../shared/api/bench-page';
import type { benchPageApi } from '../../../shared/api/bench-page';
import type { HandlersFor, ParsedInputOf } from '../../../shared/api/define';
import { toColumns, type EngineerRow } from '../../../shared/api/engineer-rows';
import type { Engineer } from '../../../shared/bench/schema';
import type { BenchSortColumn } from '../../../shared/bench-view/sort-keys';
import { parseQuery, type FacetCounts } from '../../../shared/search';
import { expandConcepts, whyConcepts } from '../../../shared/search/concepts';
import { whyMatched } from '../../../shared/search/why';
import { readEngineers } from '../../repos/bench-reader';
import { countEngineerRows, engineerIdsInOrder } from '../../repos/engineer-ids';
import { readSortKeys } from '../bench-view/sort-keys';
import type { ServiceContext } from '../context';
import type { Answering } from '../search-indexes';
import { toRow } from './engineers';

type Input = ParsedInputOf<(typeof benchPageApi)['benchPage']>;

interface View {
  ids: string[];
  facets: FacetCounts;
  benchCount: number;
}

/** Views kept per version: the current one, the one before a keystroke, a few sorts of them. */
const VIEWS_KEPT = 8;
/** Rows kept per version: a keystroke's window mostly holds engineers the last keystroke's did. */
const ROWS_KEPT = 5000;

export function benchPageHandlers(svc: ServiceContext): HandlersFor<typeof benchPageApi> {
  let version = -1;
  const views = new Map<string, View>();
  const sortKeys = new Map<BenchSortColumn, Map<string, string | number>>();
  const rows = new Map<string, { row: EngineerRow; engineer: Engineer }>();

  /** The search index for this version: the persisted one whenever it can answer (never a whole-bench read). */
  const index = (): Answering => svc.searchIndexes.persisted(version) ?? svc.searchIndexes.warm(version);

  function viewOf(input: Input): View {
    if (svc.bench.version !== version) {
      version = svc.bench.version;
      views.clear();
      sortKeys.clear();
      rows.clear();
    }
    const key = JSON.stringify([input.query, input.facets ?? {}, input.sort ?? null, input.includeArchived === true]);
    const hit = views.get(key);
    if (hit) {
      // Most recently used last, so the oldest goes first.
      views.delete(key);
      views.set(key, hit);
      return hit;
    }
    const view = computeView(input);
    views.set(key, view);
    if (views.size > VIEWS_KEPT) views.delete(views.keys().next().value!);
    return view;
  }

  function computeView(input: Input): View {
    const includeArchived = input.includeArchived === true;
    const benchCount = countEngineerRows(svc.raw, includeArchived);
    const filtered = input.query.trim() !== '' || Object.keys(input.facets ?? {}).length > 0;
    const search = index().index;
    let ids: string[];
    let facets: FacetCounts;
    if (!filtered) {
      // The whole bench in id order comes from the id index; the search only counts the facets.
      ids = engineerIdsInOrder(svc.raw, includeArchived);
      facets = search.search('', { limit: 0, includeArchived }).facets;
    } else {
      const r = search.search(input.query, { ...(input.facets ? { facets: input.facets } : {}), includeArchived, limit: benchCount });
      ids = r.hits.map((h) => h.engineerId);
      facets = r.facets;
    }
    if (input.sort) ids = sortIds(ids, input.sort.column, input.sort.desc);
    return { ids, facets, benchCount };
  }

  /** The ids by one column's key, ties in their given order (relevance, or id). */
  function sortIds(ids: string[], column: BenchSortColumn, desc: boolean): string[] {
    let keys = sortKeys.get(column);
    if (!keys) {
      keys = readSortKeys(svc.raw, column);
      sortKeys.set(column, keys);
    }
    const k = ids.map((id) => keys.get(id)!);
    const dir = desc ? -1 : 1;
    const order = Array.from(ids.keys());
    order.sort((a, b) => {
      const x = k[a]!;
      const y = k[b]!;
      return x < y ? -dir : x > y ? dir : a - b;
    });
    return order.map((i) => ids[i]!);
  }

  /** The window's rows and profiles, read for those not read earlier in this version. */
  function windowOf(ids: string[]): { row: EngineerRow; engineer: Engineer }[] {
    const missing = ids.filter((id) => !rows.has(id));
    for (const e of readEngineers(svc.raw, missing)) rows.set(e.id, { row: toRow(e), engineer: e });
    const out = ids.map((id) => rows.get(id)!);
    for (const id of rows.keys()) {
      if (rows.size <= ROWS_KEPT) break;
      rows.delete(id);
    }
    return out;
  }

  return {
    benchPage(input) {
      const view = viewOf(input);
      const window = windowOf(view.ids.slice(input.offset, input.offset + input.limit));
      const engineers = window.map((w) => w.engineer);
      const clauses = input.query.trim() ? parseQuery(input.query) : [];
      const { concepts } = expandConcepts(clauses);
      const matched = engineers.map((e) => {
        const m = clauses.length ? whyMatched(e, clauses) : [];
        return m.length ? m : null;
      });
      const why = engineers.map((e) => (concepts.length ? (whyConcepts(e, concepts) ?? null) : null));
      const page: BenchPage = {
        total: view.ids.length,
        benchCount: view.benchCount,
        offset: input.offset,
        columns: toColumns(window.map((w) => w.row)),
        matched,
        why,
        facets: view.facets,
        version,
        ...(input.allIds ? { ids: view.ids } : {}),
      };
      return page;
    },
  };
}
