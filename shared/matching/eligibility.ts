// Hard constraints (matching.md "Eligibility"): the role resolved once for a ranking, and the one
// reference check of an engineer, which yields each failed constraint as data (failures.ts). The fast
// ranking loop in rank.ts must agree with it (test/unit/matching/fast-loop.property.test.ts).
import type { Client, Hours, Role, Seniority } from '../bench/schema';
import { CEFR, DEFAULT_CORE_HOURS } from '../bench/schema';
import { relatedSkills, resolveSkill, skillKey } from '../taxonomy';
import { cefrRank } from './effective';
import type { Failure } from './failures';
import { intervalHours, OverlapCache, roundHours } from './overlap';
import type { PreparedEngineer } from './prepare';


export interface MustReq { name: string; key: string; minLevel: number; minYears: number }
export interface NiceReq { name: string; key: string; weight: number; related: { name: string; key: string }[] }

/** A role resolved once for a ranking: canonical skills, defaults applied, the overlap cache. */
export interface RoleContext {
  role: Role;
  asOf: string;
  startDate: string;
  must: MustReq[];
  nice: NiceReq[];
  seniorities: Set<Seniority> | null;
  requireVetted: boolean;
  minEnglishRank: number;
  timeZone?: string;
  coreHours: Hours;
  /** Length of the client window in hours, or null when the overlap is unknown. */
  windowHours: number | null;
  overlaps: OverlapCache;
}

// Rankings repeat for the same client window and date (what-ifs, weight changes, other roles of the
// client), so the per-slot overlaps survive between calls; the results depend only on the key.
const overlapCaches = new Map<string, OverlapCache>();
function overlapCacheFor(timeZone: string | undefined, coreHours: Hours, asOf: string): OverlapCache {
  const key = `${timeZone ?? ''}|${coreHours.start}|${coreHours.end}|${asOf}`;
  let c = overlapCaches.get(key);
  if (!c) {
    if (overlapCaches.size >= 64) overlapCaches.clear();
    c = new OverlapCache(timeZone ? { timeZone, coreHours } : {}, asOf);
    overlapCaches.set(key, c);
  }
  return c;
}

export function roleContext(role: Role, clients: readonly Client[], asOf: string): RoleContext {
  const timeZone = role.timeZone ?? clients.find((c) => c.id === role.clientId)?.timeZone;
  const coreHours = role.coreHours ?? DEFAULT_CORE_HOURS;
  const overlaps = overlapCacheFor(timeZone, coreHours, asOf);
  // The client window's length, measured on D itself (it is 23 or 25 h long on a DST day when round the clock).
  const probe = overlaps.get({ timeZone: timeZone ?? 'UTC', workingHours: { start: '00:00', end: '00:00' } });
  // Requirements naming one skill twice (an alias and its canonical name) count once, the stricter one.
  const must = new Map<string, MustReq>();
  for (const r of role.mustHave ?? []) {
    const name = resolveSkill(r.skill).name;
    const key = skillKey(name);
    const prev = must.get(key);
    must.set(key, { name, key, minLevel: Math.max(r.minLevel ?? 1, prev?.minLevel ?? 1), minYears: Math.max(r.minYears ?? 0, prev?.minYears ?? 0) });
  }
  const nice = new Map<string, NiceReq>();
  for (const r of role.niceToHave ?? []) {
    const name = resolveSkill(r.skill).name;
    const key = skillKey(name);
    if (must.has(key)) continue; // already required: counted (more strictly) as a must-have
    const related = relatedSkills(name).map((n) => ({ name: n, key: skillKey(n) }));
    nice.set(key, { name, key, weight: Math.max(r.weight ?? 1, nice.get(key)?.weight ?? 1), related });
  }
  return {
    role,
    asOf,
    startDate: role.startDate ?? asOf,
    must: [...must.values()],
    nice: [...nice.values()],
    seniorities: role.seniority && role.seniority.length ? new Set(role.seniority) : null,
    requireVetted: role.requireVetted ?? true,
    minEnglishRank: cefrRank(role.minEnglish),
    ...(timeZone ? { timeZone } : {}),
    coreHours,
    windowHours: timeZone && probe.clientWindow ? intervalHours(probe.clientWindow) : null,
    overlaps,
  };
}

/**
 * Each hard constraint's check, in the order of matching.md's table: the failure with its numbers, or
 * null. `hours` is the engineer's overlap (null when unknown). The ranking loop tests the same rules on
 * flat columns for speed and then asks the one check it found failing for the numbers.
 */
export const CONSTRAINT_CHECKS = {
  vetting(p: PreparedEngineer, ctx: RoleContext): Failure | null {
    return ctx.requireVetted && !p.vetted ? { code: 'vetting', status: p.engineer.vettingStatus ?? null } : null;
  },
  seniority(p: PreparedEngineer, ctx: RoleContext): Failure | null {
    return ctx.seniorities && !ctx.seniorities.has(p.seniority) ? { code: 'seniority', have: p.seniority, need: [...ctx.seniorities] } : null;
  },
  mustHave(p: PreparedEngineer, ctx: RoleContext): Failure[] {
    const out: Failure[] = [];
    for (const r of ctx.must) {
      const f = mustFailure(p, r);
      if (f) out.push(f);
    }
    return out;
  },
  english(p: PreparedEngineer, ctx: RoleContext): Failure | null {
    return ctx.minEnglishRank > 0 && p.englishRank < ctx.minEnglishRank ? { code: 'english', have: p.english.level ?? null, need: CEFR[ctx.minEnglishRank - 1]! } : null;
  },
  overlap(_p: PreparedEngineer, ctx: RoleContext, hours: number | null): Failure | null {
    const need = ctx.role.minOverlapHours;
    return need !== undefined && hours !== null && hours < need ? { code: 'overlap', hours, need, shortBy: roundHours(need - hours) } : null;
  },
  budget(p: PreparedEngineer, ctx: RoleContext): Failure | null {
    const cap = ctx.role.maxBillRate;
    if (cap === undefined) return null;
    const bill = p.engineer.rate?.billPerHour;
    if (bill === undefined) return { code: 'budget', rate: null, overBy: null, cap };
    return bill > cap ? { code: 'budget', rate: bill, overBy: roundHours(bill - cap), cap } : null;
  },
  availability(p: PreparedEngineer, ctx: RoleContext): Failure | null {
    const a = p.engineer.availability;
    // No availability on file means nothing says the engineer is busy: treated as available now.
    if (!a) return null;
    const start = ctx.startDate;
    if (a.status === 'unavailable') return { code: 'availability', from: null, start, unavailable: true };
    if (a.status === 'on_assignment' && !a.from) return { code: 'availability', from: null, start, unavailable: false };
    return a.from && a.from > start ? { code: 'availability', from: a.from, start, unavailable: false } : null;
  },
} as const;
export type ConstraintName = keyof typeof CONSTRAINT_CHECKS;

/** One must-have's failure, or null; years only when they fall short. */
export function mustFailure(p: PreparedEngineer, r: MustReq): Failure | null {
  const s = p.skills.get(r.key);
  if (!s) return { code: 'must_have', skill: r.name, have: null, need: r.minLevel };
  if (s.years < r.minYears) return { code: 'must_have', skill: r.name, have: s.level, need: r.minLevel, years: s.years, needYears: r.minYears };
  return s.level < r.minLevel ? { code: 'must_have', skill: r.name, have: s.level, need: r.minLevel } : null;
}

/** Every failed constraint of one engineer, in the order of matching.md's table, with its numbers. */
export function checkEligibility(p: PreparedEngineer, ctx: RoleContext, hours: number | null): Failure[] {
  const out: Failure[] = [];
  for (const name of Object.keys(CONSTRAINT_CHECKS) as ConstraintName[]) {
    const f = CONSTRAINT_CHECKS[name](p, ctx, hours);
    if (Array.isArray(f)) out.push(...f);
    else if (f) out.push(f);
  }
  return out;
}
