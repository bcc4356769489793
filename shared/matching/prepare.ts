// Per-engineer facts that do not depend on the role (effective skills, English, latest assessment),
// computed once per bench version so ranking 100k engineers is a loop of map lookups.
import type { Engineer } from '../bench/schema';
import {
  cefrRank, chronological, effectiveEnglish, effectiveSkills, latestAssessment,
  type EffectiveSkill, type LatestAssessment,
} from './effective';
import { assessmentValue } from './assessment-value';

export interface PreparedEngineer {
  engineer: Engineer;
  id: string;
  skills: Map<string, EffectiveSkill>;
  english: { level?: Engineer['englishLevel']; assessedOn?: string };
  englishRank: number;
  latest: LatestAssessment | null;
  /** 0..1, see assessmentValue. */
  assessment: number;
}

export interface PreparedBench {
  /** Non-archived engineers sorted by id, so input order never matters. */
  engineers: PreparedEngineer[];
  archived: number;
}

export function prepareEngineer(engineer: Engineer): PreparedEngineer {
  const ordered = chronological(engineer.assessments);
  const english = effectiveEnglish(engineer, ordered);
  const latest = latestAssessment(engineer, ordered);
  return {
    engineer,
    id: engineer.id,
    skills: effectiveSkills(engineer, ordered),
    english,
    englishRank: cefrRank(english.level),
    latest,
    assessment: assessmentValue(latest),
  };
}

/** Prepares a bench once; archived engineers are never evaluated, so they are left out here. */
export function prepareBench(engineers: readonly Engineer[]): PreparedBench {
  const live = engineers.filter((e) => !e.archived);
  const prepared = live.map(prepareEngineer);
  prepared.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { engineers: prepared, archived: engineers.length - live.length };
}
