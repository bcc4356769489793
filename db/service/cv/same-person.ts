// Is the person in this CV already on the bench? One small function in front of the duplicate detector
// (shared/duplicates), so the import asks it one way; the `dupes` branch's lookup can replace the body.
import type { Engineer } from '../../../shared/bench/schema';
import { findDuplicates } from '../../../shared/duplicates/detect';
import { emailKey, nameTokens, profileKey } from '../../../shared/duplicates/identity';

export interface SamePerson {
  engineerId: string;
  name: string;
  score: number;
  reasons: string[];
}

const CANDIDATE = '\u0000cv';

/** Records on the bench that are probably the person `cv` describes, best first. */
export function findSamePerson(cv: Omit<Engineer, 'id'>, bench: readonly Engineer[]): SamePerson[] {
  const email = emailKey(cv.email);
  const profiles = new Set((cv.links ?? []).map(profileKey).filter((k): k is string => k !== null));
  const tokens = new Set(nameTokens(cv.name));
  // Only records sharing an identifier or two name words are scored: the detector's own blocking, for one record.
  const near = bench.filter((e) => (email && emailKey(e.email) === email)
    || (e.links ?? []).some((l) => { const k = profileKey(l); return k !== null && profiles.has(k); })
    || nameTokens(e.name).filter((t) => tokens.has(t)).length >= 2);
  if (!near.length) return [];
  const byId = new Map(near.map((e) => [e.id, e]));
  return findDuplicates([{ ...cv, id: CANDIDATE } as Engineer, ...near])
    .filter((p) => p.a === CANDIDATE || p.b === CANDIDATE)
    .map((p) => {
      const other = byId.get(p.a === CANDIDATE ? p.b : p.a)!;
      return { engineerId: other.id, name: other.name, score: p.score, reasons: p.reasons };
    });
}
