// Why a row matched a free-text query, field by field, so the Bench can show it: the name with the
// matching word marked, or "Skill: Python", "City: Rio de Janeiro". Each positive word of the query is
// explained by the first field, in the index's order of weight (name, skill, role, tag, city, summary),
// that has it whole, as a prefix, or within the typo distance the index forgives. Field searches
// (skill:, country:...) and concepts explain themselves; negated words match nothing.
import type { Engineer } from '../bench/schema';
import { resolveSkill } from '../taxonomy';
import { allowedEdits, boundedDistance } from './fuzzy';
import type { Clause } from './query';
import { tokenize } from './tokenize';

export const MATCH_FIELDS = ['name', 'skill', 'role', 'tag', 'city', 'summary'] as const;
export type MatchField = (typeof MATCH_FIELDS)[number];

export interface MatchReason {
  field: MatchField;
  /** The field's value as written (a skill's name, the city...). */
  value: string;
  /** For the name: the word of the name that matched, as written ("Ríos"), to mark it. */
  word?: string;
}

function wordHit(term: string, words: readonly string[], partial: boolean): number {
  const edits = allowedEdits(term);
  let best = -1;
  words.forEach((w, i) => {
    if (best >= 0) return;
    if (w === term || (partial && w.startsWith(term)) || (edits > 0 && boundedDistance(term, w, edits) <= edits)) best = i;
  });
  return best;
}

export function whyMatched(e: Engineer, clauses: readonly Clause[]): MatchReason[] {
  const out: MatchReason[] = [];
  const seen = new Set<string>();
  const push = (r: MatchReason) => {
    const k = `${r.field}|${r.value}`;
    if (!seen.has(k)) out.push(r);
    seen.add(k);
  };
  const nameWords = e.name.split(/\s+/);
  const nameFolded = nameWords.map((w) => tokenize(w).join(''));
  for (const c of clauses) {
    if (c.negated || c.field || c.anyOf) continue;
    const skill = resolveSkill(c.text);
    if (skill.known && e.skills.some((s) => resolveSkill(s.name).name === skill.name)) {
      push({ field: 'skill', value: skill.name });
      continue;
    }
    for (const term of tokenize(c.text)) {
      const i = wordHit(term, nameFolded, c.partial);
      if (i >= 0) { push({ field: 'name', value: e.name, word: nameWords[i]! }); continue; }
      const s = e.skills.find((x) => wordHit(term, tokenize(x.name), c.partial) >= 0);
      if (s) { push({ field: 'skill', value: resolveSkill(s.name).name }); continue; }
      if (e.primaryRole && wordHit(term, tokenize(e.primaryRole), c.partial) >= 0) { push({ field: 'role', value: e.primaryRole }); continue; }
      const tag = (e.tags ?? []).find((t) => wordHit(term, tokenize(t), c.partial) >= 0);
      if (tag) { push({ field: 'tag', value: tag }); continue; }
      if (e.city && wordHit(term, tokenize(e.city), c.partial) >= 0) { push({ field: 'city', value: e.city }); continue; }
      if (e.summary && wordHit(term, tokenize(e.summary), c.partial) >= 0) push({ field: 'summary', value: term });
    }
  }
  return out;
}
