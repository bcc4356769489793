// Effective skills for display: the matching engine's values (shared/matching/effective.ts), plus the
// assessor who verified each one, strongest first.
import type { Engineer } from '../../../shared/bench/schema';
import { chronological, effectiveSkills, type EffectiveSkill } from '../../../shared/matching/effective';
import { skillKey } from '../../../shared/taxonomy';

export interface SkillView extends EffectiveSkill {
  verifiedBy?: string;
}

export function skillViews(engineer: Engineer): SkillView[] {
  const ordered = chronological(engineer.assessments);
  const out: SkillView[] = [];
  for (const [key, s] of effectiveSkills(engineer, ordered)) {
    let verifiedBy: string | undefined;
    if (s.verifiedOn) {
      // The latest assessment on that date that verified this skill is the one effectiveSkills used.
      for (let i = ordered.length - 1; i >= 0; i--) {
        const a = ordered[i]!;
        if (a.date === s.verifiedOn && a.verifiedSkills?.some((v) => skillKey(v.name) === key)) {
          verifiedBy = a.assessor;
          break;
        }
      }
    }
    out.push({ ...s, ...(verifiedBy ? { verifiedBy } : {}) });
  }
  return out.sort((a, b) => b.level - a.level || b.years - a.years || a.name.localeCompare(b.name));
}
