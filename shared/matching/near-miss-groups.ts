// Near misses grouped by the one constraint they fail, and for each group the what-ifs an account
// manager negotiates with: first the smallest change that lets the group's closest engineer in (which
// also lets in everyone at least as close), then, where the gap allows, a broader one ("drop the
// minimum years", "lift the budget cap"). Steps are computed against the role as ranked, so after a
// what-if the group's next step is the next engineer's: relaxing goes one engineer at a time.
import { CEFR, type Cefr, type Role, type Seniority } from '../bench/schema';
import { resolveSkill, skillKey } from '../taxonomy';
import { cefrRank } from './effective';
import { failureCode, type Failure } from './failures';
import type { Relax } from './relax';

/** One change to the role, as data; stepText (words.ts) says it in words. */
export type WhatIfChange =
  | { kind: 'raise_budget'; to: number; from: number }
  | { kind: 'lift_budget'; from: number }
  | { kind: 'lower_overlap'; to: number; from: number }
  | { kind: 'lower_english'; to: Cefr; from: Cefr }
  | { kind: 'drop_english'; from: Cefr }
  | { kind: 'add_seniority'; add: Seniority }
  | { kind: 'include_unvetted' }
  | { kind: 'later_start'; to: string; from: string }
  | { kind: 'lower_level'; skill: string; to: number; from: number; years?: { to: number; from: number } }
  | { kind: 'lower_years'; skill: string; to: number; from: number }
  | { kind: 'drop_years'; skill: string; from: number }
  | { kind: 'skill_to_nice'; skill: string }
  | { kind: 'swap_skill'; skill: string; to: string };

export interface WhatIfStep {
  change: WhatIfChange;
  /** The patch for `match`'s relax option, against the role as ranked. */
  relax: Relax;
  /** How many of the group it lets in. */
  admits: number;
  /** The group's engineer it was sized for (the closest one still out). */
  closest: { engineerId: string; name: string } | null;
}

export interface NearMissGroup {
  /** The wire code every member fails: `budget`, `must_have:PyTorch`… */
  code: string;
  kind: Failure['code'];
  /** The first member's failure: failureTitle(failure, lng) heads the group ("Budget", "Must-have: PyTorch"). */
  failure: Failure;
  /** Members in the whole bench (the near-miss list may show fewer). */
  count: number;
  /** The smallest step that lets the closest engineer in; null when no role change can. */
  next: WhatIfStep | null;
  /** Broader steps for the whole gap ("drop the minimum years", "make it a nice-to-have"). */
  more: WhatIfStep[];
  /** Members no role change admits (unavailable, on assignment with no end date). */
  stuck: number;
}

export interface GroupMember {
  engineerId: string;
  /** Asked only of the engineer a step is sized for: a big bench has thousands of members. */
  name: () => string;
  failure: Failure;
}

/** Groups near misses (in score order, best first) by their failure; largest group first. */
export function nearMissGroups(members: readonly GroupMember[], role: Role): NearMissGroup[] {
  // Keyed by kind, and by skill for must-haves: no code string is built per member.
  const byKey = new Map<string, GroupMember[]>();
  for (const m of members) {
    const f = m.failure;
    const key = f.code === 'must_have' ? f.skill : f.code;
    const list = byKey.get(key);
    if (list) list.push(m);
    else byKey.set(key, [m]);
  }
  return [...byKey.values()]
    .map((list) => groupOf(failureCode(list[0]!.failure), list, role))
    .sort((a, b) => b.count - a.count || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

/** Whether a change lets in an engineer who fails only this failure. */
export function clears(f: Failure, c: WhatIfChange): boolean {
  switch (c.kind) {
    case 'raise_budget': return f.code === 'budget' && f.rate !== null && f.rate <= c.to;
    case 'lift_budget': return f.code === 'budget';
    case 'lower_overlap': return f.code === 'overlap' && f.hours >= c.to;
    case 'lower_english': return f.code === 'english' && cefrRank(f.have ?? undefined) >= cefrRank(c.to);
    case 'drop_english': return f.code === 'english';
    case 'add_seniority': return f.code === 'seniority' && f.have === c.add;
    case 'include_unvetted': return f.code === 'vetting';
    case 'later_start': return f.code === 'availability' && f.from !== null && f.from <= c.to;
    case 'lower_level':
      return f.code === 'must_have' && f.skill === c.skill && f.have !== null && f.have >= c.to
        && (f.years === undefined || (c.years !== undefined && f.years >= c.years.to));
    case 'lower_years':
      return f.code === 'must_have' && f.skill === c.skill && f.have !== null && f.have >= f.need && (f.years ?? 0) >= c.to;
    case 'drop_years': return f.code === 'must_have' && f.skill === c.skill && f.have !== null && f.have >= f.need;
    case 'skill_to_nice': return f.code === 'must_have' && f.skill === c.skill;
    case 'swap_skill': return false; // a different skill: who it admits is the ranking's to say
  }
}

/** The relax patch that makes a change, against the role as ranked. */
export function relaxFor(c: WhatIfChange, role: Role): Relax {
  switch (c.kind) {
    case 'raise_budget': return { maxBillRate: c.to };
    case 'lift_budget': return { maxBillRate: null };
    case 'lower_overlap': return { minOverlapHours: c.to };
    case 'lower_english': return { minEnglish: c.to };
    case 'drop_english': return { minEnglish: null };
    case 'add_seniority': return { seniority: [...(role.seniority ?? []), c.add] };
    case 'include_unvetted': return { requireVetted: false };
    case 'later_start': return { startDate: c.to };
    case 'lower_level':
    case 'lower_years':
    case 'drop_years':
    case 'swap_skill': {
      const key = skillKey(c.skill);
      const mustHave = (role.mustHave ?? []).map((q) => {
        if (skillKey(q.skill) !== key) return q;
        if (c.kind === 'swap_skill') return { ...q, skill: c.to };
        const out = { ...q };
        if (c.kind === 'lower_level') {
          out.minLevel = c.to;
          if (c.years) out.minYears = c.years.to;
        } else if (c.kind === 'lower_years') out.minYears = c.to;
        else delete out.minYears;
        return out;
      });
      return { mustHave };
    }
    case 'skill_to_nice': {
      // The skill stays wanted, with the highest weight, as a nice-to-have.
      const key = skillKey(c.skill);
      return {
        mustHave: (role.mustHave ?? []).filter((q) => skillKey(q.skill) !== key),
        niceToHave: [...(role.niceToHave ?? []).filter((q) => skillKey(q.skill) !== key), { skill: resolveSkill(c.skill).name, weight: 3 }],
      };
    }
  }
}

function step(change: WhatIfChange, list: readonly GroupMember[], role: Role, closest: GroupMember | null): WhatIfStep {
  let admits = 0;
  for (const m of list) if (clears(m.failure, change)) admits++;
  return {
    change,
    relax: relaxFor(change, role),
    admits,
    closest: closest ? { engineerId: closest.engineerId, name: closest.name() } : null,
  };
}

function groupOf(code: string, list: GroupMember[], role: Role): NearMissGroup {
  const first = list[0]!.failure;
  const { next, more } = steps(list, role);
  const all = next ? [next, ...more] : more;
  let stuck = 0;
  for (const m of list) if (!all.some((s) => clears(m.failure, s.change))) stuck++;
  return { code, kind: first.code, failure: first, count: list.length, next, more, stuck };
}

/** The closest member by a "distance" (smaller is closer; members without one are left to `more`). */
function closestBy(list: readonly GroupMember[], distance: (f: Failure) => number | null): GroupMember | null {
  let best: GroupMember | null = null;
  let bestD = Infinity;
  // Members come best score first, so on a tie the better-scored engineer is the one aimed at.
  for (const m of list) {
    const d = distance(m.failure);
    if (d !== null && d < bestD) {
      best = m;
      bestD = d;
    }
  }
  return best;
}

function steps(list: readonly GroupMember[], role: Role): { next: WhatIfStep | null; more: WhatIfStep[] } {
  const f0 = list[0]!.failure;
  const one = (m: GroupMember | null, change: (f: Failure) => WhatIfChange | null): WhatIfStep | null => {
    const c = m ? change(m.failure) : null;
    return c ? step(c, list, role, m) : null;
  };
  switch (f0.code) {
    case 'budget': {
      const m = closestBy(list, (f) => (f.code === 'budget' ? f.rate : null));
      const next = one(m, (f) => (f.code === 'budget' && f.rate !== null ? { kind: 'raise_budget', to: f.rate, from: f.cap } : null));
      const noRate = list.some((x) => x.failure.code === 'budget' && x.failure.rate === null);
      return { next, more: noRate ? [step({ kind: 'lift_budget', from: f0.cap }, list, role, null)] : [] };
    }
    case 'overlap': {
      const m = closestBy(list, (f) => (f.code === 'overlap' ? f.shortBy : null));
      return { next: one(m, (f) => (f.code === 'overlap' ? { kind: 'lower_overlap', to: f.hours, from: f.need } : null)), more: [] };
    }
    case 'english': {
      const m = closestBy(list, (f) => (f.code === 'english' && f.have ? cefrRank(f.need) - cefrRank(f.have) : null));
      const next = one(m, (f) => (f.code === 'english' && f.have ? { kind: 'lower_english', to: f.have, from: f.need } : null));
      const unknown = list.some((x) => x.failure.code === 'english' && !x.failure.have);
      return { next, more: unknown ? [step({ kind: 'drop_english', from: f0.code === 'english' ? f0.need : CEFR[0] }, list, role, null)] : [] };
    }
    case 'seniority':
      return { next: one(list[0]!, (f) => (f.code === 'seniority' ? { kind: 'add_seniority', add: f.have } : null)), more: [] };
    case 'vetting':
      return { next: step({ kind: 'include_unvetted' }, list, role, list[0]!), more: [] };
    case 'availability': {
      const m = closestBy(list, (f) => (f.code === 'availability' && f.from ? Date.parse(f.from) : null));
      return { next: one(m, (f) => (f.code === 'availability' && f.from ? { kind: 'later_start', to: f.from, from: f.start } : null)), more: [] };
    }
    case 'must_have': {
      const skill = f0.skill;
      // Closest: the smallest level gap, then the smallest years gap; a missing skill is no distance.
      const m = closestBy(list, (f) => (f.code === 'must_have' && f.have !== null
        ? Math.max(0, f.need - f.have) * 1000 + Math.max(0, (f.needYears ?? 0) - (f.years ?? 0)) : null));
      const next = one(m, (f) => {
        if (f.code !== 'must_have' || f.have === null) return null;
        const years = f.years !== undefined && f.needYears !== undefined ? { to: f.years, from: f.needYears } : undefined;
        if (f.have < f.need) return { kind: 'lower_level', skill, to: f.have, from: f.need, ...(years ? { years } : {}) };
        return years ? { kind: 'lower_years', skill, to: years.to, from: years.from } : null;
      });
      const more: WhatIfStep[] = [];
      const yearsShort = list.find((x) => x.failure.code === 'must_have' && x.failure.needYears !== undefined);
      if (yearsShort && yearsShort.failure.code === 'must_have') more.push(step({ kind: 'drop_years', skill, from: yearsShort.failure.needYears! }, list, role, null));
      more.push(step({ kind: 'skill_to_nice', skill }, list, role, null));
      return { next, more };
    }
  }
}
