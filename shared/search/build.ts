// Building the search index: one pass over the bench turns every engineer into postings (token ->
// sorted engineer numbers with a weight) and compact facet columns. Engineers are numbered in id
// order, so "then by id" in the ranking is simply "then by number".
import { AVAILABILITY_STATUSES, CEFR, SENIORITIES, VETTING_STATUSES, type Engineer } from '../bench/schema';
import { fold } from '../text/fold';
import { SKILLS, resolveSkill } from '../taxonomy';
import { countryNames } from './countries';
import { DeleteIndex } from './fuzzy';
import { tokenize } from './tokenize';

/** Field weights out of MAX_WEIGHT: a whole-skill hit (10 + level) beats a role, city or summary hit. */
export const WEIGHT = { skillBase: 10, name: 12, role: 9, tag: 9, city: 8, country: 8, seniority: 8, summary: 3 } as const;
export const MAX_WEIGHT = 15;
/** How much of a posting's weight each way of reaching it keeps. */
export const FACTOR = { exact: 1, skillPart: 0.75, prefix: 0.8, fuzzy1: 0.7, fuzzy2: 0.5, fuzzyPrefix: 0.6 } as const;

export interface Posting {
  ids: Uint32Array;
  w: Uint8Array;
}

export interface Expansion {
  list: number;
  factor: number;
}

const PREFIX_CAP = 24;
const PREFIX_MAX_LEN = 12;
const FUZZY_PREFIX_MIN = 4;
const FUZZY_PREFIX_MAX = 8;

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

/** Collects (list, engineer, weight) entries in one flat typed stream, then lays each list out in a
 *  single typed array: 100k engineers make millions of entries, and per-list JS arrays would spend the
 *  build in the garbage collector. Engineers arrive in increasing order, so each list comes out sorted,
 *  and a repeat (a word in both the name and the summary) is always the list's last entry: keep the
 *  best weight. */
class PostingBuilder {
  private count: number[] = [];
  private fixed = new Map<number, { ids: number[]; weight: number }>();
  private sList: Uint32Array;
  private sEng: Uint32Array;
  private sW: Uint8Array;
  private len = 0;

  /** `expected`: entries foreseen (about 40 per engineer), so the stream rarely has to grow. */
  constructor(expected: number) {
    const cap = Math.max(1 << 12, expected);
    this.sList = new Uint32Array(cap);
    this.sEng = new Uint32Array(cap);
    this.sW = new Uint8Array(cap);
  }

  create(): number {
    this.count.push(0);
    return this.count.length - 1;
  }

  add(list: number, i: number, weight: number): void {
    if (this.len === this.sList.length) {
      const grow = <T extends Uint32Array | Uint8Array>(a: T, make: (n: number) => T): T => {
        const b = make(a.length * 2);
        b.set(a);
        return b;
      };
      this.sList = grow(this.sList, (n) => new Uint32Array(n));
      this.sEng = grow(this.sEng, (n) => new Uint32Array(n));
      this.sW = grow(this.sW, (n) => new Uint8Array(n));
    }
    this.sList[this.len] = list;
    this.sEng[this.len] = i;
    this.sW[this.len] = weight;
    this.len++;
    this.count[list]!++;
  }

  /** A list given whole (field values: country, seniority, tag) with one weight. */
  setFixed(list: number, ids: number[], weight: number): void {
    this.fixed.set(list, { ids, weight });
  }

  finish(): Posting[] {
    const ids = this.count.map((c) => new Uint32Array(c));
    const w = this.count.map((c) => new Uint8Array(c));
    const pos = new Uint32Array(this.count.length);
    for (let k = 0; k < this.len; k++) {
      const l = this.sList[k]!;
      const i = this.sEng[k]!;
      const p = pos[l]!;
      const li = ids[l]!;
      const lw = w[l]!;
      if (p > 0 && li[p - 1] === i) {
        if (this.sW[k]! > lw[p - 1]!) lw[p - 1] = this.sW[k]!;
      } else {
        li[p] = i;
        lw[p] = this.sW[k]!;
        pos[l] = p + 1;
      }
    }
    return this.count.map((_, l) => {
      const f = this.fixed.get(l);
      if (f) return { ids: Uint32Array.from(f.ids), w: new Uint8Array(f.ids.length).fill(f.weight) };
      return { ids: ids[l]!.subarray(0, pos[l]!), w: w[l]!.subarray(0, pos[l]!) };
    });
  }
}

function addExpansion(vocab: Map<string, Expansion[]>, word: string, list: number, factor: number): void {
  const ex = vocab.get(word);
  if (!ex) {
    vocab.set(word, [{ list, factor }]);
    return;
  }
  const same = ex.find((e) => e.list === list);
  if (same) same.factor = Math.max(same.factor, factor);
  else ex.push({ list, factor });
}

/** Skill names compare folded with single spaces; "Node.js" stays "node.js". */
export function skillPhrase(s: string): string {
  return fold(s).trim().replace(/\s+/g, ' ');
}

export function buildIndexData(input: readonly Engineer[]): IndexData {
  const engineers = [...input].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const n = engineers.length;
  const pb = new PostingBuilder(input.length * 40);
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
    for (const name of [canonical, ...aliases]) {
      for (const form of new Set([skillPhrase(name), tokenize(name).join(' ')])) {
        if (!form) continue;
        if (!aliasToSkill.has(form)) aliasToSkill.set(form, k);
        skillStrings.push({ s: form, skill: k });
        if (!/\s/.test(form)) addExpansion(vocab, form, list, FACTOR.exact);
      }
      const toks = tokenize(name);
      if (toks.length > 1 || (toks[0] !== undefined && toks[0] !== skillPhrase(name))) {
        for (const t of toks) addExpansion(vocab, t, list, toks.length === 1 ? FACTOR.exact : FACTOR.skillPart);
      }
    }
    return k;
  };
  for (const s of SKILLS) addSkill(s.name, s.aliases);

  // Most words recur (roles, cities, summary phrasing): fold and split each distinct raw word once.
  const wordLists = new Map<string, number[]>();
  const listOf = (token: string): number => {
    let list = textList.get(token);
    if (list === undefined) {
      list = pb.create();
      textList.set(token, list);
      addExpansion(vocab, token, list, FACTOR.exact);
    }
    return list;
  };
  const addWords = (value: string, i: number, weight: number): void => {
    for (const raw of value.split(' ')) {
      if (!raw) continue;
      let ls = wordLists.get(raw);
      if (!ls) {
        ls = tokenize(raw).map(listOf);
        wordLists.set(raw, ls);
      }
      for (const l of ls) pb.add(l, i, weight);
    }
  };
  const skillOfName = new Map<string, number>();

  const countries: string[] = [];
  const countryNumber = new Map<string, number>();
  const countryTokens: number[][] = [];
  const countryOf = new Uint16Array(n);
  const countryIds: number[][] = [];
  const seniorityOf = new Uint8Array(n);
  const seniorityIds: number[][] = SENIORITIES.map(() => []);
  const englishOf = new Uint8Array(n);
  const availabilityOf = new Uint8Array(n);
  const vettingOf = new Uint8Array(n);
  const archived = new Uint8Array(n);
  const skillOff = new Uint32Array(n + 1);
  const skillIdsTmp: number[] = [];
  const tags: string[] = [];
  const tagKeys: string[] = [];
  const tagNumber = new Map<string, number>();
  const tagOff = new Uint32Array(n + 1);
  const tagIdsTmp: number[] = [];
  const tagIds2: number[][] = [];

  for (let i = 0; i < n; i++) {
    const e = engineers[i]!;
    addWords(e.name, i, WEIGHT.name);
    if (e.primaryRole) addWords(e.primaryRole, i, WEIGHT.role);
    if (e.city) addWords(e.city, i, WEIGHT.city);
    let c = countryNumber.get(e.country);
    if (c === undefined) {
      c = countries.length;
      countryNumber.set(e.country, c);
      countries.push(e.country);
      countryIds.push([]);
      countryTokens.push([...new Set([e.country.toLowerCase(), ...countryNames(e.country).flatMap(tokenize)])].map(listOf));
    }
    countryOf[i] = c;
    countryIds[c]!.push(i);
    for (const l of countryTokens[c]!) pb.add(l, i, WEIGHT.country);
    if (e.summary) addWords(e.summary, i, WEIGHT.summary);

    const s = SENIORITIES.indexOf(e.seniority);
    seniorityOf[i] = s;
    seniorityIds[s]!.push(i);
    englishOf[i] = e.englishLevel ? CEFR.indexOf(e.englishLevel) + 1 : 0;
    availabilityOf[i] = e.availability ? AVAILABILITY_STATUSES.indexOf(e.availability.status) + 1 : 0;
    vettingOf[i] = e.vettingStatus ? VETTING_STATUSES.indexOf(e.vettingStatus) + 1 : 0;
    archived[i] = e.archived ? 1 : 0;

    skillOff[i] = skillIdsTmp.length;
    const mine = new Set<number>();
    for (const sk of e.skills) {
      let k = skillOfName.get(sk.name);
      if (k === undefined) {
        k = addSkill(resolveSkill(sk.name).name, []);
        skillOfName.set(sk.name, k);
      }
      pb.add(skillList[k]!, i, WEIGHT.skillBase + sk.level);
      if (!mine.has(k)) {
        mine.add(k);
        skillIdsTmp.push(k);
      }
    }
    tagOff[i] = tagIdsTmp.length;
    const myTags = new Set<number>();
    for (const tag of e.tags ?? []) {
      addWords(tag, i, WEIGHT.tag);
      const key = skillPhrase(tag);
      let tn = tagNumber.get(key);
      if (tn === undefined) {
        tn = tags.length;
        tagNumber.set(key, tn);
        tags.push(tag.trim());
        tagKeys.push(key);
        tagIds2.push([]);
      }
      if (!myTags.has(tn)) {
        myTags.add(tn);
        tagIdsTmp.push(tn);
        tagIds2[tn]!.push(i);
      }
    }
  }
  skillOff[n] = skillIdsTmp.length;
  tagOff[n] = tagIdsTmp.length;

  // Field postings (country:, seniority:, tag:) share the one list store, with a constant weight.
  const fieldList = (ids: number[], weight: number): number => {
    const list = pb.create();
    pb.setFixed(list, ids, weight);
    return list;
  };
  const countryList = countryIds.map((ids) => fieldList(ids, WEIGHT.country));
  const seniorityList = seniorityIds.map((ids) => fieldList(ids, WEIGHT.seniority));
  const tagList = tagIds2.map((ids) => fieldList(ids, WEIGHT.tag));
  const lists = pb.finish();

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
    skillOff, skillIds: Uint32Array.from(skillIdsTmp),
    countries, countryOf, countryList, countryStrings,
    seniorityOf, seniorityList, englishOf, availabilityOf, vettingOf, archived,
    tags, tagKeys, tagOff, tagIds: Uint32Array.from(tagIdsTmp), tagList,
    all,
  };
}
