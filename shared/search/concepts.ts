// Concept search: a query that names a field of work ("machine learning", "MLOps", "data engineering",
// in English, Spanish or Portuguese) finds engineers by the skills of that field and by their primary
// role, not only by the literal words. This layer rewrites the parsed query: the concept's words become
// one clause whose alternatives (any of them matches) are the family's skills and roles; and it says, per
// engineer, why they matched. The index only knows how to OR a clause's alternatives.
import type { Engineer } from '../bench/schema';
import { CONCEPTS, type Concept } from '../taxonomy/concepts';
import { fold } from '../text/fold';
import type { Clause } from './query';

const plain = (c: Clause | undefined): c is Clause => !!c && !c.field && !c.negated;

/** The longest run of plain words (or one quoted phrase) at `k` that names a concept, and its length. */
function conceptAt(clauses: readonly Clause[], k: number): { concept: Concept; len: number } | undefined {
  for (const len of [3, 2, 1]) {
    const group = clauses.slice(k, k + len);
    // A quoted phrase stays literal: "machine learning" in quotes means those words.
    if (group.length !== len || !group.every(plain) || group.some((c) => c.phrase)) continue;
    const phrase = fold(group.map((c) => c.text).join(' ')).replace(/[\s-]+/g, ' ').trim();
    const concept = CONCEPTS.find((x) => x.phrases.includes(phrase));
    if (concept) return { concept, len };
  }
  return undefined;
}

/** The clauses with each concept replaced by one clause of alternatives, and the concepts found. */
export function expandConcepts(clauses: readonly Clause[]): { clauses: Clause[]; concepts: Concept[] } {
  const out: Clause[] = [];
  const concepts: Concept[] = [];
  for (let k = 0; k < clauses.length; k++) {
    const found = conceptAt(clauses, k);
    if (!found) {
      out.push(clauses[k]!);
      continue;
    }
    const { concept, len } = found;
    const words = clauses.slice(k, k + len);
    concepts.push(concept);
    out.push({
      text: words.map((c) => c.text).join(' '),
      negated: false,
      phrase: false,
      partial: false,
      anyOf: [
        ...concept.skills.map((s): Clause => ({ text: s, field: 'skill', negated: false, phrase: false, partial: false })),
        ...concept.roles.map((r): Clause => ({ text: r, negated: false, phrase: true, partial: false })),
      ],
    });
    k += len - 1;
  }
  return { clauses: out, concepts };
}

/** Why an engineer matched the concepts of a query: "Machine Learning: PyTorch, scikit-learn; ML Engineer".
 *  Built only of names (concept, skills, the engineer's own primary role), so it reads the same in every
 *  language and needs no catalog. */
export function whyConcepts(e: Engineer, concepts: readonly Concept[]): string | undefined {
  const parts: string[] = [];
  const mine = new Set(e.skills.map((s) => fold(s.name)));
  const role = fold(e.primaryRole ?? '');
  for (const c of concepts) {
    const skills = c.skills.filter((s) => mine.has(fold(s)));
    const roles = c.roles.filter((r) => role.includes(fold(r)));
    if (!skills.length && !roles.length) continue;
    parts.push(`${c.name}: ${[...(skills.length ? [skills.slice(0, 4).join(', ') + (skills.length > 4 ? ` +${skills.length - 4}` : '')] : []), ...(roles.length ? [e.primaryRole ?? ''] : [])].join('; ')}`);
  }
  return parts.length ? parts.join(' · ') : undefined;
}
