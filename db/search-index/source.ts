// The persisted search index as a source for the query engine (shared/search/source.ts): the
// vocabulary (one row per list: its name and how many engineers it holds) is read when the source is
// made; a posting list is read when a query names it; facet values only for a query's candidates.
// Engineers are numbered by pk; the candidates a query ranks are renumbered in id order, the ranking's
// tie-break, so the answers are the warm index's (test/unit/search/persisted-index.property.test.ts).
import { SENIORITIES } from '../../shared/bench/schema';
import { addExpansion, addSkillWords, FACTOR, FUZZY_PREFIX_MAX, FUZZY_PREFIX_MIN, PREFIX_CAP, PREFIX_MAX_LEN, skillPhrase, type Expansion, type Posting } from '../../shared/search/build';
import { countryNames } from '../../shared/search/countries';
import { listKey } from '../../shared/search/document';
import { DeleteIndex } from '../../shared/search/fuzzy';
import type { FacetData, FieldItem, SearchSource, TermHits } from '../../shared/search/source';
import { resolveSkill, SKILLS } from '../../shared/taxonomy';
import type { RawDb } from '../connection';
import { readEngineers } from '../repos/bench-reader';
import { readU32, readU8 } from './blobs';

/** Candidates past which a query reads every engineer's facet row once rather than its own each time. */
const WHOLE_VIEW_AT = 2000;
const SCALAR_COLUMNS = 'engineer_pk, id, country, seniority, english, availability, vetting, archived';
const DOC_COLUMNS = `${SCALAR_COLUMNS}, skills, tags`;
/** A search_docs row: the scalar columns, then the skills and tags blobs when read. */
type DocRow = [number, string, string, number, number, number, number, number, Buffer?, Buffer?];

interface ListRow {
  id: number;
  key: string;
  label: string | null;
  df: number;
}

export function persistedSource(raw: RawDb): SearchSource {
  const rows = raw.prepare('SELECT id, key, label, df FROM search_lists ORDER BY id').all() as ListRow[];
  const n = ((raw.prepare('SELECT max(engineer_pk) FROM search_docs').pluck().get() as number | null) ?? -1) + 1;
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const dfOf = new Map(rows.map((r) => [r.id, r.df]));

  // The vocabulary, made as the warm build makes it: taxonomy skills first (every one, held or not),
  // then the custom skills engineers hold, then every word some engineer's text has.
  const vocab = new Map<string, Expansion[]>();
  const aliasToSkill = new Map<string, number>();
  const skillStrings: { s: string; skill: number }[] = [];
  const skillList: number[] = [];
  const skillNames: string[] = [];
  const skillOfList = new Map<number, number>();
  const addSkill = (canonical: string, aliases: readonly string[], row: ListRow) => {
    const k = skillNames.length;
    skillNames.push(canonical);
    skillList.push(row.id);
    skillOfList.set(row.id, k);
    addSkillWords({ vocab, aliasToSkill, skillStrings }, k, row.id, canonical, aliases);
  };
  const taxonomy = new Set<string>();
  for (const s of SKILLS) {
    const key = listKey.skill(s.name);
    if (taxonomy.has(key)) continue;
    taxonomy.add(key);
    addSkill(s.name, s.aliases, byKey.get(key)!);
  }
  const custom = rows.filter((r) => r.key.startsWith('s:') && !taxonomy.has(r.key) && r.df > 0);
  custom.sort((a, b) => (a.label! < b.label! ? -1 : a.label! > b.label! ? 1 : 0));
  for (const r of custom) addSkill(resolveSkill(r.label!).name, [], r);

  const countries: string[] = [];
  const countryList: number[] = [];
  const tags: string[] = [];
  const tagKeys: string[] = [];
  const tagList: number[] = [];
  const tagOfList = new Map<number, number>();
  for (const r of rows) {
    if (r.df === 0) continue;
    const kind = r.key.slice(0, 2);
    const value = r.key.slice(2);
    if (kind === 't:') addExpansion(vocab, value, r.id, FACTOR.exact);
    else if (kind === 'c:') {
      countries.push(value);
      countryList.push(r.id);
    } else if (kind === 'g:') {
      tagOfList.set(r.id, tags.length);
      tags.push(r.label ?? value);
      tagKeys.push(value);
      tagList.push(r.id);
    }
  }
  const countryNumber = new Map(countries.map((c, k) => [c, k]));
  const seniorityList = SENIORITIES.map((s) => byKey.get(listKey.seniority(s))!.id);

  const words = [...vocab.keys()];
  const sorted = [...words].sort();
  const dfWord = (w: string): number => Math.max(...vocab.get(w)!.map((e) => dfOf.get(e.list) ?? 0));
  let fuzzyWords: DeleteIndex | undefined;
  let prefixWords: string[] | undefined;
  let fuzzyPrefixes: DeleteIndex | undefined;
  const prefixCache = new Map<string, string[]>();

  const readList = raw.prepare('SELECT ids, weights FROM search_lists WHERE id = ?');
  const lists = new Map<number, Posting>();
  const items = <T>(xs: readonly T[], f: (x: T, k: number) => FieldItem): FieldItem[] => xs.map(f);
  let all: Uint32Array | undefined;
  let whole: { d: FacetData; numberOf: Uint32Array } | undefined;

  return {
    n,
    list(l) {
      let p = lists.get(l);
      if (!p) {
        const r = readList.get(l) as { ids: Buffer; weights: Buffer } | undefined;
        p = r ? { ids: readU32(r.ids), w: readU8(r.weights) } : { ids: new Uint32Array(0), w: new Uint8Array(0) };
        lists.set(l, p);
      }
      return p;
    },
    expansions: (w) => vocab.get(w),
    prefixed(p) {
      if (p.length < 2 || p.length > PREFIX_MAX_LEN) return undefined;
      const hit = prefixCache.get(p);
      if (hit) return hit;
      let lo = 0;
      let hi = sorted.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (sorted[mid]! < p) lo = mid + 1;
        else hi = mid;
      }
      const found: { w: string; f: number }[] = [];
      for (let k = lo; k < sorted.length && sorted[k]!.startsWith(p); k++) if (sorted[k]!.length > p.length) found.push({ w: sorted[k]!, f: dfWord(sorted[k]!) });
      found.sort((a, b) => b.f - a.f || (a.w < b.w ? -1 : 1));
      const out = found.slice(0, PREFIX_CAP).map((x) => x.w);
      prefixCache.set(p, out);
      return out;
    },
    typos(w, max) {
      fuzzyWords ??= new DeleteIndex(words, 2);
      return fuzzyWords.lookup(w, max).map(({ index, distance }) => ({ word: words[index]!, distance }));
    },
    prefixTypos(w) {
      if (!prefixWords) {
        const set = new Set<string>();
        for (const x of words) for (let len = FUZZY_PREFIX_MIN; len <= Math.min(x.length - 1, FUZZY_PREFIX_MAX); len++) set.add(x.slice(0, len));
        prefixWords = [...set];
      }
      fuzzyPrefixes ??= new DeleteIndex(prefixWords, 1);
      return fuzzyPrefixes.lookup(w, 1).map(({ index }) => prefixWords![index]!);
    },
    aliasToSkill,
    skillList,
    skillItems: () => items(skillStrings, (x) => ({ s: x.s, v: skillList[x.skill]! })),
    countryItems: () =>
      countries.flatMap((code, k) => [{ s: code.toLowerCase(), v: countryList[k]! }, ...countryNames(code).map((name) => ({ s: skillPhrase(name), v: countryList[k]! }))]),
    seniorityItems: () => items(SENIORITIES, (s, k) => ({ s, v: seniorityList[k]! })),
    tagItems: () => items(tagKeys, (s, k) => ({ s, v: tagList[k]! })),
    all: () => (all ??= Uint32Array.from(raw.prepare('SELECT engineer_pk FROM search_docs ORDER BY engineer_pk').pluck().all() as number[])),
    phraseFields(ids) {
      const idOf = new Map(raw.prepare('SELECT engineer_pk, id FROM search_docs WHERE engineer_pk IN (SELECT value FROM json_each(?))').raw().all(JSON.stringify([...ids])) as [number, string][]);
      const es = new Map(readEngineers(raw, [...idOf.values()], { assessments: false }).map((e) => [e.id, e]));
      return Array.from(ids, (pk) => {
        const e = es.get(idOf.get(pk)!)!;
        return [e.name, e.primaryRole, e.city, e.summary, ...(e.tags ?? []), ...e.skills.map((s) => resolveSkill(s.name).name)];
      });
    },
    facetView(cand: TermHits) {
      // A broad query (the whole bench, a common skill) would read thousands of rows one query after
      // another: past WHOLE_VIEW_AT candidates every engineer's facet row is read once, in id order, and
      // kept for the source's life (the Bench's every keystroke then answers from memory).
      if (whole || cand.ids.length > WHOLE_VIEW_AT) return wholeView(cand);
      const m = cand.ids.length;
      const at = new Map<number, number>();
      for (let k = 0; k < m; k++) at.set(cand.ids[k]!, k);
      const docs = raw.prepare(`SELECT ${DOC_COLUMNS} FROM search_docs WHERE engineer_pk IN (SELECT value FROM json_each(?))`).raw().all(JSON.stringify([...cand.ids])) as DocRow[];
      // Renumbered by id: candidate k of the query becomes number order[k].
      docs.sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
      const d = facetData(docs);
      const newIds = new Uint32Array(docs.length);
      const newScores = new Float32Array(cand.scores.length === m ? docs.length : 0);
      docs.forEach((r, i) => {
        newIds[i] = i;
        if (newScores.length) newScores[i] = cand.scores[at.get(r[0])!]!;
      });
      return { d, cand: { ids: newIds, scores: newScores } };
    },
  };

  /**
   * Every engineer's facet row, numbered in id order, and each pk's number. The scalar columns come from
   * search_docs; each engineer's skills and tags from the skill and tag posting lists (a few hundred
   * rows), which hold exactly the engineers whose row names them: reading 100k rows' two blobs each
   * costs several times more.
   */
  function loadWhole(): { d: FacetData; numberOf: Uint32Array } {
    const docs = raw.prepare(`SELECT ${SCALAR_COLUMNS} FROM search_docs`).raw().all() as DocRow[];
    docs.sort((a, b) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
    const numberOf = new Uint32Array(n);
    docs.forEach((r, i) => (numberOf[r[0]] = i));
    const fromLists = (prefix: string, numberOfList: ReadonlyMap<number, number>) => {
      const lists = (raw.prepare('SELECT id, ids FROM search_lists WHERE key >= ? AND key < ? AND df > 0').raw().all(prefix, `${prefix.slice(0, -1)};`) as [number, Buffer][])
        .filter(([id]) => numberOfList.has(id))
        .map(([id, ids]) => ({ k: numberOfList.get(id)!, ids: readU32(ids) }));
      const off = new Uint32Array(docs.length + 1);
      for (const l of lists) for (const pk of l.ids) off[numberOf[pk]! + 1]!++;
      for (let i = 0; i < docs.length; i++) off[i + 1]! += off[i]!;
      const out = new Uint32Array(off[docs.length]!);
      const at = off.slice(0, docs.length);
      for (const l of lists) for (const pk of l.ids) out[at[numberOf[pk]!]!++] = l.k;
      return { off, ids: out };
    };
    const skills = fromLists('s:', skillOfList);
    const tagged = fromLists('g:', tagOfList);
    return { d: facetData(docs, { skillOff: skills.off, skillIds: skills.ids, tagOff: tagged.off, tagIds: tagged.ids }), numberOf };
  }

  function wholeView(cand: TermHits): { d: FacetData; cand: TermHits } {
    whole ??= loadWhole();
    const { d, numberOf } = whole;
    const m = cand.ids.length;
    const ids = new Uint32Array(m);
    for (let k = 0; k < m; k++) ids[k] = numberOf[cand.ids[k]!]!;
    if (cand.scores.length !== m) return { d, cand: { ids: ids.sort(), scores: new Float32Array(0) } };
    // Scores follow their engineer into id order through a scratch indexed by number.
    const byNumber = new Float32Array(d.n);
    for (let k = 0; k < m; k++) byNumber[ids[k]!] = cand.scores[k]!;
    ids.sort();
    const scores = new Float32Array(m);
    for (let k = 0; k < m; k++) scores[k] = byNumber[ids[k]!]!;
    return { d, cand: { ids, scores } };
  }

  /** The facet columns of `docs`, engineer i being docs[i]; skills and tags from each row's blobs unless given. */
  function facetData(docs: DocRow[], given?: Pick<FacetData, 'skillOff' | 'skillIds' | 'tagOff' | 'tagIds'>): FacetData {
    const count = docs.length;
    const ids = new Array<string>(count);
    const countryOf = new Uint16Array(count);
    const seniorityOf = new Uint8Array(count);
    const englishOf = new Uint8Array(count);
    const availabilityOf = new Uint8Array(count);
    const vettingOf = new Uint8Array(count);
    const archived = new Uint8Array(count);
    docs.forEach((r, i) => {
      ids[i] = r[1];
      countryOf[i] = countryNumber.get(r[2]) ?? 0;
      seniorityOf[i] = r[3];
      englishOf[i] = r[4];
      availabilityOf[i] = r[5];
      vettingOf[i] = r[6];
      archived[i] = r[7];
    });
    return {
      n: count, countries, countryOf, seniorityOf, englishOf, availabilityOf, vettingOf, archived,
      skillNames, aliasToSkill, tags, tagKeys, idOf: (i) => ids[i]!,
      ...(given ?? blobColumns(docs)),
    };
  }

  /** Each row's skills and tags, read from its blobs. */
  function blobColumns(docs: DocRow[]): Pick<FacetData, 'skillOff' | 'skillIds' | 'tagOff' | 'tagIds'> {
    const skillOff = new Uint32Array(docs.length + 1);
    const tagOff = new Uint32Array(docs.length + 1);
    const skillIds: number[] = [];
    const tagIds: number[] = [];
    docs.forEach((r, i) => {
      // Read in place: a copy per blob would be two allocations per candidate.
      skillOff[i] = skillIds.length;
      for (let o = 0; o < r[8]!.length; o += 4) skillIds.push(skillOfList.get(r[8]!.readUInt32LE(o))!);
      tagOff[i] = tagIds.length;
      for (let o = 0; o < r[9]!.length; o += 4) tagIds.push(tagOfList.get(r[9]!.readUInt32LE(o))!);
    });
    skillOff[docs.length] = skillIds.length;
    tagOff[docs.length] = tagIds.length;
    return { skillOff, skillIds: Uint32Array.from(skillIds), tagOff, tagIds: Uint32Array.from(tagIds) };
  }
}
