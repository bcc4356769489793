// Assessments that agree with the vetting status: vetted engineers passed (good rubric scores, a yes),
// rejected ones failed (low scores, red flags, a no), screening is in progress, sourced has none yet.
import type { Assessment, AssessmentKind, Cefr, RedFlag, RubricScores, Seniority, Skill, VettingStatus } from '../../shared/bench/schema';
import { RUBRIC_KEYS } from '../../shared/bench/schema';
import { daysFrom } from './days';
import type { Rng } from './rng';

export interface AssessmentInput {
  id: string;
  seniority: Seniority;
  skills: readonly Skill[];
  englishLevel: Cefr;
  vettingStatus: VettingStatus;
  today: string;
  rng: Rng;
  assessors: readonly string[];
}

const TECH_KINDS: readonly AssessmentKind[] = ['technical_interview', 'system_design', 'coding_exercise'];
const MILD_FLAGS: readonly RedFlag[] = ['over_engineering', 'unclear_communication'];
const FAIL_FLAGS: readonly RedFlag[] = ['tools_not_systems', 'no_failure_story', 'over_engineering', 'no_fallback_plan', 'unclear_communication', 'role_mismatch'];
const LOWER: Record<Seniority, Seniority> = { junior: 'junior', mid: 'junior', senior: 'mid', lead: 'senior' };

export function generateAssessments(input: AssessmentInput): Assessment[] {
  const { rng, vettingStatus } = input;
  const count = { sourced: 0, screening: rng.int(0, 1), vetted: rng.int(1, 3), rejected: rng.int(1, 2) }[vettingStatus];
  if (count === 0) return [];
  // Distinct days, oldest first, within the last ~18 months.
  const offsets: number[] = [];
  while (offsets.length < count) {
    const d = rng.int(3, 542);
    if (!offsets.includes(d)) offsets.push(d);
  }
  offsets.sort((a, b) => b - a);
  const kinds: AssessmentKind[] = rng.sample(TECH_KINDS, count);
  if (count >= 2 && rng.chance(0.5)) kinds[0] = 'english';
  if (count === 3 && rng.chance(0.3)) kinds[2] = 'reference_check';
  return offsets.map((offset, k) => {
    const kind = kinds[k] ?? 'technical_interview';
    const last = k === count - 1;
    return one(input, kind, daysFrom(input.today, -offset), `${input.id}-a${k + 1}`, last);
  });
}

function one(input: AssessmentInput, kind: AssessmentKind, date: string, id: string, last: boolean): Assessment {
  const { rng, vettingStatus, seniority } = input;
  const passing = vettingStatus === 'vetted' || (vettingStatus === 'screening' && rng.chance(0.7));
  const failing = vettingStatus === 'rejected' && (last || rng.chance(0.5));
  const a: Assessment = { id, date, kind, assessor: rng.pick(input.assessors) };

  if (kind === 'english') {
    a.englishLevel = input.englishLevel;
    a.scores = { communication: clampScore(cefrScore(input.englishLevel) + rng.int(-1, 0)) };
    if (!failing) a.recommendation = 'yes';
    else a.recommendation = 'no';
    return a;
  }
  if (kind === 'reference_check') {
    a.scores = { collaboration: passing ? rng.int(4, 5) : rng.int(2, 3), communication: passing ? rng.int(3, 5) : rng.int(2, 3) };
    a.recommendation = failing ? 'no' : 'yes';
    return a;
  }

  const centre = failing ? 2 : passing ? (seniority === 'junior' ? 3.3 : 3.9) : 3;
  const scores: RubricScores = {};
  for (const key of RUBRIC_KEYS) if (rng.chance(0.85)) scores[key] = clampScore(Math.round(centre + rng.float(-1, 1)));
  a.scores = scores;

  // Verified skills: the assessor checked a few of the strongest claims; passing engineers mostly
  // held up, failing ones were over-claiming.
  const top = [...input.skills].sort((x, y) => y.level - x.level).slice(0, rng.int(1, 3));
  a.verifiedSkills = top.map((s) => ({ name: s.name, level: Math.max(1, s.level - (failing ? rng.int(1, 2) : rng.chance(0.7) ? 0 : 1)) }));

  if (failing) {
    a.redFlags = rng.sample(FAIL_FLAGS, rng.int(1, 2));
    a.recommendation = rng.chance(0.35) ? 'strong_no' : 'no';
    a.recommendedSeniority = LOWER[seniority];
    a.notes = 'Struggled to explain production trade-offs; answers stayed at the level of tools.';
  } else if (passing) {
    if (rng.chance(0.1)) a.redFlags = [rng.pick(MILD_FLAGS)];
    a.recommendation = rng.chance(0.35) ? 'strong_yes' : 'yes';
    a.recommendedSeniority = rng.chance(0.85) ? seniority : LOWER[seniority];
    a.notes = 'Clear reasoning about failure modes and fallbacks; solid delivery track record.';
  } else if (!last || rng.chance(0.5)) {
    // Screening still in progress: scored, no verdict yet.
    a.notes = 'First round done; second interview pending.';
  } else {
    a.recommendation = 'yes';
  }
  return a;
}

function cefrScore(level: Cefr): number {
  return { A1: 1, A2: 2, B1: 3, B2: 4, C1: 5, C2: 5 }[level];
}

function clampScore(n: number): number {
  return Math.min(5, Math.max(1, n));
}
