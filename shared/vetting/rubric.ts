// The firm's vetting rubric (../shared/product/assessment-rubric.md) as data the form, the chart and the
// history all read. The words are in the `rubric` catalogs (shared/i18n/locales/<lng>/rubric.json), one
// per language; here each item names its keys, declared in full so the catalog test sees them used.
// Render with t(...) from useTranslation(['rubric']) or translatorFor(lng, ['rubric']).
import type { AssessmentKind, Recommendation, RedFlag, RubricKey, Seniority, VettingStatus } from '../bench/schema';

export interface Dimension {
  key: RubricKey;
  label: `rubric:dimension.${RubricKey}.label`;
  /** What a 4-5 looks like: the help text under each score. */
  help: `rubric:dimension.${RubricKey}.help`;
}

export const DIMENSIONS: readonly Dimension[] = [
  { key: 'productionExperience', label: 'rubric:dimension.productionExperience.label', help: 'rubric:dimension.productionExperience.help' },
  { key: 'failureHandling', label: 'rubric:dimension.failureHandling.label', help: 'rubric:dimension.failureHandling.help' },
  { key: 'systemDesign', label: 'rubric:dimension.systemDesign.label', help: 'rubric:dimension.systemDesign.help' },
  { key: 'tradeOffs', label: 'rubric:dimension.tradeOffs.label', help: 'rubric:dimension.tradeOffs.help' },
  { key: 'communication', label: 'rubric:dimension.communication.label', help: 'rubric:dimension.communication.help' },
  { key: 'codeQuality', label: 'rubric:dimension.codeQuality.label', help: 'rubric:dimension.codeQuality.help' },
  { key: 'apiIntegration', label: 'rubric:dimension.apiIntegration.label', help: 'rubric:dimension.apiIntegration.help' },
  { key: 'collaboration', label: 'rubric:dimension.collaboration.label', help: 'rubric:dimension.collaboration.help' },
];

/** What each score means, for every dimension. */
export const SCORE_WORDS = { 1: 'rubric:score.1', 2: 'rubric:score.2', 3: 'rubric:score.3', 4: 'rubric:score.4', 5: 'rubric:score.5' } as const;

export const RED_FLAG_TEXT: Record<RedFlag, { label: `rubric:redFlag.${RedFlag}.label`; meaning: `rubric:redFlag.${RedFlag}.meaning` }> = {
  tools_not_systems: { label: 'rubric:redFlag.tools_not_systems.label', meaning: 'rubric:redFlag.tools_not_systems.meaning' },
  no_failure_story: { label: 'rubric:redFlag.no_failure_story.label', meaning: 'rubric:redFlag.no_failure_story.meaning' },
  over_engineering: { label: 'rubric:redFlag.over_engineering.label', meaning: 'rubric:redFlag.over_engineering.meaning' },
  no_fallback_plan: { label: 'rubric:redFlag.no_fallback_plan.label', meaning: 'rubric:redFlag.no_fallback_plan.meaning' },
  unclear_communication: { label: 'rubric:redFlag.unclear_communication.label', meaning: 'rubric:redFlag.unclear_communication.meaning' },
  role_mismatch: { label: 'rubric:redFlag.role_mismatch.label', meaning: 'rubric:redFlag.role_mismatch.meaning' },
};

/** Seniority as a word in a sentence ("mid, needs senior"; es "semi senior", pt "pleno"). */
export const SENIORITY_WORD = {
  junior: 'rubric:seniority.junior', mid: 'rubric:seniority.mid', senior: 'rubric:seniority.senior', lead: 'rubric:seniority.lead',
} as const satisfies Record<Seniority, string>;

export const SENIORITY_GUIDE = {
  junior: 'rubric:seniorityGuide.junior', mid: 'rubric:seniorityGuide.mid', senior: 'rubric:seniorityGuide.senior', lead: 'rubric:seniorityGuide.lead',
} as const satisfies Record<Seniority, string>;

export const KIND_LABEL = {
  technical_interview: 'rubric:kind.technical_interview',
  system_design: 'rubric:kind.system_design',
  coding_exercise: 'rubric:kind.coding_exercise',
  english: 'rubric:kind.english',
  reference_check: 'rubric:kind.reference_check',
} as const satisfies Record<AssessmentKind, string>;

export const RECOMMENDATION_LABEL = {
  strong_yes: 'rubric:recommendation.strong_yes', yes: 'rubric:recommendation.yes', no: 'rubric:recommendation.no', strong_no: 'rubric:recommendation.strong_no',
} as const satisfies Record<Recommendation, string>;

/** A vetting status as a word in a sentence ("not vetted (screening)"). */
export const VETTING_STATUS_WORD = {
  sourced: 'rubric:vettingStatus.sourced', screening: 'rubric:vettingStatus.screening', vetted: 'rubric:vettingStatus.vetted', rejected: 'rubric:vettingStatus.rejected',
} as const satisfies Record<VettingStatus, string>;

/** The vetting status a recommendation suggests (the lead confirms it; nothing changes on its own). */
export function suggestedVettingStatus(rec: Recommendation | undefined): VettingStatus | undefined {
  if (rec === 'strong_yes' || rec === 'yes') return 'vetted';
  if (rec === 'no' || rec === 'strong_no') return 'rejected';
  return undefined;
}
