// Effective values of an engineer (matching.md "Effective values"): what the last assessor verified
// beats what the profile claims. Computed once per engineer and reused by every role ranked against it.
import type { Assessment, Cefr, Engineer, Recommendation, RedFlag, RubricScores } from '../bench/schema';
import { CEFR, RUBRIC_KEYS } from '../bench/schema';
import { resolveSkill, skillKey } from '../taxonomy';

export interface EffectiveSkill {
  /** Canonical name (or the custom name as written). */
  name: string;
  level: number;
  /** From the profile; an assessment verifies levels, not years. Absent counts as 0. */
  years: number;
  /** Date of the assessment that verified the level, when one did. */
  verifiedOn?: string;
  /** The level the profile claims, when the skill is on the profile. */
  profileLevel?: number;
}

export interface LatestAssessment {
  date: string;
  kind: Assessment['kind'];
  /** Mean of the rubric scores present (1-5), or null when none were scored. */
  rubricAverage: number | null;
  scored: number;
  recommendation?: Recommendation;
  redFlags: RedFlag[];
}

/** The kinds that judge engineering skill; english and reference checks do not. */
export const SKILL_ASSESSMENT_KINDS: readonly Assessment['kind'][] = ['technical_interview', 'system_design', 'coding_exercise'];

const collator = new Intl.Collator('en', { numeric: true });

/**
 * Assessments from oldest to newest: by date, then id (numeric-aware, so a-10 is after a-9), then the
 * order they were recorded in when ids are missing. The last of a list is "the most recent".
 */
export function chronological(assessments: readonly Assessment[] | undefined): Assessment[] {
  return (assessments ?? [])
    .map((a, i) => ({ a, i }))
    .sort((x, y) => {
      if (x.a.date !== y.a.date) return x.a.date < y.a.date ? -1 : 1;
      const byId = collator.compare(x.a.id ?? '', y.a.id ?? '');
      return byId !== 0 ? byId : x.i - y.i;
    })
    .map((x) => x.a);
}

/** Effective skill levels keyed by skillKey: the most recent verification of each skill, else the profile. */
export function effectiveSkills(engineer: Engineer, ordered = chronological(engineer.assessments)): Map<string, EffectiveSkill> {
  const out = new Map<string, EffectiveSkill>();
  for (const s of engineer.skills) {
    const name = resolveSkill(s.name).name;
    const key = skillKey(name);
    const prev = out.get(key);
    if (prev) {
      // A profile listing one skill twice (say "k8s" and "Kubernetes") keeps the stronger claim of each.
      prev.level = Math.max(prev.level, s.level);
      prev.profileLevel = prev.level;
      prev.years = Math.max(prev.years, s.years ?? 0);
      continue;
    }
    out.set(key, { name, level: s.level, years: s.years ?? 0, profileLevel: s.level });
  }
  // Oldest first, so a later verification of the same skill overwrites an earlier one.
  for (const a of ordered) {
    for (const v of a.verifiedSkills ?? []) {
      const name = resolveSkill(v.name).name;
      const key = skillKey(name);
      const prev = out.get(key);
      out.set(key, { ...(prev ?? { name, years: 0 }), name: prev?.name ?? name, level: v.level, verifiedOn: a.date });
    }
  }
  return out;
}

/** The English level of the most recent assessment that recorded one, else the profile's. */
export function effectiveEnglish(engineer: Engineer, ordered = chronological(engineer.assessments)): { level?: Cefr; assessedOn?: string } {
  for (let i = ordered.length - 1; i >= 0; i--) {
    const a = ordered[i]!;
    if (a.englishLevel) return { level: a.englishLevel, assessedOn: a.date };
  }
  return engineer.englishLevel ? { level: engineer.englishLevel } : {};
}

/** 1 (A1) .. 6 (C2); 0 when unknown. */
export function cefrRank(level: Cefr | undefined): number {
  return level ? CEFR.indexOf(level) + 1 : 0;
}

export function rubricAverage(scores: RubricScores | undefined): { average: number | null; scored: number } {
  let sum = 0;
  let n = 0;
  for (const k of RUBRIC_KEYS) {
    const v = scores?.[k];
    if (typeof v === 'number') {
      sum += v;
      n += 1;
    }
  }
  return { average: n ? sum / n : null, scored: n };
}

/** The most recent technical_interview, system_design or coding_exercise, or null. */
export function latestAssessment(engineer: Engineer, ordered = chronological(engineer.assessments)): LatestAssessment | null {
  for (let i = ordered.length - 1; i >= 0; i--) {
    const a = ordered[i]!;
    if (!SKILL_ASSESSMENT_KINDS.includes(a.kind)) continue;
    const { average, scored } = rubricAverage(a.scores);
    return {
      date: a.date,
      kind: a.kind,
      rubricAverage: average,
      scored,
      ...(a.recommendation ? { recommendation: a.recommendation } : {}),
      redFlags: [...(a.redFlags ?? [])],
    };
  }
  return null;
}
