// The assessment, told to a client in words: the recommendation and the rubric dimensions the engineer
// scored strongly on (assessment-rubric.md). Scores below 4, red flags and the assessor's notes stay
// internal: a client reads what the firm vouches for, not the interview record.
import { RUBRIC_KEYS, type Recommendation, type RubricKey, type RubricScores } from '../bench/schema';

const STRENGTH_WORDS: Record<RubricKey, string> = {
  productionExperience: 'has shipped and run systems in production',
  failureHandling: 'diagnoses failures and prevents them recurring',
  systemDesign: 'designs for data flow, latency, cost, monitoring and fallback',
  tradeOffs: 'makes sound, pragmatic trade-offs',
  communication: 'explains technical decisions clearly to non-engineers',
  codeQuality: 'writes readable, tested, well-structured code',
  apiIntegration: 'integrates models and services into products and workflows',
  collaboration: 'works well across product, data, engineering and operations',
};

const RECOMMENDATION_WORDS: Record<Recommendation, string> = {
  strong_yes: 'Strongly recommended',
  yes: 'Recommended',
  no: 'Not recommended',
  strong_no: 'Strongly not recommended',
};

/** A recommendation as a client reads it. */
export function recommendationInWords(r: Recommendation | undefined): string {
  return r ? RECOMMENDATION_WORDS[r] : 'Not yet assessed';
}

/**
 * The dimensions scored 4 (strong) or 5 (exceptional), best first (rubric order on ties), each as a
 * sentence fragment: "Exceptional: has shipped and run systems in production".
 */
export function strengthsInWords(scores: RubricScores | undefined): string[] {
  if (!scores) return [];
  return RUBRIC_KEYS
    .map((key, order) => ({ key, order, score: scores[key] ?? 0 }))
    .filter((s) => s.score >= 4)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map((s) => `${s.score === 5 ? 'Exceptional' : 'Strong'}: ${STRENGTH_WORDS[s.key]}`);
}
