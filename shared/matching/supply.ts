// How many engineers on the bench hold a skill, and its related skills' holders: a must-have held by
// few or nobody empties a ranking, and the role editor and the Match screen say so before anyone wonders
// ("No engineer has MLOps; 38 have related MLflow"), offering the related skills as swaps.
import { relatedSkills, resolveSkill, skillKey } from '../taxonomy';
import type { PreparedBench } from './prepare';

/** Fewer holders than this is "few": the warning shows. */
export const FEW_HOLDERS = 3;
const RELATED_SHOWN = 4;

export interface SkillSupply {
  /** Canonical name. */
  skill: string;
  /** Engineers on the bench (archived ones excluded) with the skill at any level. */
  holders: number;
  /** Related skills that someone holds, most held first. */
  related: { skill: string; holders: number }[];
}

const holders = (prepared: PreparedBench, name: string) => prepared.postings.get(skillKey(name))?.idx.length ?? 0;

export function skillSupply(prepared: PreparedBench, skill: string): SkillSupply {
  const name = resolveSkill(skill).name;
  const related = relatedSkills(name)
    .map((r) => ({ skill: r, holders: holders(prepared, r) }))
    .filter((r) => r.holders > 0)
    .sort((a, b) => b.holders - a.holders || (a.skill < b.skill ? -1 : 1))
    .slice(0, RELATED_SHOWN);
  return { skill: name, holders: holders(prepared, name), related };
}

/** The skills among `skills` that fewer than FEW_HOLDERS engineers hold. */
export function scarceSkills(prepared: PreparedBench, skills: readonly string[]): SkillSupply[] {
  const seen = new Set<string>();
  const out: SkillSupply[] = [];
  for (const s of skills) {
    const key = skillKey(s);
    if (seen.has(key)) continue;
    seen.add(key);
    const supply = skillSupply(prepared, s);
    if (supply.holders < FEW_HOLDERS) out.push(supply);
  }
  return out;
}
