// What an amendment changes against the assessment it amends, as data (the form and the history say it
// in the reader's language). Only differences are listed, in the form's order; the reason itself and
// the record's id are not content.
import { RUBRIC_KEYS, type Assessment, type RedFlag, type RubricKey } from '../bench/schema';

export const PLAIN_FIELDS = ['kind', 'date', 'assessor', 'englishLevel', 'recommendation', 'recommendedSeniority', 'notes'] as const;
export type PlainField = (typeof PLAIN_FIELDS)[number];

export type AssessmentChange =
  | { kind: 'field'; field: PlainField; before?: string; after?: string }
  | { kind: 'score'; dimension: RubricKey; before?: number; after?: number }
  | { kind: 'skill'; skill: string; before?: number; after?: number }
  | { kind: 'redFlags'; added: RedFlag[]; removed: RedFlag[] };

type Content = Omit<Assessment, 'id' | 'amendReason'>;

export function assessmentChanges(before: Content, after: Content): AssessmentChange[] {
  const out: AssessmentChange[] = [];
  const plain = (f: PlainField) => {
    const b = before[f]?.toString().trim() || undefined;
    const a = after[f]?.toString().trim() || undefined;
    if (b !== a) out.push({ kind: 'field', field: f, ...(b !== undefined ? { before: b } : {}), ...(a !== undefined ? { after: a } : {}) });
  };
  plain('kind');
  plain('date');
  plain('assessor');
  for (const d of RUBRIC_KEYS) {
    const b = before.scores?.[d];
    const a = after.scores?.[d];
    if (b !== a) out.push({ kind: 'score', dimension: d, ...(b !== undefined ? { before: b } : {}), ...(a !== undefined ? { after: a } : {}) });
  }
  // Skills compare by name, case-insensitively (the picker stores the canonical name).
  const levels = (a: Content) => new Map((a.verifiedSkills ?? []).map((v) => [v.name.toLowerCase(), v]));
  const bs = levels(before);
  const as = levels(after);
  for (const key of new Set([...bs.keys(), ...as.keys()])) {
    const b = bs.get(key);
    const a = as.get(key);
    if (b?.level !== a?.level) out.push({ kind: 'skill', skill: (a ?? b)!.name, ...(b ? { before: b.level } : {}), ...(a ? { after: a.level } : {}) });
  }
  plain('englishLevel');
  const bf = new Set(before.redFlags ?? []);
  const af = new Set(after.redFlags ?? []);
  const added = [...af].filter((f) => !bf.has(f));
  const removed = [...bf].filter((f) => !af.has(f));
  if (added.length || removed.length) out.push({ kind: 'redFlags', added, removed });
  plain('recommendation');
  plain('recommendedSeniority');
  plain('notes');
  return out;
}
