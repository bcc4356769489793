// What the query engine (index.ts) reads, as one interface with two implementations: the warm index
// built in memory from the engineers (memorySource, below) and the index persisted in the bench file
// (db/search-index/source.ts), which loads only the vocabulary and the posting lists a query names.
// Both speak the same list numbers, scores and facet columns, so a query answers the same from either.
import { SENIORITIES as SENIORITY_NAMES } from '../bench/schema';
import { resolveSkill } from '../taxonomy';
import type { Expansion, IndexData, Posting } from './build';

/** A short list of field values (countries, seniorities, tags, skill names) with the posting each reaches. */
export interface FieldItem {
  s: string;
  v: number;
}

/** Engineers matching one term, in engineer-number order, with that term's score (0..1) for each. */
export interface TermHits {
  ids: Uint32Array;
  scores: Float32Array;
}

/** The facet columns and ids of the engineers a query's `finish` reads, numbered so that a lower
 *  number is a lower engineer id (the ranking's tie-break). */
export type FacetData = Pick<
  IndexData,
  | 'n' | 'countries' | 'countryOf' | 'seniorityOf' | 'englishOf' | 'availabilityOf' | 'vettingOf' | 'archived'
  | 'skillNames' | 'skillOff' | 'skillIds' | 'aliasToSkill' | 'tags' | 'tagKeys' | 'tagOff' | 'tagIds'
> & { idOf(i: number): string };

export interface SearchSource {
  /** Engineer numbers are below n. */
  readonly n: number;
  list(l: number): Posting;
  /** The vocabulary: a folded word -> the postings it reaches. */
  expansions(word: string): readonly Expansion[] | undefined;
  /** Up to 24 longer words starting with `prefix` (2-12 letters), most frequent first. */
  prefixed(prefix: string): readonly string[] | undefined;
  /** Vocabulary words within `max` typos of `word`. */
  typos(word: string, max: number): { word: string; distance: number }[];
  /** Prefixes (4-8 letters) within one typo of `word`. */
  prefixTypos(word: string): string[];
  readonly aliasToSkill: ReadonlyMap<string, number>;
  readonly skillList: readonly number[];
  skillItems(): FieldItem[];
  countryItems(): FieldItem[];
  seniorityItems(): FieldItem[];
  tagItems(): FieldItem[];
  /** Every engineer (a query without terms). */
  all(): Uint32Array;
  /** The fields a quoted phrase is looked for in, per engineer: name, role, city, summary, tags, skills. */
  phraseFields(ids: Uint32Array): (string | undefined)[][];
  /** The facet columns for the candidates, and the candidates renumbered into them. */
  facetView(cand: TermHits): { d: FacetData; cand: TermHits };
}

/** The warm index as a source: everything is in memory already. */
export function memorySource(d: IndexData): SearchSource {
  let skills: FieldItem[] | undefined;
  let countries: FieldItem[] | undefined;
  let seniorities: FieldItem[] | undefined;
  let tags: FieldItem[] | undefined;
  const view: FacetData = {
    n: d.n, countries: d.countries, countryOf: d.countryOf, seniorityOf: d.seniorityOf, englishOf: d.englishOf,
    availabilityOf: d.availabilityOf, vettingOf: d.vettingOf, archived: d.archived, skillNames: d.skillNames,
    skillOff: d.skillOff, skillIds: d.skillIds, aliasToSkill: d.aliasToSkill, tags: d.tags, tagKeys: d.tagKeys,
    tagOff: d.tagOff, tagIds: d.tagIds, idOf: (i) => d.engineers[i]!.id,
  };
  return {
    n: d.n,
    list: (l) => d.lists[l]!,
    expansions: (w) => d.vocab.get(w),
    prefixed: (p) => d.prefixes.get(p),
    typos: (w, max) => d.fuzzyWords.lookup(w, max).map(({ index, distance }) => ({ word: d.words[index]!, distance })),
    prefixTypos: (w) => d.fuzzyPrefixes.lookup(w, 1).map(({ index }) => d.prefixWords[index]!),
    aliasToSkill: d.aliasToSkill,
    skillList: d.skillList,
    skillItems: () => (skills ??= d.skillStrings.map((x) => ({ s: x.s, v: d.skillList[x.skill]! }))),
    countryItems: () => (countries ??= d.countryStrings.map((x) => ({ s: x.s, v: d.countryList[x.country]! }))),
    seniorityItems: () => (seniorities ??= d.seniorityList.map((v, k) => ({ s: SENIORITY_NAMES[k]!, v }))),
    tagItems: () => (tags ??= d.tagKeys.map((s, k) => ({ s, v: d.tagList[k]! }))),
    all: () => d.all,
    phraseFields: (ids) =>
      Array.from(ids, (i) => {
        const e = d.engineers[i]!;
        return [e.name, e.primaryRole, e.city, e.summary, ...(e.tags ?? []), ...e.skills.map((s) => resolveSkill(s.name).name)];
      }),
    facetView: (cand) => ({ d: view, cand }),
  };
}
