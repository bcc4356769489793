// The assessment term of the score, on its own because it depends only on the engineer (it is
// computed once per bench) and because its floor rule is a promise of matching.md: no assessment
// scores below any assessment whose rubric average is 3 or more.
import type { Recommendation } from '../bench/schema';
import type { LatestAssessment } from './effective';

export const RECOMMENDATION_VALUE: Record<Recommendation, number> = { strong_yes: 1, yes: 0.75, no: 0.25, strong_no: 0 };
/** A recommendation left blank sits between yes and no. */
const NO_RECOMMENDATION = 0.5;
/** An assessment with no rubric scores counts as a weak-to-solid 2.2 average. */
const UNSCORED_AVERAGE = 2.2;
/** Value of never having been assessed. */
export const NOT_ASSESSED = 0.2;
const PER_RED_FLAG = 0.03;
const MAX_RED_FLAGS = 3;

/**
 * 0..1. An assessed engineer gets 0.25 + 0.75 × (70% rubric average + 30% recommendation), less 0.03
 * per red flag (at most three). With a rubric average of 3 the lowest this can reach is
 * 0.25 + 0.75 × 0.35 − 0.09 = 0.4225, above NOT_ASSESSED (0.2): the floor rule holds by construction.
 */
export function assessmentValue(latest: LatestAssessment | null): number {
  if (!latest) return NOT_ASSESSED;
  const avg = latest.rubricAverage ?? UNSCORED_AVERAGE;
  const rubric = (avg - 1) / 4;
  const rec = latest.recommendation ? RECOMMENDATION_VALUE[latest.recommendation] : NO_RECOMMENDATION;
  const flags = Math.min(latest.redFlags.length, MAX_RED_FLAGS) * PER_RED_FLAG;
  return Math.max(0, 0.25 + 0.75 * (0.7 * rubric + 0.3 * rec) - flags);
}
