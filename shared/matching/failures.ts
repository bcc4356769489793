// A failed hard constraint as data (matching.md "Eligibility"): its kind and the numbers of its gap.
// Everything else derives from this union: the wire code the CLI prints (`must_have:PyTorch`), the gap
// sentence a screen shows (in the reader's language), the what-if that closes the gap. A new failure kind is one more member here,
// and the compiler then points at every switch that must handle it (gapText, near-miss-groups.ts).
import type { Cefr, Seniority, VettingStatus } from '../bench/schema';
import { formatList } from '../i18n/format';
import { translatorFor } from '../i18n/instance';
import type { Language } from '../i18n/languages';
import { SENIORITY_WORD, VETTING_STATUS_WORD } from '../vetting/rubric';

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

/** The gap in an account manager's words, in a language: "$6/h over budget", "Kubernetes 2, needs 3". */
export function gapText(f: Failure, lng: Language): string {
  const t = translatorFor(lng, ['matching', 'rubric']);
  const years = (count: number) => t('years', { count });
  switch (f.code) {
    case 'vetting':
      return t('gap.notVetted', { status: f.status ? t(VETTING_STATUS_WORD[f.status]) : t('gap.noStatus') });
    case 'seniority':
      return t('gap.seniority', { have: t(SENIORITY_WORD[f.have]), need: formatList(lng, f.need.map((s) => t(SENIORITY_WORD[s])), 'disjunction') });
    case 'must_have':
      if (f.have === null) return t('gap.skillMissing', { skill: f.skill });
      if (f.have < f.need) {
        return f.needYears !== undefined
          ? t('gap.skillLevelAndYears', { skill: f.skill, have: f.have, need: f.need, needYears: years(f.needYears), years: f.years ?? 0 })
          : t('gap.skillLevel', { skill: f.skill, have: f.have, need: f.need });
      }
      return t('gap.skillYears', { skill: f.skill, years: years(f.years ?? 0), need: f.needYears ?? 0 });
    case 'english':
      return f.have === null ? t('gap.englishUnknown', { need: f.need }) : t('gap.english', { have: f.have, need: f.need });
    case 'overlap':
      return t('gap.overlap', { shortBy: f.shortBy, hours: f.hours, need: f.need });
    case 'budget':
      return f.overBy === null ? t('gap.noRate') : t('gap.overBudget', { amount: f.overBy });
    case 'availability':
      if (f.from === null) return f.unavailable ? t('gap.unavailable') : t('gap.onAssignment', { start: f.start });
      return t('gap.freeFrom', { from: f.from, start: f.start });
  }
}

/** A group's heading on the Match screen: "Budget", "Must-have: PyTorch". */
export function failureTitle(f: Failure, lng: Language): string {
  const t = translatorFor(lng, 'matching');
  switch (f.code) {
    case 'must_have': return t('title.mustHave', { skill: f.skill });
    case 'vetting': return t('title.vetting');
    case 'seniority': return t('title.seniority');
    case 'english': return t('title.english');
    case 'overlap': return t('title.overlap');
    case 'budget': return t('title.budget');
    case 'availability': return t('title.availability');
  }
}
