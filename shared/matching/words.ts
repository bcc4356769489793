// What-if steps in an account manager's words, rendered at the edge (the screen, the CLI) from the
// step's data; the gap sentences themselves are gapText in failures.ts.
import type { WhatIfChange, WhatIfStep } from './near-miss-groups';
import type { SkillSupply } from './supply';

const num = (n: number) => String(Math.round(n * 100) / 100);
const years = (n: number) => `${num(n)} year${n === 1 ? '' : 's'}`;

export function changeText(c: WhatIfChange): string {
  switch (c.kind) {
    case 'raise_budget': return `Raise the budget to $${num(c.to)}/h (+$${num(c.to - c.from)}/h)`;
    case 'lift_budget': return `Lift the $${num(c.from)}/h budget cap (some have no bill rate on file)`;
    case 'lower_overlap': return `Accept ${num(c.to)} h of overlap (from ${num(c.from)} h)`;
    case 'lower_english': return `Accept English ${c.to} (from ${c.from})`;
    case 'drop_english': return `Drop the English minimum (some levels are unknown)`;
    case 'add_seniority': return `Also accept ${c.add}`;
    case 'include_unvetted': return 'Include engineers not vetted yet';
    case 'later_start': return `Start on ${c.to} (from ${c.from})`;
    case 'lower_level': return `Accept ${c.skill} ${c.to}/5 (from ${c.from})${c.years ? ` with ${years(c.years.to)} (from ${num(c.years.from)})` : ''}`;
    case 'lower_years': return `Accept ${years(c.to)} of ${c.skill} (from ${num(c.from)})`;
    case 'drop_years': return `Drop the minimum years of ${c.skill} (${years(c.from)})`;
    case 'skill_to_nice': return `Make ${c.skill} a nice-to-have (weight 3)`;
    case 'swap_skill': return `Require ${c.to} instead of ${c.skill}`;
  }
}

/** "lets in Ana Souza and 2 more", or how many it lets in. */
export function admitsText(s: WhatIfStep): string {
  if (s.closest) return `lets in ${s.closest.name}${s.admits > 1 ? ` and ${s.admits - 1} more` : ''}`;
  return `lets in ${s.admits}`;
}

/** "No engineer has MLOps; 38 have related MLflow, 12 Kubeflow". */
export function supplyText(s: SkillSupply): string {
  const who = s.holders === 0 ? `No engineer has ${s.skill}` : `Only ${s.holders} engineer${s.holders === 1 ? '' : 's'} ha${s.holders === 1 ? 's' : 've'} ${s.skill}`;
  if (!s.related.length) return `${who}, and no one has a related skill`;
  const [first, ...rest] = s.related;
  return `${who}; ${first!.holders} ha${first!.holders === 1 ? 's' : 've'} related ${first!.skill}${rest.map((r) => `, ${r.holders} ${r.skill}`).join('')}`;
}
