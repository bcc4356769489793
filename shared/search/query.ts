// The recruiter's query language: terms AND-ed, `-term` excludes, "quoted phrase", and field prefixes
// skill:, country:, seniority:, tag: (a value may be quoted: skill:"google cloud"). Anything else with a
// colon is plain text, so a pasted "C++:" or "10:30" still searches.

export const FIELDS = ['skill', 'country', 'seniority', 'tag'] as const;
export type QueryField = (typeof FIELDS)[number];

export interface Clause {
  /** The value as typed (not folded). */
  text: string;
  field?: QueryField;
  negated: boolean;
  phrase: boolean;
  /** The last clause while the user is still typing it: it may match as a prefix. */
  partial: boolean;
  /** Alternatives: the clause matches an engineer any of them matches (concept search, concepts.ts). */
  anyOf?: Clause[];
}

export function parseQuery(query: string): Clause[] {
  const clauses: Clause[] = [];
  const re = /(-?)(?:([A-Za-z]+):)?(?:"([^"]*)"?|(\S+))/g;
  let m: RegExpExecArray | null;
  let lastEnd = 0;
  while ((m = re.exec(query))) {
    lastEnd = re.lastIndex;
    const negated = m[1] === '-';
    let field = m[2]?.toLowerCase() as QueryField | undefined;
    let text = m[3] ?? m[4] ?? '';
    const phrase = m[3] !== undefined;
    if (field && !(FIELDS as readonly string[]).includes(field)) {
      // Not one of ours: keep the whole thing as text ("c++:" or "note:foo").
      text = `${m[2]}:${text}`;
      field = undefined;
    }
    if (!text.trim()) continue;
    clauses.push({ text, negated, phrase, partial: false, ...(field ? { field } : {}) });
  }
  const last = clauses[clauses.length - 1];
  // Only a term still under the cursor is a prefix: "pyt" while typing, but "pyt " is a finished word.
  const endsOpen = lastEnd === query.length && !/\s$/.test(query) && !query.endsWith('"');
  if (last && endsOpen && !last.negated && !last.phrase) last.partial = true;
  return clauses;
}
