// The firm's vetting rubric (../shared/product/assessment-rubric.md) as data the form, the chart and the
// history all read, so the words a vetting lead sees are written once.
import type { AssessmentKind, Recommendation, RedFlag, RubricKey, Seniority, VettingStatus } from '../bench/schema';

export interface Dimension {
  key: RubricKey;
  label: string;
  /** What a 4-5 looks like: the help text under each score. */
  help: string;
}

export const DIMENSIONS: readonly Dimension[] = [
  { key: 'productionExperience', label: 'Shipped systems', help: 'Walks through a feature they built and ran in production: structure, real constraints, how it behaved after launch.' },
  { key: 'failureHandling', label: 'Failure and diagnosis', help: 'Names where a system broke, how they found the cause, what they changed so it would not recur.' },
  { key: 'systemDesign', label: 'System thinking', help: 'Designs for data flow, latency, cost, monitoring and fallback, unprompted.' },
  { key: 'tradeOffs', label: 'Judgment', help: 'Knows when an API beats a custom model, when simpler wins, how to avoid needless complexity.' },
  { key: 'communication', label: 'Explaining', help: 'Makes a technical decision clear to product and business people.' },
  { key: 'codeQuality', label: 'Code', help: 'Readable, tested, structured code in the exercise.' },
  { key: 'apiIntegration', label: 'Integration', help: 'Connects models and services to products, APIs and workflows without breaking them.' },
  { key: 'collaboration', label: 'Across teams', help: 'Works with product, data, engineering and operations.' },
];

/** What each score means, for every dimension. */
export const SCORE_WORDS: Record<1 | 2 | 3 | 4 | 5, string> = { 1: 'absent', 2: 'weak', 3: 'solid', 4: 'strong', 5: 'exceptional' };

export const RED_FLAG_TEXT: Record<RedFlag, { label: string; meaning: string }> = {
  tools_not_systems: { label: 'Tools, not systems', meaning: 'Talks about models and tools, cannot describe a system they shipped' },
  no_failure_story: { label: 'No failure story', meaning: 'Cannot describe a failure they diagnosed' },
  over_engineering: { label: 'Over-engineering', meaning: 'Reaches for complex pipelines where a simple approach works' },
  no_fallback_plan: { label: 'No fallback plan', meaning: 'Relies on third-party APIs with no thought for limits or fallbacks' },
  unclear_communication: { label: 'Unclear communication', meaning: 'Cannot simplify their reasoning for non-engineers' },
  role_mismatch: { label: 'Role mismatch', meaning: 'A data-science profile for an integration role, or the reverse' },
};

export const SENIORITY_GUIDE: Record<Seniority, string> = {
  junior: 'Supports defined tasks (integrating an API, keeping a pipeline running) under guidance; does not own design.',
  mid: 'Builds and deploys AI features independently across APIs, pipelines and infrastructure.',
  senior: 'Owns architecture and long-term reliability: scale, cost, behaviour under load, failure modes.',
  lead: 'Senior, plus sets direction for several engineers or a client\'s whole AI effort.',
};

export const KIND_LABEL: Record<AssessmentKind, string> = {
  technical_interview: 'Technical interview',
  system_design: 'System design',
  coding_exercise: 'Coding exercise',
  english: 'English',
  reference_check: 'Reference check',
};

export const RECOMMENDATION_LABEL: Record<Recommendation, string> = { strong_yes: 'Strong yes', yes: 'Yes', no: 'No', strong_no: 'Strong no' };

/** The vetting status a recommendation suggests (the lead confirms it; nothing changes on its own). */
export function suggestedVettingStatus(rec: Recommendation | undefined): VettingStatus | undefined {
  if (rec === 'strong_yes' || rec === 'yes') return 'vetted';
  if (rec === 'no' || rec === 'strong_no') return 'rejected';
  return undefined;
}
