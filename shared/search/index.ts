// Search over the bench as the recruiter types: each query term is resolved against the small
// vocabulary (exact, alias, prefix for the word under the cursor, typo-tolerant) into posting lists,
// the lists are merged per term and intersected across terms, then facets filter, count and rank in one
// pass. Nothing here scans all engineers per keystroke except a query with no terms at all.
import { AVAILABILITY_STATUSES, CEFR, SENIORITIES, VETTING_STATUSES, type Engineer } from '../bench/schema';
import { resolveSkill } from '../taxonomy';
import { FACTOR, MAX_WEIGHT, buildIndexData, skillPhrase, type Expansion } from './build';
import { allowedEdits, boundedDistance } from './fuzzy';
import { memorySource, type FacetData, type FieldItem, type SearchSource, type TermHits } from './source';
import { parseQuery, type Clause } from './query';
import { expandConcepts } from './concepts';
import { TopK } from './topk';
import { normalizePhrase, tokenize } from './tokenize';
import type { FacetCounts, SearchFacets, SearchOptions, SearchResult } from './types';

export type { FacetCounts, SearchFacets, SearchOptions, SearchResult, SearchHit } from './types';
export type { SearchSource } from './source';
export { parseQuery } from './query';

export interface SearchIndex {
  readonly size: number;
  search(query: string, opts?: SearchOptions): SearchResult;
}

/** The warm index: built in memory, and it keeps the bench's own objects. */
export interface MemorySearchIndex extends SearchIndex {
  /** The engineer behind a hit. */
  engineer(engineerId: string): Engineer | undefined;
}

const DEFAULT_LIMIT = 50;
const TOP_FACET_VALUES = 30;
const CACHE_SIZE = 256;

export interface BuildOptions {
  /** Recently typed terms remembered (default 256); 0 resolves every term afresh. */
  termCache?: number;
}

export function buildSearchIndex(engineers: readonly Engineer[], opts: BuildOptions = {}): MemorySearchIndex {
  const d = buildIndexData(engineers);
  const index = new Index(memorySource(d), opts.termCache ?? CACHE_SIZE);
  return Object.assign(index, { engineer: (id: string) => findEngineer(d.engineers, id) });
}

/** A search over any source of the index (the persisted one: db/search-index/). */
export function searchOver(source: SearchSource, opts: BuildOptions = {}): SearchIndex {
  return new Index(source, opts.termCache ?? CACHE_SIZE);
}

function findEngineer(es: readonly Engineer[], engineerId: string): Engineer | undefined {
  let lo = 0;
  let hi = es.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const id = es[mid]!.id;
    if (id === engineerId) return es[mid];
    if (id < engineerId) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

class Index implements SearchIndex {
  private scratch: Float32Array | undefined;
  // Typing "pyhton kubernetes" re-resolves "pyhton" on every later keystroke; remembering recent terms
  // keeps the per-keystroke work to the term under the cursor.
  private readonly cache = new Map<string, TermHits>();

  constructor(
    private readonly d: SearchSource,
    private readonly cacheSize: number,
  ) {}

  get size(): number {
    return this.d.n;
  }

  search(query: string, opts: SearchOptions = {}): SearchResult {
    const clauses = mergeSkillPhrases(expandConcepts(parseQuery(query)).clauses, this.d.aliasToSkill);
    const positives: TermHits[] = [];
    const negatives: TermHits[] = [];
    for (const c of clauses) {
      const hits = c.anyOf ? this.anyOf(c.anyOf) : this.resolveCached(c);
      if (!hits) continue;
      (c.negated ? negatives : positives).push(hits);
    }
    let cand: TermHits;
    if (positives.length === 0) {
      cand = { ids: this.d.all(), scores: new Float32Array(0) };
    } else {
      positives.sort((a, b) => a.ids.length - b.ids.length);
      cand = positives[0]!;
      for (let k = 1; k < positives.length; k++) cand = intersect(cand, positives[k]!);
    }
    for (const neg of negatives) cand = subtract(cand, neg.ids);
    return this.finish(cand, positives.length, opts);
  }

  /** Engineers any of the clauses matches, each with its best score. */
  private anyOf(alternatives: Clause[]): TermHits | null {
    let out: TermHits | null = null;
    for (const a of alternatives) {
      const hits = this.resolveCached(a);
      if (hits) out = out ? mergeMax(out, hits) : hits;
    }
    return out;
  }

  private resolveCached(c: Clause): TermHits | null {
    const key = `${c.negated ? '-' : ''}${c.field ?? ''}|${c.phrase ? 'q' : ''}${c.partial ? 'p' : ''}|${c.text}`;
    const hit = this.cache.get(key);
    if (hit) {
      this.cache.delete(key);
      this.cache.set(key, hit);
      return hit;
    }
    const r = this.resolve(c);
    if (r && this.cacheSize > 0) {
      this.cache.set(key, r);
      if (this.cache.size > this.cacheSize) this.cache.delete(this.cache.keys().next().value!);
    }
    return r;
  }

  /** Null when the clause has nothing searchable in it (a lone "-" while typing). */
  private resolve(c: Clause): TermHits | null {
    const d = this.d;
    const phrase = skillPhrase(c.text);
    if (!phrase || tokenize(c.text).length === 0) return null;
    switch (c.field) {
      case 'skill':
        return this.union(this.skillExpansions(phrase, c.partial));
      case 'country':
        return this.union(matchStrings(d.countryItems(), phrase, c.partial));
      case 'seniority':
        return this.union(matchStrings(d.seniorityItems(), phrase, c.partial));
      case 'tag':
        return this.union(matchStrings(d.tagItems(), phrase, c.partial));
      default:
        break;
    }
    const toks = tokenize(c.text);
    const skill = d.aliasToSkill.get(phrase);
    if (skill !== undefined) {
      // The named skill, plus the same words in other fields (a summary mentioning Python still counts,
      // ranked below the engineers who have the skill).
      const whole = { list: d.skillList[skill]!, factor: FACTOR.exact };
      if (toks.length === 1 && !c.phrase) return this.union([whole, ...this.wordExpansions(toks[0]!, c.partial, false)]);
      // Unquoted ("node.js", "hugging face"): the words anywhere in the engineer also count, without
      // the word-order check a quoted phrase pays for (that check reads each candidate's text).
      return mergeMax(this.union([whole]), c.phrase ? this.phraseHits(toks, c.text) : this.allWords(toks, c.partial));
    }
    if (c.phrase) return this.phraseHits(toks, c.text);
    let hits = this.union(this.wordExpansions(toks[0]!, c.partial && toks.length === 1, true));
    for (let k = 1; k < toks.length; k++) {
      hits = intersect(hits, this.union(this.wordExpansions(toks[k]!, c.partial && k === toks.length - 1, true)));
    }
    // A term split into several words ("full-stak") scores as one term, not as their sum.
    if (toks.length > 1) for (let k = 0; k < hits.scores.length; k++) hits.scores[k]! /= toks.length;
    return hits;
  }

  /** Vocabulary postings for one folded word: exact first; only when nothing matches exactly does a
   *  prefix (for the word being typed) or a typo correction widen it. */
  private wordExpansions(word: string, partial: boolean, fuzzy: boolean): Expansion[] {
    const d = this.d;
    const out: Expansion[] = [...(d.expansions(word) ?? [])];
    if (partial && word.length >= 2) {
      for (const w of d.prefixed(word) ?? []) for (const e of d.expansions(w)!) out.push({ list: e.list, factor: e.factor * FACTOR.prefix });
    }
    if (out.length > 0 || !fuzzy) return out;
    const max = allowedEdits(word);
    for (const { word: w, distance } of d.typos(word, max)) {
      const f = distance === 1 ? FACTOR.fuzzy1 : FACTOR.fuzzy2;
      for (const e of d.expansions(w)!) out.push({ list: e.list, factor: e.factor * f });
    }
    if (partial && word.length >= 4) {
      for (const p of d.prefixTypos(word)) {
        for (const w of d.prefixed(p) ?? []) {
          for (const e of d.expansions(w)!) out.push({ list: e.list, factor: e.factor * FACTOR.fuzzyPrefix });
        }
      }
    }
    return out;
  }

  /** skill: resolves through the taxonomy's aliases, then by prefix or typo over skill names only. */
  private skillExpansions(phrase: string, partial: boolean): Expansion[] {
    const d = this.d;
    const exact = d.aliasToSkill.get(phrase) ?? d.aliasToSkill.get(skillPhrase(resolveSkill(phrase).name));
    if (exact !== undefined) return [{ list: d.skillList[exact]!, factor: FACTOR.exact }];
    return matchStrings(d.skillItems(), phrase, partial);
  }

  /** Merges posting lists into one term's hits, keeping each engineer's best weight x factor. */
  private union(expansions: Expansion[]): TermHits {
    const d = this.d;
    const best = new Map<number, number>();
    for (const e of expansions) best.set(e.list, Math.max(best.get(e.list) ?? 0, e.factor));
    const entries = [...best.entries()];
    if (entries.length === 0) return { ids: new Uint32Array(0), scores: new Float32Array(0) };
    if (entries.length === 1) {
      const [list, factor] = entries[0]!;
      const p = d.list(list);
      const scores = new Float32Array(p.ids.length);
      for (let k = 0; k < scores.length; k++) scores[k] = (p.w[k]! * factor) / MAX_WEIGHT;
      return { ids: p.ids, scores };
    }
    const scratch = (this.scratch ??= new Float32Array(d.n));
    const touched: number[] = [];
    for (const [list, factor] of entries) {
      const p = d.list(list);
      const f = factor / MAX_WEIGHT;
      for (let k = 0; k < p.ids.length; k++) {
        const i = p.ids[k]!;
        const s = p.w[k]! * f;
        const was = scratch[i]!;
        if (was === 0) touched.push(i);
        if (s > was) scratch[i] = s;
      }
    }
    const ids = new Uint32Array(touched.length);
    const scores = new Float32Array(touched.length);
    if (touched.length * 16 > d.n) {
      // A broad term (a short prefix): one sweep over the scratch is cheaper than sorting the hits.
      let k = 0;
      for (let i = 0; i < d.n; i++) {
        const v = scratch[i]!;
        if (v === 0) continue;
        ids[k] = i;
        scores[k++] = v;
        scratch[i] = 0;
      }
      return { ids, scores };
    }
    ids.set(touched);
    ids.sort();
    for (let k = 0; k < ids.length; k++) {
      const i = ids[k]!;
      scores[k] = scratch[i]!;
      scratch[i] = 0;
    }
    return { ids, scores };
  }

  private allWords(toks: string[], partial: boolean): TermHits {
    let hits = this.union(this.wordExpansions(toks[0]!, partial && toks.length === 1, false));
    for (let k = 1; k < toks.length; k++) hits = intersect(hits, this.union(this.wordExpansions(toks[k]!, partial && k === toks.length - 1, false)));
    for (let k = 0; k < hits.scores.length; k++) hits.scores[k]! /= toks.length;
    return hits;
  }

  private phraseHits(toks: string[], text: string): TermHits {
    let hits = this.union(this.wordExpansions(toks[0]!, false, false));
    for (const t of toks.slice(1)) hits = intersect(hits, this.union(this.wordExpansions(t, false, false)));
    const out = this.keepPhrase(hits, normalizePhrase(text));
    for (let k = 0; k < out.scores.length; k++) out.scores[k]! /= toks.length;
    return out;
  }

  /** A quoted phrase must appear word for word within one field (name, role, city, a tag, a skill, the summary). */
  private keepPhrase(hits: TermHits, phrase: string): TermHits {
    const pad = ` ${phrase} `;
    const ids: number[] = [];
    const scores: number[] = [];
    const fieldsOf = this.d.phraseFields(hits.ids);
    for (let k = 0; k < hits.ids.length; k++) {
      const fields = fieldsOf[k]!;
      if (fields.some((f) => f && ` ${normalizePhrase(f)} `.includes(pad))) {
        ids.push(hits.ids[k]!);
        scores.push(hits.scores[k]!);
      }
    }
    return { ids: Uint32Array.from(ids), scores: Float32Array.from(scores) };
  }

  private finish(hits: TermHits, terms: number, opts: SearchOptions): SearchResult {
    const { d, cand } = this.d.facetView(hits);
    const f = compileFacets(d, opts.facets ?? {});
    const limit = Math.max(0, opts.limit ?? DEFAULT_LIMIT);
    const offset = Math.max(0, opts.offset ?? 0);
    const top = new TopK(offset + limit);
    const counting = opts.counts !== false;
    const cCountry = new Uint32Array(d.countries.length);
    const cSeniority = new Uint32Array(SENIORITIES.length);
    const cEnglish = new Uint32Array(CEFR.length + 1);
    const cAvail = new Uint32Array(AVAILABILITY_STATUSES.length + 1);
    const cVet = new Uint32Array(VETTING_STATUSES.length + 1);
    const cSkill = new Uint32Array(d.skillNames.length);
    const cTag = new Uint32Array(d.tags.length);
    const includeArchived = opts.includeArchived === true;
    const hasScores = cand.scores.length === cand.ids.length && terms > 0;
    let total = 0;
    for (let k = 0; k < cand.ids.length; k++) {
      const i = cand.ids[k]!;
      if (!includeArchived && d.archived[i] === 1) continue;
      // Which facet filters this engineer fails, as bits: 0 is a hit; one bit is still counted for
      // that one facet (disjunctive counts).
      let fail = 0;
      if (f.country && f.country[d.countryOf[i]!] !== 1) fail |= 1;
      if (f.seniority && f.seniority[d.seniorityOf[i]!] !== 1) fail |= 2;
      if (f.englishMin > 0 && d.englishOf[i]! < f.englishMin) fail |= 4;
      if (f.availability && f.availability[d.availabilityOf[i]!] !== 1) fail |= 8;
      if (f.vetting && f.vetting[d.vettingOf[i]!] !== 1) fail |= 16;
      if (f.skills && !hasAllSkills(d, i, f.skills)) fail |= 32;
      if (f.tags && !hasAnyTag(d, i, f.tags)) fail |= 64;
      if (fail === 0) {
        total++;
        top.push(i, hasScores ? cand.scores[k]! / terms : 0);
      }
      if (!counting || (fail & (fail - 1)) !== 0) continue;
      if (fail === 0 || fail === 1) cCountry[d.countryOf[i]!]!++;
      if (fail === 0 || fail === 2) cSeniority[d.seniorityOf[i]!]!++;
      if (fail === 0 || fail === 4) cEnglish[d.englishOf[i]!]!++;
      if (fail === 0 || fail === 8) cAvail[d.availabilityOf[i]!]!++;
      if (fail === 0 || fail === 16) cVet[d.vettingOf[i]!]!++;
      if (fail === 0 || fail === 32) for (let s = d.skillOff[i]!; s < d.skillOff[i + 1]!; s++) cSkill[d.skillIds[s]!]!++;
      if (fail === 0 || fail === 64) for (let t = d.tagOff[i]!; t < d.tagOff[i + 1]!; t++) cTag[d.tagIds[t]!]!++;
    }
    const ranked = top.sorted().slice(offset).map(({ i, s }) => ({ engineerId: d.idOf(i), score: Math.round(s * 10000) / 10000 }));
    const facets: FacetCounts = {
      country: nonZero(d.countries, cCountry),
      seniority: nonZero(SENIORITIES, cSeniority),
      englishAtLeast: cumulative(cEnglish),
      availability: nonZero(AVAILABILITY_STATUSES, cAvail.subarray(1)),
      vettingStatus: nonZero(VETTING_STATUSES, cVet.subarray(1)),
      skill: topValues(d.skillNames, cSkill),
      tag: topValues(d.tags, cTag),
    };
    return { total, hits: ranked, facets };
  }
}

interface CompiledFacets {
  country: Uint8Array | null;
  seniority: Uint8Array | null;
  englishMin: number;
  availability: Uint8Array | null;
  vetting: Uint8Array | null;
  skills: number[] | null;
  tags: Set<number> | null;
}

function compileFacets(d: FacetData, f: SearchFacets): CompiledFacets {
  const mask = (size: number, picks: number[]): Uint8Array => {
    const m = new Uint8Array(size);
    for (const p of picks) if (p >= 0) m[p] = 1;
    return m;
  };
  const country = f.country?.length ? mask(d.countries.length, f.country.map((c) => d.countries.indexOf(c.toUpperCase()))) : null;
  const seniority = f.seniority?.length ? mask(SENIORITIES.length, f.seniority.map((s) => SENIORITIES.indexOf(s))) : null;
  const availability = f.availability?.length ? mask(AVAILABILITY_STATUSES.length + 1, f.availability.map((s) => AVAILABILITY_STATUSES.indexOf(s) + 1)) : null;
  const vetting = f.vettingStatus?.length ? mask(VETTING_STATUSES.length + 1, f.vettingStatus.map((s) => VETTING_STATUSES.indexOf(s) + 1)) : null;
  // A skill nobody has cannot be satisfied: it maps to -1 and filters everyone out.
  const skills = f.skill?.length ? f.skill.map((s) => d.aliasToSkill.get(skillPhrase(resolveSkill(s).name)) ?? -1) : null;
  const tags = f.tag?.length ? new Set(f.tag.map((t) => d.tagKeys.indexOf(skillPhrase(t)))) : null;
  const englishMin = f.englishAtLeast ? CEFR.indexOf(f.englishAtLeast) + 1 : 0;
  return { country, seniority, englishMin, availability, vetting, skills, tags };
}

function hasAllSkills(d: FacetData, i: number, skills: number[]): boolean {
  const from = d.skillOff[i]!;
  const to = d.skillOff[i + 1]!;
  outer: for (const s of skills) {
    for (let k = from; k < to; k++) if (d.skillIds[k] === s) continue outer;
    return false;
  }
  return true;
}

function hasAnyTag(d: FacetData, i: number, tags: Set<number>): boolean {
  for (let k = d.tagOff[i]!; k < d.tagOff[i + 1]!; k++) if (tags.has(d.tagIds[k]!)) return true;
  return false;
}

/** Exact, then prefix (while typing), then typo matches over a short list of field values. */
function matchStrings(items: readonly FieldItem[], phrase: string, partial: boolean): Expansion[] {
  const exact = items.filter((x) => x.s === phrase);
  if (exact.length) return exact.map((x) => ({ list: x.v, factor: FACTOR.exact }));
  const out: Expansion[] = [];
  if (partial) for (const x of items) if (x.s.startsWith(phrase)) out.push({ list: x.v, factor: FACTOR.prefix });
  if (out.length) return out;
  const max = allowedEdits(phrase);
  if (max === 0) return out;
  for (const x of items) {
    const dist = boundedDistance(phrase, x.s, max);
    if (dist <= max) out.push({ list: x.v, factor: dist === 1 ? FACTOR.fuzzy1 : FACTOR.fuzzy2 });
  }
  return out;
}

/** Adjacent plain words that together name a skill ("machine learning", "google cloud") become one
 *  whole-skill term, so they rank as the skill rather than as two loose words. */
function mergeSkillPhrases(clauses: Clause[], aliases: ReadonlyMap<string, number>): Clause[] {
  const out: Clause[] = [];
  const plain = (c: Clause | undefined): boolean => !!c && !c.field && !c.negated && !c.phrase;
  for (let k = 0; k < clauses.length; k++) {
    let merged = false;
    for (const len of [3, 2]) {
      const group = clauses.slice(k, k + len);
      if (group.length !== len || !group.every(plain)) continue;
      const joined = group.map((c) => c.text).join(' ');
      if (aliases.has(skillPhrase(joined))) {
        out.push({ text: joined, negated: false, phrase: false, partial: group[len - 1]!.partial });
        k += len - 1;
        merged = true;
        break;
      }
    }
    if (!merged) out.push(clauses[k]!);
  }
  return out;
}

function intersect(a: TermHits, b: TermHits): TermHits {
  const n = Math.min(a.ids.length, b.ids.length);
  const ids = new Uint32Array(n);
  const scores = new Float32Array(n);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x === y) {
      ids[k] = x;
      scores[k++] = a.scores[i++]! + b.scores[j++]!;
    } else if (x < y) i++;
    else j++;
  }
  return { ids: ids.subarray(0, k), scores: scores.subarray(0, k) };
}

/** Engineers in either list, each with the better of its two scores. */
function mergeMax(a: TermHits, b: TermHits): TermHits {
  const ids: number[] = [];
  const scores: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.ids.length || j < b.ids.length) {
    const x = i < a.ids.length ? a.ids[i]! : Infinity;
    const y = j < b.ids.length ? b.ids[j]! : Infinity;
    if (x === y) {
      ids.push(x);
      scores.push(Math.max(a.scores[i++]!, b.scores[j++]!));
    } else if (x < y) {
      ids.push(x);
      scores.push(a.scores[i++]!);
    } else {
      ids.push(y);
      scores.push(b.scores[j++]!);
    }
  }
  return { ids: Uint32Array.from(ids), scores: Float32Array.from(scores) };
}

function subtract(a: TermHits, drop: Uint32Array): TermHits {
  const ids = new Uint32Array(a.ids.length);
  const hasScores = a.scores.length === a.ids.length;
  const scores = new Float32Array(hasScores ? a.ids.length : 0);
  let j = 0;
  let k = 0;
  for (let i = 0; i < a.ids.length; i++) {
    const x = a.ids[i]!;
    while (j < drop.length && drop[j]! < x) j++;
    if (j < drop.length && drop[j] === x) continue;
    ids[k] = x;
    if (hasScores) scores[k] = a.scores[i]!;
    k++;
  }
  return { ids: ids.subarray(0, k), scores: hasScores ? scores.subarray(0, k) : scores };
}

function nonZero(names: readonly string[], counts: Uint32Array): Record<string, number> {
  const out: Record<string, number> = {};
  names.forEach((name, k) => {
    if (counts[k]) out[name] = counts[k]!;
  });
  return out;
}

function cumulative(byLevel: Uint32Array): Record<string, number> {
  const out: Record<string, number> = {};
  let run = 0;
  for (let k = CEFR.length; k >= 1; k--) {
    run += byLevel[k]!;
    if (run) out[CEFR[k - 1]!] = run;
  }
  return out;
}

function topValues(names: readonly string[], counts: Uint32Array): Record<string, number> {
  const picked: number[] = [];
  for (let k = 0; k < counts.length; k++) if (counts[k]) picked.push(k);
  picked.sort((a, b) => counts[b]! - counts[a]! || (names[a]! < names[b]! ? -1 : 1));
  const out: Record<string, number> = {};
  for (const k of picked.slice(0, TOP_FACET_VALUES)) out[names[k]!] = counts[k]!;
  return out;
}
