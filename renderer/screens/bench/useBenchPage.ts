// The Bench's rows for a view (query, facets, sort), a window at a time from `benchPage`
// (shared/api/bench-page.ts): the table says which rows it draws (onRange) and the hook asks for the
// blocks of rows it lacks around them. A new view asks for its first block at once (a tiny debounce
// only merges bursts of keystrokes); answers for an older view, or for an older version of the bench,
// are dropped, and the view starts over when the bench changes.
import type { SortingState } from '@tanstack/react-table';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { BenchPage } from '../../../shared/api/bench-page';
import { fromColumns, type EngineerRow } from '../../../shared/api/engineer-rows';
import type { FacetCounts, SearchFacets } from '../../../shared/search/types';
import { api } from '../../api/client';
import { onBenchChanged } from '../../api/changes';
import { takeEarlyPage } from './early-rows';
import { BLOCK, pageRequest } from './page-request';

const DEBOUNCE_MS = 8;
/** Blocks asked for beyond the drawn rows, each way. */
const AHEAD = 2;

/** A counter the table subscribes to (useSyncExternalStore), bumped as blocks of rows arrive. */
export interface Arrivals {
  subscribe(listener: () => void): () => void;
  count(): number;
  bump(): void;
}

function arrivalsSignal(): Arrivals {
  let n = 0;
  const listeners = new Set<() => void>();
  return {
    subscribe(l) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    count: () => n,
    bump() {
      n++;
      for (const l of [...listeners]) l();
    },
  };
}

export interface BenchRows {
  /** Engineers in the view; undefined until its first block has arrived. */
  total: number | undefined;
  benchCount: number | undefined;
  facets: FacetCounts | undefined;
  /** The query the shown rows answer (the input can be ahead of it while a request runs). */
  shownQuery: string;
  error: unknown;
  /** Row i of the view, if its block has arrived. */
  rowAt(i: number): EngineerRow | undefined;
  /** Tells the table when rows arrive: only the table redraws for a block, not the whole screen. */
  arrivals: Arrivals;
  /** The table's drawn rows: blocks missing around them are asked for. */
  onRange(start: number, end: number): void;
  /** Every engineer id of the view in order (select all, Export view). */
  allIds(): Promise<string[]>;
  reload(): void;
}

interface Loaded {
  key: string;
  q: string;
  version: number;
  total: number;
  benchCount: number;
  facets: FacetCounts;
  rows: Map<number, EngineerRow>;
}

/** The rows of an answer, each carrying why it matched (the name column shows it). */
function rowsOf(page: BenchPage): EngineerRow[] {
  return fromColumns(page.columns).map((r, i) => {
    const matched = page.matched[i];
    const why = page.why[i];
    return matched || why ? Object.assign({}, why ? { why } : {}, matched ? { matched } : {}, r) : r;
  });
}

export function useBenchPage(q: string, facets: SearchFacets, sorting: SortingState): BenchRows {
  const facetsKey = JSON.stringify(facets);
  const sortKey = JSON.stringify(sorting[0] ?? null);
  const key = `${q}\u0000${facetsKey}\u0000${sortKey}`;
  const [loaded, setLoaded] = useState<Loaded | undefined>();
  const [error, setError] = useState<unknown>();
  const arrivals = useMemo(arrivalsSignal, []);
  const [tick, setTick] = useState(0);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  useEffect(() => onBenchChanged(reload), [reload]);
  // What requests compare their answer with: the view and bench version the screen shows now.
  const current = useRef<{ key: string; loaded?: Loaded; asked: Set<number> }>({ key, asked: new Set() });
  const input = useRef({ q, facets, sorting });
  input.current = { q, facets, sorting };

  const request = useCallback((offset: number) => {
    const { q: query, facets: f, sorting: s } = input.current;
    return pageRequest(query, f, s, offset);
  }, []);

  useEffect(() => {
    const mine = { key, asked: new Set<number>([0]) } as { key: string; loaded?: Loaded; asked: Set<number> };
    current.current = mine;
    const timer = setTimeout(() => {
      const first = (tick === 0 ? takeEarlyPage(request(0)) : undefined) ?? api.benchPage(request(0));
      first.then(
        (page) => {
          if (current.current !== mine) return;
          const l: Loaded = { key, q: input.current.q, version: page.version, total: page.total, benchCount: page.benchCount, facets: page.facets, rows: new Map() };
          rowsOf(page).forEach((r, i) => l.rows.set(page.offset + i, r));
          mine.loaded = l;
          setError(undefined);
          setLoaded(l);
          arrivals.bump();
        },
        (e: unknown) => current.current === mine && setError(e),
      );
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [key, tick, request]);

  const onRange = useCallback((start: number, end: number) => {
    const mine = current.current;
    const l = mine.loaded;
    if (!l) return;
    // The blocks the drawn rows fall in, and AHEAD more each way so a steady scroll finds its rows there.
    const from = Math.max(0, Math.floor(start / BLOCK) - AHEAD);
    const to = Math.min(Math.floor(Math.max(0, l.total - 1) / BLOCK), Math.floor(end / BLOCK) + AHEAD);
    for (let b = from; b <= to; b++) {
      if (mine.asked.has(b)) continue;
      mine.asked.add(b);
      api.benchPage(request(b * BLOCK)).then(
        (page) => {
          if (current.current !== mine) return;
          // The bench changed under the view: start it over rather than mix rows of two versions.
          if (page.version !== l.version) return reload();
          rowsOf(page).forEach((r, i) => l.rows.set(page.offset + i, r));
          arrivals.bump();
        },
        (e: unknown) => {
          mine.asked.delete(b);
          if (current.current === mine) setError(e);
        },
      );
    }
  }, [request, reload, arrivals]);

  const allIds = useCallback(async () => {
    const page = await api.benchPage({ ...request(0), limit: 0, allIds: true });
    return page.ids ?? [];
  }, [request]);

  // A new view's rows replace the last view's when they arrive; until then the last ones stay.
  const shown = loaded;
  const rowAt = useCallback((i: number) => shown?.rows.get(i), [shown]);
  return useMemo(() => ({
    total: shown?.total,
    benchCount: shown?.benchCount,
    facets: shown?.facets,
    shownQuery: shown?.q ?? q,
    error,
    rowAt,
    arrivals,
    onRange,
    allIds,
    reload,
  }), [shown, q, error, rowAt, arrivals, onRange, allIds, reload]);
}
