// Building the search index: one pass over the bench turns every engineer into postings (token ->
// sorted engineer numbers with a weight) and compact facet columns. Engineers are numbered in id
// order, so "then by id" in the ranking is simply "then by number".
import { AVAILABILITY_STATUSES, CEFR, SENIORITIES, VETTING_STATUSES, type Engineer } from '../bench/schema';
import { fold } from '../text/fold';
import { SKILLS, resolveSkill } from '../taxonomy';
import { countryNames } from './countries';
import { DeleteIndex } from './fuzzy';
import { PostingBuilder, WordTable, type Posting } from './postings';
import { tokenize } from './tokenize';

export type { Posting } from './postings';

/** Field weights out of MAX_WEIGHT: a whole-skill hit (10 + level) beats a role, city or summary hit. */
export const WEIGHT = { skillBase: 10, name: 12, role: 9, tag: 9, city: 8, country: 8, seniority: 8, summary: 3 } as const;
export const MAX_WEIGHT = 15;
/** How much of a posting's weight each way of reaching it keeps. */
export const FACTOR = { exact: 1, skillPart: 0.75, prefix: 0.8, fuzzy1: 0.7, fuzzy2: 0.5, fuzzyPrefix: 0.6 } as const;

export interface Expansion {
  list: number;
  factor: number;
}

export const PREFIX_CAP = 24;
export const PREFIX_MAX_LEN = 12;
export const FUZZY_PREFIX_MIN = 4;
export const FUZZY_PREFIX_MAX = 8;

export interface IndexData {
  engineers: Engineer[];
  n: number;
  lists: Posting[];
  /** Vocabulary: token -> postings it reaches, with the factor each keeps. */
  vocab: Map<string, Expansion[]>;
  words: string[];
  fuzzyWords: DeleteIndex;
  prefixes: Map<string, string[]>;
  prefixWords: string[];
  fuzzyPrefixes: DeleteIndex;
  /** Whole skill names and aliases (folded, spaces kept) -> skill number. */
  aliasToSkill: Map<string, number>;
  skillStrings: { s: string; skill: number }[];
  skillNames: string[];
  skillList: number[];
  skillOff: Uint32Array;
  skillIds: Uint32Array;
  countries: string[];
  countryOf: Uint16Array;
  countryList: number[];
  countryStrings: { s: string; country: number }[];
  seniorityOf: Uint8Array;
  seniorityList: number[];
  englishOf: Uint8Array;
  availabilityOf: Uint8Array;
  vettingOf: Uint8Array;
  archived: Uint8Array;
  tags: string[];
  tagKeys: string[];
  tagOff: Uint32Array;
  tagIds: Uint32Array;
  tagList: number[];
  all: Uint32Array;
}

export function addExpansion(vocab: Map<string, Expansion[]>, word: string, list: number, factor: number): void {
  const ex = vocab.get(word);
  if (!ex) {
    vocab.set(word, [{ list, factor }]);
    return;
  }
  const same = ex.find((e) => e.list === list);
  if (same) same.factor = Math.max(same.factor, factor);
  else ex.push({ list, factor });
}

/** The words a skill is found by: its name and aliases whole (folded, spaces kept) and, for names of
 *  several words or with punctuation, each word. The one recipe both indexes (warm and persisted) use. */
export function addSkillWords(
  v: { vocab: Map<string, Expansion[]>; aliasToSkill: Map<string, number>; skillStrings: { s: string; skill: number }[] },
  k: number,
  list: number,
  canonical: string,
  aliases: readonly string[],
): void {
  for (const name of [canonical, ...aliases]) {
    for (const form of new Set([skillPhrase(name), tokenize(name).join(' ')])) {
      if (!form) continue;
      if (!v.aliasToSkill.has(form)) v.aliasToSkill.set(form, k);
      v.skillStrings.push({ s: form, skill: k });
      if (!/\s/.test(form)) addExpansion(v.vocab, form, list, FACTOR.exact);
    }
    const toks = tokenize(name);
    if (toks.length > 1 || (toks[0] !== undefined && toks[0] !== skillPhrase(name))) {
      for (const t of toks) addExpansion(v.vocab, t, list, toks.length === 1 ? FACTOR.exact : FACTOR.skillPart);
    }
  }
}

/** Skill names compare folded with single spaces; "Node.js" stays "node.js". */
export function skillPhrase(s: string): string {
  return fold(s).trim().replace(/\s+/g, ' ');
}

export function buildIndexData(input: readonly Engineer[]): IndexData {
  // Benches usually arrive in id order already: a linear check spares the comparator sort.
  let sorted = true;
  for (let i = 1; i < input.length && sorted; i++) sorted = input[i - 1]!.id < input[i]!.id;
  const engineers = sorted ? input.slice() : [...input].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const n = engineers.length;
  const pb = new PostingBuilder(n);
  const vocab = new Map<string, Expansion[]>();
  const textList = new Map<string, number>();

  // Skills: every taxonomy skill, plus the custom skills engineers carry.
  const skillNumber = new Map<string, number>();
  const skillNames: string[] = [];
  const skillList: number[] = [];
  const aliasToSkill = new Map<string, number>();
  const skillStrings: { s: string; skill: number }[] = [];
  const addSkill = (canonical: string, aliases: readonly string[]): number => {
    const key = fold(canonical);
    const have = skillNumber.get(key);
    if (have !== undefined) return have;
    const k = skillNames.length;
    skillNumber.set(key, k);
    skillNames.push(canonical);
    const list = pb.create();
    skillList.push(list);
    addSkillWords({ vocab, aliasToSkill, skillStrings }, k, list, canonical, aliases);
    return k;
  };
  for (const s of SKILLS) addSkill(s.name, s.aliases);

  // Most words recur (roles, cities, summary phrasing): fold and split each distinct raw word once.
  const listOf = (token: string): number => {
    let list = textList.get(token);
    if (list === undefined) {
      list = pb.create();
      textList.set(token, list);
      addExpansion(vocab, token, list, FACTOR.exact);
    }
    return list;
  };
  const rawWords = new WordTable(listOf);
  const skillOfName = new Map<string, number>();

  const countries: string[] = [];
  const countryNumber = new Map<string, number>();
  const countryTokens: number[][] = [];
  const countryOf = new Uint16Array(n);
  const seniorityOf = new Uint8Array(n);
  const englishOf = new Uint8Array(n);
  const availabilityOf = new Uint8Array(n);
  const vettingOf = new Uint8Array(n);
  const archived = new Uint8Array(n);
  const skillOff = new Uint32Array(n + 1);
  const skillIds = new Grow();
  const tags: string[] = [];
  const tagKeys: string[] = [];
  const tagNumber = new Map<string, number>();
  // Tag as written -> tag number: skillPhrase (a regex pass) runs once per distinct spelling.
  const tagOfRaw = new Map<string, number>();
  const tagOff = new Uint32Array(n + 1);
  const tagIds = new Grow();
  // "Already counted for engineer i" marks, instead of a Set per engineer.
  let skillSeen = new Int32Array(256).fill(-1);
  let tagSeen = new Int32Array(64).fill(-1);
  const seniorityIndex = new Map<string, number>(SENIORITIES.map((s, k) => [s, k]));
  const cefrIndex = new Map<string, number>(CEFR.map((s, k) => [s, k + 1]));
  const availIndex = new Map<string, number>(AVAILABILITY_STATUSES.map((s, k) => [s, k + 1]));
  const vetIndex = new Map<string, number>(VETTING_STATUSES.map((s, k) => [s, k + 1]));

  for (let i = 0; i < n; i++) {
    const e = engineers[i]!;
    pb.begin(i);
    rawWords.scan(e.name, pb, WEIGHT.name);
    if (e.primaryRole) rawWords.scan(e.primaryRole, pb, WEIGHT.role);
    if (e.city) rawWords.scan(e.city, pb, WEIGHT.city);
    let c = countryNumber.get(e.country);
    if (c === undefined) {
      c = countries.length;
      countryNumber.set(e.country, c);
      countries.push(e.country);
      countryTokens.push([...new Set([e.country.toLowerCase(), ...countryNames(e.country).flatMap(tokenize)])].map(listOf));
    }
    countryOf[i] = c;
    for (const l of countryTokens[c]!) pb.add(l, WEIGHT.country);
    if (e.summary) rawWords.scan(e.summary, pb, WEIGHT.summary);

    seniorityOf[i] = seniorityIndex.get(e.seniority) ?? -1;
    englishOf[i] = e.englishLevel ? cefrIndex.get(e.englishLevel) ?? 0 : 0;
    availabilityOf[i] = e.availability ? availIndex.get(e.availability.status) ?? 0 : 0;
    vettingOf[i] = e.vettingStatus ? vetIndex.get(e.vettingStatus) ?? 0 : 0;
    archived[i] = e.archived ? 1 : 0;

    skillOff[i] = skillIds.length;
    for (const sk of e.skills) {
      let k = skillOfName.get(sk.name);
      if (k === undefined) {
        k = addSkill(resolveSkill(sk.name).name, []);
        skillOfName.set(sk.name, k);
      }
      pb.add(skillList[k]!, WEIGHT.skillBase + sk.level);
      if (k >= skillSeen.length) {
        const more = new Int32Array(Math.max(k + 1, skillSeen.length * 2)).fill(-1);
        more.set(skillSeen);
        skillSeen = more;
      }
      if (skillSeen[k] !== i) {
        skillSeen[k] = i;
        skillIds.push(k);
      }
    }
    tagOff[i] = tagIds.length;
    if (e.tags) {
      for (const tag of e.tags) {
        rawWords.scan(tag, pb, WEIGHT.tag);
        let tn = tagOfRaw.get(tag);
        if (tn === undefined) {
          const key = skillPhrase(tag);
          tn = tagNumber.get(key);
          if (tn === undefined) {
            tn = tags.length;
            tagNumber.set(key, tn);
            tags.push(tag.trim());
            tagKeys.push(key);
          }
          tagOfRaw.set(tag, tn);
        }
        if (tn >= tagSeen.length) {
          const more = new Int32Array(Math.max(tn + 1, tagSeen.length * 2)).fill(-1);
          more.set(tagSeen);
          tagSeen = more;
        }
        if (tagSeen[tn] !== i) {
          tagSeen[tn] = i;
          tagIds.push(tn);
        }
      }
    }
  }
  skillOff[n] = skillIds.length;
  tagOff[n] = tagIds.length;
  const skillIdsArr = skillIds.done();
  const tagIdsArr = tagIds.done();

  // Field postings (country:, seniority:, tag:) share the one list store, with a constant weight; their
  // engineer lists come straight from the facet columns, counted first.
  const fieldLists = (values: number, off: Uint32Array | null, vals: ArrayLike<number>, weight: number): number[] => {
    const count = new Uint32Array(values);
    for (let k = 0; k < vals.length; k++) count[vals[k]!]!++;
    const ids = new Uint32Array(vals.length);
    const at = new Uint32Array(values);
    for (let v = 1; v < values; v++) at[v] = at[v - 1]! + count[v - 1]!;
    const out: number[] = [];
    for (let v = 0; v < values; v++) {
      const list = pb.create();
      pb.setFixed(list, ids.subarray(at[v]!, at[v]! + count[v]!), weight);
      out.push(list);
    }
    // Engineers in order, so each value's list comes out sorted.
    for (let i = 0; i < n; i++) {
      const from = off ? off[i]! : i;
      const to = off ? off[i + 1]! : i + 1;
      for (let k = from; k < to; k++) ids[at[vals[k]!]!++] = i;
    }
    return out;
  };
  const countryList = fieldLists(countries.length, null, countryOf, WEIGHT.country);
  const seniorityList = fieldLists(SENIORITIES.length, null, seniorityOf, WEIGHT.seniority);
  const tagList = fieldLists(tags.length, tagOff, tagIdsArr, WEIGHT.tag);
  const lists = pb.finish(n);

  const countryStrings: { s: string; country: number }[] = [];
  countries.forEach((code, k) => {
    countryStrings.push({ s: code.toLowerCase(), country: k });
    for (const name of countryNames(code)) countryStrings.push({ s: skillPhrase(name), country: k });
  });

  // Vocabulary side structures: exact words, prefixes (most frequent words first) and fuzzy lookups.
  const df = (word: string): number => Math.max(...vocab.get(word)!.map((e) => lists[e.list]!.ids.length));
  const words = [...vocab.keys()];
  const byFreq = words.map((w) => ({ w, f: df(w) })).sort((a, b) => b.f - a.f || (a.w < b.w ? -1 : 1));
  const prefixes = new Map<string, string[]>();
  for (const { w } of byFreq) {
    const max = Math.min(w.length - 1, PREFIX_MAX_LEN);
    for (let len = 2; len <= max; len++) {
      const p = w.slice(0, len);
      const list = prefixes.get(p);
      if (!list) prefixes.set(p, [w]);
      else if (list.length < PREFIX_CAP) list.push(w);
    }
  }
  const prefixWords = [...prefixes.keys()].filter((p) => p.length >= FUZZY_PREFIX_MIN && p.length <= FUZZY_PREFIX_MAX);

  const all = new Uint32Array(n);
  for (let i = 0; i < n; i++) all[i] = i;

  return {
    engineers, n, lists, vocab, words,
    fuzzyWords: new DeleteIndex(words, 2),
    prefixes, prefixWords,
    fuzzyPrefixes: new DeleteIndex(prefixWords, 1),
    aliasToSkill, skillStrings, skillNames, skillList,
    skillOff, skillIds: skillIdsArr,
    countries, countryOf, countryList, countryStrings,
    seniorityOf, seniorityList, englishOf, availabilityOf, vettingOf, archived,
    tags, tagKeys, tagOff, tagIds: tagIdsArr, tagList,
    all,
  };
}

/** A growing list of small unsigned numbers kept in a typed array (no boxed JS array of 800k skills). */
class Grow {
  private a = new Uint32Array(1 << 16);
  length = 0;

  push(v: number): void {
    if (this.length === this.a.length) {
      const b = new Uint32Array(this.a.length * 2);
      b.set(this.a);
      this.a = b;
    }
    this.a[this.length++] = v;
  }

  done(): Uint32Array {
    return this.a.slice(0, this.length);
  }
}
