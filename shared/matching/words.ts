// What-if steps in an account manager's words, rendered at the edge (the screen, the CLI) from the
// step's data, in the reader's language; the gap sentences themselves are gapText in failures.ts.
import { translatorFor } from '../i18n/instance';
import type { Language } from '../i18n/languages';
import { SENIORITY_WORD } from '../vetting/rubric';
import type { WhatIfChange, WhatIfStep } from './near-miss-groups';
import type { SkillSupply } from './supply';

export function changeText(c: WhatIfChange, lng: Language): string {
  const t = translatorFor(lng, ['matching', 'rubric']);
  const years = (count: number) => t('years', { count });
  switch (c.kind) {
    case 'raise_budget': return t('change.raiseBudget', { to: c.to, by: Math.round((c.to - c.from) * 100) / 100 });
    case 'lift_budget': return t('change.liftBudget', { from: c.from });
    case 'lower_overlap': return t('change.lowerOverlap', { to: c.to, from: c.from });
    case 'lower_english': return t('change.lowerEnglish', { to: c.to, from: c.from });
    case 'drop_english': return t('change.dropEnglish');
    case 'add_seniority': return t('change.addSeniority', { seniority: t(SENIORITY_WORD[c.add]) });
    case 'include_unvetted': return t('change.includeUnvetted');
    case 'later_start': return t('change.laterStart', { to: c.to, from: c.from });
    case 'lower_level':
      return c.years
        ? t('change.lowerLevelAndYears', { skill: c.skill, to: c.to, from: c.from, years: years(c.years.to), fromYears: c.years.from })
        : t('change.lowerLevel', { skill: c.skill, to: c.to, from: c.from });
    case 'lower_years': return t('change.lowerYears', { years: years(c.to), skill: c.skill, from: c.from });
    case 'drop_years': return t('change.dropYears', { skill: c.skill, years: years(c.from) });
    case 'skill_to_nice': return t('change.skillToNice', { skill: c.skill });
    case 'swap_skill': return t('change.swapSkill', { to: c.to, skill: c.skill });
  }
}

/** "lets in Ana Souza and 2 more", or how many it lets in. */
export function admitsText(s: WhatIfStep, lng: Language): string {
  const t = translatorFor(lng, 'matching');
  if (!s.closest) return t('admits.count', { n: s.admits });
  return s.admits > 1 ? t('admits.closestAndMore', { name: s.closest.name, count: s.admits - 1 }) : t('admits.closest', { name: s.closest.name });
}

/** "No engineer has MLOps; 38 have related MLflow, 12 Kubeflow". */
export function supplyText(s: SkillSupply, lng: Language): string {
  const t = translatorFor(lng, 'matching');
  const who = s.holders === 0 ? t('supply.none', { skill: s.skill }) : t('supply.few', { count: s.holders, skill: s.skill });
  if (!s.related.length) return t('supply.noRelated', { who });
  const [first, ...rest] = s.related;
  const more = rest.map((r) => t('supply.moreRelated', { n: r.holders, skill: r.skill })).join('');
  return t('supply.related', { who, count: first!.holders, skill: first!.skill, more });
}
