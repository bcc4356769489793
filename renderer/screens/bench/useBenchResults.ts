// What the Bench table shows for a view: every row when nothing filters, else the search's hits (in
// relevance order) mapped onto the rows already loaded. Each keystroke fires a search right away
// (a tiny debounce only merges bursts); answers that arrive after a newer one are dropped.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { EngineerRow } from '../../../shared/api/engineer-rows';
import type { FacetCounts, SearchFacets } from '../../../shared/search/types';
import { api } from '../../api/client';
import type { MatchReason } from '../../../shared/search/why';

const DEBOUNCE_MS = 8;
/** The search method's own ceiling: a query matching more shows its best this-many, and says so. */
export const MAX_SHOWN = 10_000;

export interface BenchResults {
  rows: EngineerRow[] | undefined;
  facets: FacetCounts | undefined;
  searching: boolean;
  error: unknown;
  /** The query the shown rows answer (the input can be ahead of it while a search runs). */
  shownQuery: string;
  /** How many engineers match (can exceed the rows shown when a search matches more than MAX_SHOWN). */
  total: number | undefined;
}

type Why = { why?: string; matched?: MatchReason[] };

/** Per engineer, why the search matched them: a concept's skills, and which field each word hit. */
function whyOf(results: ({ engineerId: string } & Why)[]): Map<string, Why> | undefined {
  const m = new Map<string, Why>();
  for (const r of results) {
    if (r.why || r.matched) m.set(r.engineerId, { ...(r.why ? { why: r.why } : {}), ...(r.matched ? { matched: r.matched } : {}) });
  }
  return m.size ? m : undefined;
}

export function useBenchResults(all: EngineerRow[] | undefined, version: number | undefined, q: string, facets: SearchFacets): BenchResults {
  const byId = useMemo(() => new Map((all ?? []).map((r) => [r.id, r])), [all]);
  const [state, setState] = useState<{ ids: string[] | null; why?: Map<string, Why>; facets?: FacetCounts; error?: unknown; searching: boolean; q?: string; total?: number }>({ ids: null, searching: true });
  const seq = useRef(0);
  const facetsKey = JSON.stringify(facets);
  const filtering = q.trim() !== '' || facetsKey !== '{}';

  useEffect(() => {
    if (!all) return;
    const mine = ++seq.current;
    setState((s) => ({ ...s, searching: true }));
    const timer = setTimeout(() => {
      api.search({ query: q, facets, limit: filtering ? Math.min(all.length, MAX_SHOWN) : 0, explain: true })
        .then(
          (res) => mine === seq.current && setState({ ids: filtering ? res.results.map((h) => h.engineerId) : null, why: whyOf(res.results), facets: res.facets, searching: false, q, total: res.total }),
          (error: unknown) => mine === seq.current && setState({ ids: null, error, searching: false }),
        );
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
    // facetsKey stands for facets (a new object each render with the same content).
  }, [all, version, q, facetsKey, filtering]);

  const rows = useMemo(() => {
    if (!all) return undefined;
    if (!filtering || !state.ids) return filtering ? undefined : all;
    const out: EngineerRow[] = [];
    for (const id of state.ids) {
      const r = byId.get(id);
      const why = state.why?.get(id);
      // Each row says why it matched: a concept's skills ("machine learning"), the field a word hit.
      if (r) out.push(why ? Object.assign({}, why, r) : r);
    }
    return out;
  }, [all, byId, filtering, state.ids, state.why]);

  return { rows, facets: state.facets, searching: state.searching, error: state.error, shownQuery: filtering ? (state.q ?? '') : q, total: filtering ? state.total : all?.length };
}
