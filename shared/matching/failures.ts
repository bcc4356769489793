// A failed hard constraint as data (matching.md "Eligibility"): its kind and the numbers of its gap.
// Everything else derives from this union: the wire code the CLI prints (`must_have:PyTorch`), the gap
// sentence a screen shows, the what-if that closes the gap. A new failure kind is one more member here,
// and the compiler then points at every switch that must handle it (gapText, near-miss-groups.ts).
import type { Cefr, Seniority, VettingStatus } from '../bench/schema';

export type Failure =
  | { code: 'vetting'; status: VettingStatus | null }
  | { code: 'seniority'; have: Seniority; need: Seniority[] }
  /** `have` is the effective level, null when the skill is missing; years only when they fall short. */
  | { code: 'must_have'; skill: string; have: number | null; need: number; years?: number; needYears?: number }
  | { code: 'english'; have: Cefr | null; need: Cefr }
  | { code: 'overlap'; hours: number; need: number; shortBy: number }
  /** rate and overBy null: no bill rate on file. overBy is rounded to cents for words; rate is exact. */
  | { code: 'budget'; rate: number | null; overBy: number | null; cap: number }
  /** from null: unavailable, or on assignment with no end date (no start date admits them). */
  | { code: 'availability'; from: string | null; start: string; unavailable: boolean };

export type FailureKind = Failure['code'];

/** The code matching.md and cli.md name: `budget`, `must_have:Kubernetes`… */
export function failureCode(f: Failure): string {
  return f.code === 'must_have' ? `must_have:${f.skill}` : f.code;
}

const num = (n: number) => String(Math.round(n * 100) / 100);

/** The gap in an account manager's words: "$6/h over budget", "Kubernetes 2, needs 3". */
export function gapText(f: Failure): string {
  switch (f.code) {
    case 'vetting':
      return `not vetted (${f.status ?? 'no status'})`;
    case 'seniority':
      return `${f.have}, needs ${f.need.join(' or ')}`;
    case 'must_have':
      if (f.have === null) return `${f.skill} missing`;
      if (f.have < f.need) return `${f.skill} ${f.have}, needs ${f.need}${f.needYears !== undefined ? ` (and ${num(f.needYears)} years, has ${num(f.years ?? 0)})` : ''}`;
      return `${f.skill} ${num(f.years ?? 0)} years, needs ${num(f.needYears ?? 0)}`;
    case 'english':
      return `English ${f.have ?? 'unknown'}, needs ${f.need}`;
    case 'overlap':
      return `${num(f.shortBy)} h short of overlap (${num(f.hours)} of ${num(f.need)} h)`;
    case 'budget':
      return f.overBy === null ? 'no bill rate on file' : `$${num(f.overBy)}/h over budget`;
    case 'availability':
      if (f.from === null) return f.unavailable ? 'unavailable' : `on assignment with no end date, starts ${f.start}`;
      return `free ${f.from}, starts ${f.start}`;
  }
}

/** A group's heading on the Match screen: "Budget", "Must-have: PyTorch". */
export function failureTitle(f: Failure): string {
  switch (f.code) {
    case 'must_have': return `Must-have: ${f.skill}`;
    case 'vetting': return 'Vetting';
    case 'seniority': return 'Seniority';
    case 'english': return 'English';
    case 'overlap': return 'Overlap';
    case 'budget': return 'Budget';
    case 'availability': return 'Availability';
  }
}
