// Near misses grouped by the one constraint they fail, and for each group the smallest change to the
// role that lets the whole group in: what an account manager means by "raise the budget by $6/h and
// these three qualify". The change is sent as `match`'s relax option (a what-if, never saved by itself).
import type { NearMiss } from '../../../shared/matching/rank';
import type { RelaxInput } from '../../../shared/api/match';
import { CEFR, type Cefr, type Role, type Seniority } from '../../../shared/bench/schema';
import { resolveSkill, skillKey } from '../../../shared/taxonomy';

export interface NearMissGroup {
  code: string;
  /** "Budget", "Must-have: PyTorch"… */
  title: string;
  misses: NearMiss[];
  /** The what-if that admits every engineer of the group (null when no role change can). */
  relax: RelaxInput | null;
  /** The what-if in words: "Raise the budget to $78/h (+$6/h)". */
  action: string;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

export function titleOf(code: string): string {
  if (code.startsWith('must_have:')) return `Must-have: ${code.slice('must_have:'.length)}`;
  return ({ vetting: 'Vetting', seniority: 'Seniority', english: 'English', overlap: 'Overlap', budget: 'Budget', availability: 'Availability' } as Record<string, string>)[code] ?? code;
}

export function groupNearMisses(misses: readonly NearMiss[], role: Role): NearMissGroup[] {
  const groups = new Map<string, NearMiss[]>();
  for (const m of misses) {
    const code = m.failed[0] ?? 'unknown';
    (groups.get(code) ?? groups.set(code, []).get(code)!).push(m);
  }
  return [...groups.entries()]
    .map(([code, list]) => ({ code, title: titleOf(code), misses: list, ...relaxFor(code, list, role) }))
    .sort((a, b) => b.misses.length - a.misses.length || a.code.localeCompare(b.code));
}

function relaxFor(code: string, list: NearMiss[], role: Role): { relax: RelaxInput | null; action: string } {
  const gaps = list.map((m) => m.gaps[0] ?? '');
  switch (code) {
    case 'budget': {
      const over = gaps.map((g) => /^\$([\d.]+)\/h over budget/.exec(g)?.[1]).map((x) => (x === undefined ? NaN : Number(x)));
      const cap = role.maxBillRate ?? 0;
      if (over.some((x) => Number.isNaN(x))) return { relax: { maxBillRate: null }, action: 'Lift the budget cap (some have no bill rate on file)' };
      const raise = round2(Math.max(...over));
      return { relax: { maxBillRate: round2(cap + raise) }, action: `Raise the budget to $${round2(cap + raise)}/h (+$${raise}/h)` };
    }
    case 'overlap': {
      const hours = list.map((m) => m.overlapHours ?? 0);
      const min = Math.floor(Math.min(...hours) * 100) / 100;
      return { relax: { minOverlapHours: min }, action: `Accept ${min} h of overlap (from ${role.minOverlapHours ?? 0} h)` };
    }
    case 'english': {
      const levels = gaps.map((g) => /^English (\w+),/.exec(g)?.[1]);
      if (levels.some((l) => !l || !CEFR.includes(l as Cefr))) return { relax: { minEnglish: null }, action: 'Drop the English minimum (some levels are unknown)' };
      const lowest = CEFR[Math.min(...levels.map((l) => CEFR.indexOf(l as Cefr)))]!;
      return { relax: { minEnglish: lowest }, action: `Accept English ${lowest} (from ${role.minEnglish ?? '—'})` };
    }
    case 'seniority': {
      const extra = gaps.map((g) => g.split(',')[0]!.trim() as Seniority);
      const all = [...new Set([...(role.seniority ?? []), ...extra])];
      return { relax: { seniority: all }, action: `Also accept ${[...new Set(extra)].join(', ')}` };
    }
    case 'vetting':
      return { relax: { requireVetted: false }, action: 'Include engineers not vetted yet' };
    case 'availability': {
      const dates = gaps.map((g) => /^free (\d{4}-\d\d-\d\d)/.exec(g)?.[1]);
      const known = dates.filter((d): d is string => !!d).sort();
      if (!known.length) return { relax: null, action: 'No start date admits them (unavailable or no end date)' };
      const latest = known[known.length - 1]!;
      const rest = dates.length - known.length;
      return { relax: { startDate: latest }, action: `Start on ${latest}${rest ? ` (${rest} stay out: unavailable)` : ''}` };
    }
    default: {
      if (!code.startsWith('must_have:')) return { relax: null, action: '' };
      const name = code.slice('must_have:'.length);
      const key = skillKey(name);
      // The skill stays wanted, with the highest weight, as a nice-to-have.
      const mustHave = (role.mustHave ?? []).filter((q) => skillKey(q.skill) !== key);
      const niceToHave = [...(role.niceToHave ?? []).filter((q) => skillKey(q.skill) !== key), { skill: resolveSkill(name).name, weight: 3 }];
      return { relax: { mustHave, niceToHave }, action: `Make ${name} a nice-to-have (weight 3)` };
    }
  }
}
