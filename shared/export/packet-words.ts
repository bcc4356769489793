// The fixed words of a client packet in the packet's language (the client's): candidate letters, the
// scrub's placeholders, enum values (seniority, availability, recommendation, overlap judgement) and the
// assessment's strengths. Every renderer (PDF, XLSX, CSV) and the export dialog's preview say them
// through here, so a packet never mixes languages.
import type { TFunction } from 'i18next';
import { RUBRIC_KEYS, type AvailabilityStatus, type Recommendation, type RubricKey, type RubricScores, type Seniority } from '../bench/schema';
import { translatorFor } from '../i18n/instance';
import type { Language } from '../i18n/languages';
import type { ScrubWords } from './scrub';
import type { OverlapLabel } from './types';

export type PacketWordsT = TFunction<['packet']>;

/** "A" for 0, ... "Z", then "AA", "AB"... */
export function candidateLetters(index: number): string {
  let n = index;
  let letters = '';
  do {
    letters = String.fromCharCode(65 + (n % 26)) + letters;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return letters;
}

// Keys written out (not built from the value) so the catalog test sees every key used.
export const SENIORITY_KEY = {
  junior: 'packet:seniority.junior', mid: 'packet:seniority.mid', senior: 'packet:seniority.senior', lead: 'packet:seniority.lead',
} as const satisfies Record<Seniority, string>;
const AVAILABILITY_KEY = {
  available: 'packet:availability.available', interviewing: 'packet:availability.interviewing',
  on_assignment: 'packet:availability.on_assignment', unavailable: 'packet:availability.unavailable',
} as const satisfies Record<AvailabilityStatus, string>;
const RECOMMENDATION_KEY = {
  strong_yes: 'packet:recommendation.strong_yes', yes: 'packet:recommendation.yes', no: 'packet:recommendation.no', strong_no: 'packet:recommendation.strong_no',
} as const satisfies Record<Recommendation, string>;
export const OVERLAP_KEY = {
  full: 'packet:overlapLabel.full', most: 'packet:overlapLabel.most', partial: 'packet:overlapLabel.partial',
  little: 'packet:overlapLabel.little', none: 'packet:overlapLabel.none', unknown: 'packet:overlapLabel.unknown',
} as const satisfies Record<OverlapLabel, string>;
const STRENGTH_KEY = {
  productionExperience: 'packet:strength.productionExperience', failureHandling: 'packet:strength.failureHandling',
  systemDesign: 'packet:strength.systemDesign', tradeOffs: 'packet:strength.tradeOffs', communication: 'packet:strength.communication',
  codeQuality: 'packet:strength.codeQuality', apiIntegration: 'packet:strength.apiIntegration', collaboration: 'packet:strength.collaboration',
} as const satisfies Record<RubricKey, string>;

export function packetWords(lng: Language) {
  const t = translatorFor(lng, ['packet']);
  const scrub: ScrubWords = {
    email: t('packet:scrub.email'), link: t('packet:scrub.link'), phone: t('packet:scrub.phone'),
    handle: t('packet:scrub.handle'), name: t('packet:scrub.name'), skill: t('packet:scrub.skill'),
  };
  return {
    t,
    scrub,
    /** "Candidate A" in the packet's language. */
    candidate: (index: number) => t('packet:candidate', { letter: candidateLetters(index) }),
    seniority: (s: Seniority) => t(SENIORITY_KEY[s]),
    availability: (a: AvailabilityStatus) => t(AVAILABILITY_KEY[a]),
    recommendation: (r: Recommendation | undefined) => t(r ? RECOMMENDATION_KEY[r] : 'packet:recommendation.none'),
    overlapLabel: (l: OverlapLabel) => t(OVERLAP_KEY[l]),
    /**
     * The rubric dimensions scored 4 (strong) or 5 (exceptional), best first (rubric order on ties).
     * Scores below 4, red flags and the assessor's notes stay internal (strengths.ts says why).
     */
    strengths(scores: RubricScores | undefined): string[] {
      if (!scores) return [];
      return RUBRIC_KEYS
        .map((key, order) => ({ key, order, score: scores[key] ?? 0 }))
        .filter((s) => s.score >= 4)
        .sort((a, b) => b.score - a.score || a.order - b.order)
        .map((s) => t(s.score === 5 ? 'packet:strength.exceptional' : 'packet:strength.strong', { what: t(STRENGTH_KEY[s.key]) }));
    },
  };
}
export type PacketWords = ReturnType<typeof packetWords>;
