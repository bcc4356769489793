// The bench median of each rubric dimension for one seniority: what the engineer page's chart compares
// an engineer's latest rubric against. Only finalized, current assessments count (the snapshot's).
import type { Engineer, RubricKey, Seniority } from '../bench/schema';
import { RUBRIC_KEYS } from '../bench/schema';
import { chronological, SKILL_ASSESSMENT_KINDS } from '../matching/effective';

export interface RubricMedians {
  seniority: Seniority;
  /** Median score per dimension, null when no engineer of that seniority was scored on it. */
  medians: Record<RubricKey, number | null>;
  /** How many engineers' latest assessments contributed. */
  engineers: number;
}

export function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Medians over the latest skill assessment (matching.md's "latest assessment") of each active engineer of `seniority`. */
export function rubricMedians(engineers: readonly Engineer[], seniority: Seniority): RubricMedians {
  const per = new Map<RubricKey, number[]>(RUBRIC_KEYS.map((k) => [k, []]));
  let n = 0;
  for (const e of engineers) {
    if (e.archived || e.seniority !== seniority) continue;
    const latest = chronological(e.assessments).filter((a) => SKILL_ASSESSMENT_KINDS.includes(a.kind)).pop();
    if (!latest?.scores) continue;
    n++;
    for (const k of RUBRIC_KEYS) {
      const v = latest.scores[k];
      if (typeof v === 'number') per.get(k)!.push(v);
    }
  }
  const medians = Object.fromEntries(RUBRIC_KEYS.map((k) => [k, median(per.get(k)!)])) as Record<RubricKey, number | null>;
  return { seniority, medians, engineers: n };
}
