// The two search indexes a bench version can answer from, made once per version and shared by the
// `search` and `benchPage` handlers: the index persisted in the bench file (db/search-index/: reads only
// what a query names, plus every engineer's facet row once a query is broad) and the warm index built in
// memory from every profile (the whole bench read first: seconds at 100k engineers). The answers are the
// same from either (test/unit/search/persisted-index.property.test.ts).
import type { Engineer } from '../../shared/bench/schema';
import { buildSearchIndex, searchOver, type SearchIndex } from '../../shared/search';
import { readEngineers } from '../repos/bench-reader';
import { refreshSearchIndex, searchIndexState } from '../search-index/refresh';
import { persistedSource } from '../search-index/source';
import type { RawDb } from '../connection';
import type { BenchFile } from '../../shared/bench/schema';

export interface Answering {
  version: number;
  index: SearchIndex;
  /** The engineers behind hits, by id (without assessments: what a search explains itself with). */
  engineers(ids: string[]): Map<string, Engineer>;
  warm: boolean;
}

export interface SearchIndexes {
  /** The persisted index for this version, or undefined when it cannot be brought up to date here (read-only, busy). */
  persisted(version: number): Answering | undefined;
  /** The warm index for this version (built on first use). */
  warm(version: number): Answering;
}

export function searchIndexes(raw: RawDb, cachedSnapshot: () => BenchFile | undefined): SearchIndexes {
  let persisted: Answering | undefined;
  let warm: Answering | undefined;
  return {
    persisted(version) {
      if (persisted?.version === version) return persisted;
      persisted = undefined;
      if (!persistedIndexReady(raw)) return undefined;
      persisted = { version, index: searchOver(persistedSource(raw)), warm: false, engineers: (ids) => new Map(readEngineers(raw, ids, { assessments: false }).map((e) => [e.id, e])) };
      return persisted;
    },
    warm(version) {
      if (warm?.version === version) return warm;
      const engineers = cachedSnapshot()?.engineers ?? readEngineers(raw, undefined, { assessments: false });
      const index = buildSearchIndex(engineers);
      warm = { version, index, warm: true, engineers: (ids) => new Map(ids.flatMap((id) => { const e = index.engineer(id); return e ? [[id, e] as const] : []; })) };
      return warm;
    },
  };
}

/** True when the persisted index answers for the bench as it is, bringing it up to date first if it can. */
function persistedIndexReady(raw: RawDb): boolean {
  if (searchIndexState(raw).fresh) return true;
  try {
    refreshSearchIndex(raw);
    return true;
  } catch {
    // Read-only, or busy past the wait: the warm index is built from the profiles instead.
    return false;
  }
}
