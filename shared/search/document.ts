// One engineer's part of the search index, as the persisted index stores it (db/search-index/): the
// posting lists the engineer is in, by name, with the engineer's weight in each, and the facet values.
// The warm build (build.ts) derives the same lists in one optimized pass over the whole bench; a property
// test (test/unit/search/persisted-index.property.test.ts) holds the two to the same answers.
import { AVAILABILITY_STATUSES, CEFR, SENIORITIES, VETTING_STATUSES, type Engineer } from '../bench/schema';
import { fold } from '../text/fold';
import { resolveSkill } from '../taxonomy';
import { skillPhrase, WEIGHT } from './build';
import { countryNames } from './countries';
import { tokenize } from './tokenize';

/** List names: a word ("t:python"), a skill by its folded canonical name ("s:python"), a country code
 *  ("c:BR"), a seniority ("n:senior"), a tag by its folded form ("g:open source"). */
export const listKey = {
  word: (token: string) => `t:${token}`,
  skill: (canonical: string) => `s:${fold(canonical)}`,
  country: (code: string) => `c:${code}`,
  seniority: (s: string) => `n:${s}`,
  tag: (key: string) => `g:${key}`,
} as const;

export interface SearchDocument {
  /** List name -> the engineer's weight in it (the best of the fields that reach it). */
  weights: Map<string, number>;
  /** Display names of the skill and tag lists this engineer creates (canonical skill, tag as first written). */
  labels: Map<string, string>;
  country: string;
  seniority: number;
  english: number;
  availability: number;
  vetting: number;
  archived: boolean;
  /** Skill and tag list names, distinct, in the engineer's order. */
  skills: string[];
  tags: string[];
}

export function searchDocument(e: Engineer): SearchDocument {
  const weights = new Map<string, number>();
  const labels = new Map<string, string>();
  const add = (key: string, w: number) => {
    const had = weights.get(key);
    if (had === undefined || w > had) weights.set(key, w);
  };
  const words = (text: string | undefined, w: number) => {
    if (text) for (const t of tokenize(text)) add(listKey.word(t), w);
  };
  words(e.name, WEIGHT.name);
  words(e.primaryRole, WEIGHT.role);
  words(e.city, WEIGHT.city);
  for (const t of new Set([e.country.toLowerCase(), ...countryNames(e.country).flatMap(tokenize)])) add(listKey.word(t), WEIGHT.country);
  words(e.summary, WEIGHT.summary);
  const skills: string[] = [];
  for (const sk of e.skills) {
    const canonical = resolveSkill(sk.name).name;
    const key = listKey.skill(canonical);
    add(key, WEIGHT.skillBase + sk.level);
    if (!labels.has(key)) {
      labels.set(key, canonical);
      skills.push(key);
    }
  }
  const tags: string[] = [];
  for (const tag of e.tags ?? []) {
    words(tag, WEIGHT.tag);
    const key = listKey.tag(skillPhrase(tag));
    if (!labels.has(key)) {
      labels.set(key, tag.trim());
      tags.push(key);
    }
    add(key, WEIGHT.tag);
  }
  add(listKey.country(e.country), WEIGHT.country);
  add(listKey.seniority(e.seniority), WEIGHT.seniority);
  return {
    weights, labels, country: e.country,
    seniority: SENIORITIES.indexOf(e.seniority),
    english: e.englishLevel ? CEFR.indexOf(e.englishLevel) + 1 : 0,
    availability: e.availability ? AVAILABILITY_STATUSES.indexOf(e.availability.status) + 1 : 0,
    vetting: e.vettingStatus ? VETTING_STATUSES.indexOf(e.vettingStatus) + 1 : 0,
    archived: e.archived === true,
    skills, tags,
  };
}
