// Ranks the bench against a role: eligibility, near misses, scores, deterministic order.
import { DEFAULT_LANGUAGE, type Language } from '../i18n/languages';
import type { Client, Engineer, Hours, Role } from '../bench/schema';
import { SENIORITIES } from '../bench/schema';
import { todayLocal } from '../bench/dates';
import { checkEligibility, roleContext, type ConstraintName, type RoleContext } from './eligibility';
import { nearFailure, type MustColumns } from './near-failures';
import { failureCode, type Failure } from './failures';
import { nearMissGroups, type NearMissGroup } from './near-miss-groups';
import { dateNumber, prepareBench, type PreparedBench, type PreparedEngineer } from './prepare';
import { applyRelax, type Relax } from './relax';
import { scarceSkills, type SkillSupply } from './supply';
import { breakdown, type ComponentBreakdown } from './reasons';
import { COMPONENTS, DEFAULT_WEIGHTS, levelYearsCredit, niceCredit, relatedCredit, scoreParts, scoreTotal, skillsDetail, type ComponentKey, type SkillsDetail, type Weights } from './score';

export interface RankOptions {
  /** The date D of the overlap rules and the default start date; defaults to today. */
  asOf?: string;
  weights?: Weights;
  /** How many matches (and near misses) to list; all when absent. */
  top?: number;
  prepared?: PreparedBench;
  relax?: Relax;
  /** The language of the reasons and component labels; English when absent (the CLI's JSON contract). */
  lang?: Language;
}

export interface RankedMatch {
  rank: number;
  engineerId: string;
  name: string;
  /** 0-100, 1 decimal. */
  score: number;
  overlapHours: number | null;
  /** Component values 0..1 (null when the role does not use the component). */
  components: Record<ComponentKey, number | null>;
  reasons: string[];
  breakdown: ComponentBreakdown[];
  skills: SkillsDetail;
  /** Zone and working hours, for the overlap band. */
  zone: EngineerZone;
  /** Under a what-if: the saved role's constraints this engineer fails, which the what-if lifted. */
  letIn?: Failure[];
}

export interface EngineerZone {
  timeZone: string;
  workingHours?: Hours;
}

export interface NearMiss {
  engineerId: string;
  name: string;
  score: number;
  overlapHours: number | null;
  /** Exactly one failure code, as matching.md names it (`budget`, `must_have:PyTorch`). */
  failed: string[];
  /** That failure with its numbers; gapText says it in words. */
  failure: Failure;
  components: Record<ComponentKey, number | null>;
  skills: SkillsDetail;
  zone: EngineerZone;
}

export interface MatchResult {
  roleId: string;
  asOf: string;
  /** Engineers checked (archived ones are never evaluated). */
  evaluated: number;
  /** False when neither the role nor its client has a time zone: overlap is unknown and not applied. */
  overlapKnown: boolean;
  /** "09:00-17:00 America/New_York", or the hours alone when the zone is unknown. */
  clientWindow: string;
  weights: Weights;
  /** Counts before `top` cut the lists. */
  totalMatches: number;
  totalNearMisses: number;
  matches: RankedMatch[];
  nearMisses: NearMiss[];
  /** Every near miss (not only those listed) grouped by its failure, with each group's what-ifs. */
  groups: NearMissGroup[];
  /** Must-haves that few or no engineers on the bench hold, with related skills to swap in. */
  scarce: SkillSupply[];
}

interface Scored { i: number; p: PreparedEngineer; total: number; overlap: number | null; why: ConstraintName }

const byScoreThenId = (a: Scored, b: Scored) => b.total - a.total || (a.p.id < b.p.id ? -1 : a.p.id > b.p.id ? 1 : 0);
const round1 = (n: number) => Math.round(n * 10) / 10;

export function rankRole(
  bench: { engineers: Engineer[]; clients: Client[] },
  role: Role,
  opts: RankOptions = {},
): MatchResult {
  const asOf = opts.asOf ?? todayLocal();
  const weights = opts.weights ?? DEFAULT_WEIGHTS;
  const prepared = opts.prepared ?? prepareBench(bench.engineers);
  const effectiveRole = applyRelax(role, opts.relax);
  const ctx = roleContext(effectiveRole, bench.clients, asOf);

  const matches: Scored[] = [];
  const near: Scored[] = [];
  const engineers = prepared.engineers;
  const n = engineers.length;
  // Overlap once per (zone, working hours) slot, must-haves through the skill posting lists: the loop
  // below then reads flat fields and stops at the second failure (most of a large bench fails twice).
  const slotHours = prepared.overlapSlots.map((s) => ctx.overlaps.get(s.engineer, s.key).hours);
  const mustMet = new Uint8Array(n);
  // The must-have part of the score, summed in requirement order exactly as mustValue does.
  const mustSum = new Float64Array(n);
  // Each must-have's level and years per engineer, for the numbers of the near misses' failures.
  const mustCols: MustColumns[] = ctx.must.map(() => ({ level: new Uint8Array(n), years: new Float64Array(n) }));
  for (let k = 0; k < ctx.must.length; k++) {
    const r = ctx.must[k]!;
    const post = prepared.postings.get(r.key);
    if (!post) continue;
    const col = mustCols[k]!;
    for (let j = 0; j < post.idx.length; j++) {
      const i = post.idx[j]!;
      const level = post.level[j]!;
      const years = post.years[j]!;
      col.level[i] = level;
      col.years[i] = years;
      mustSum[i] = mustSum[i]! + levelYearsCredit(level, years);
      if (level >= r.minLevel && years >= r.minYears) mustMet[i]! += 1;
    }
  }
  const mustCount = ctx.must.length;
  // Nice-to-haves the same way: each wanted skill's level and years, and the best related level, per engineer.
  const niceCols = ctx.nice.map((r) => {
    const level = new Uint8Array(n);
    const years = new Float64Array(n);
    const related = new Uint8Array(n);
    const post = prepared.postings.get(r.key);
    if (post) for (let j = 0; j < post.idx.length; j++) { level[post.idx[j]!] = post.level[j]!; years[post.idx[j]!] = post.years[j]!; }
    for (const rel of r.related) {
      const rp = prepared.postings.get(rel.key);
      if (rp) for (let j = 0; j < rp.idx.length; j++) if (rp.level[j]! > related[rp.idx[j]!]!) related[rp.idx[j]!] = rp.level[j]!;
    }
    return { weight: r.weight, level, years, related };
  });
  const niceWeights = ctx.nice.reduce((a, r) => a + r.weight, 0);
  const niceOf = (i: number): number | null => {
    if (!niceCols.length) return null;
    let sum = 0;
    for (const col of niceCols) {
      const lv = col.level[i]!;
      if (lv) sum += col.weight * niceCredit({ level: lv, years: col.years[i]! });
      else if (col.related[i]) sum += col.weight * relatedCredit(col.related[i]!);
    }
    return sum / niceWeights;
  };
  const { requireVetted, seniorities, minEnglishRank } = ctx;
  const start = dateNumber(ctx.startDate);
  const allowed = new Uint8Array(SENIORITIES.length).fill(1);
  if (seniorities) SENIORITIES.forEach((s, k) => (allowed[k] = seniorities.has(s) ? 1 : 0));
  const minOverlap = effectiveRole.minOverlapHours;
  const maxBill = effectiveRole.maxBillRate;
  const c = prepared.cols;
  for (let i = 0; i < n; i++) {
    let f = mustCount - mustMet[i]!;
    if (f > 1) continue;
    // The one constraint a near miss fails, so its numbers come from that check alone.
    let why: ConstraintName = 'mustHave';
    if (requireVetted && !c.vetted[i]) { if (++f > 1) continue; why = 'vetting'; }
    if (!allowed[c.seniority[i]!]) { if (++f > 1) continue; why = 'seniority'; }
    if (minEnglishRank > 0 && c.english[i]! < minEnglishRank) { if (++f > 1) continue; why = 'english'; }
    const hours = slotHours[c.slot[i]!] ?? null;
    if (minOverlap !== undefined && hours !== null && hours < minOverlap) { if (++f > 1) continue; why = 'overlap'; }
    if (maxBill !== undefined && !(c.bill[i]! <= maxBill)) { if (++f > 1) continue; why = 'budget'; }
    if (c.neverFree[i] || (c.freeFrom[i]! !== 0 && c.freeFrom[i]! > start)) { if (++f > 1) continue; why = 'availability'; }
    const p = engineers[i]!;
    const total = scoreTotal(p, ctx, hours, weights, mustCount ? mustSum[i]! / mustCount : null, niceOf(i));
    if (f) near.push({ i, p, total, overlap: hours, why });
    else matches.push({ i, p, total, overlap: hours, why });
  }
  matches.sort(byScoreThenId);
  near.sort(byScoreThenId);
  const top = opts.top;
  const shownMatches = top === undefined ? matches : matches.slice(0, top);
  const shownNear = top === undefined ? near : near.slice(0, top);
  // Every near miss's failure with its numbers (the loop only counted): the groups and their what-ifs
  // need the whole gap, not only the rows listed.
  const failures: Failure[] = near.map((s) => nearFailure(prepared, s.i, s.why, ctx, mustCols, s.overlap));
  // Under a what-if, what the saved role would have refused in each match listed.
  const base = opts.relax ? roleContext(role, bench.clients, asOf) : null;
  const letIn = (s: Scored) => (base ? checkEligibility(s.p, base, base.overlaps.get(s.p.engineer, s.p.overlapKey).hours) : undefined);

  return {
    roleId: role.id,
    asOf,
    evaluated: prepared.engineers.length,
    overlapKnown: ctx.windowHours !== null,
    clientWindow: `${ctx.coreHours.start}-${ctx.coreHours.end}${ctx.timeZone ? ` ${ctx.timeZone}` : ''}`,
    weights,
    totalMatches: matches.length,
    totalNearMisses: near.length,
    matches: shownMatches.map((s, i) => describeMatch(s, i + 1, ctx, weights, letIn(s), opts.lang ?? DEFAULT_LANGUAGE)),
    nearMisses: shownNear.map((s, i) => describeNearMiss(s, ctx, weights, failures[i]!)),
    groups: nearMissGroups(near.map((s, i) => ({ engineerId: s.p.id, name: () => s.p.engineer.name, failure: failures[i]! })), effectiveRole),
    scarce: scarceSkills(prepared, ctx.must.map((r) => r.name)),
  };
}

function components(parts: ReturnType<typeof scoreParts>): Record<ComponentKey, number | null> {
  const out = {} as Record<ComponentKey, number | null>;
  for (const k of COMPONENTS) {
    const v = parts.values[k];
    out[k] = v === null ? null : Math.round(v * 100) / 100;
  }
  return out;
}

function zoneOf(p: PreparedEngineer): EngineerZone {
  const e = p.engineer;
  return { timeZone: e.timeZone, ...(e.workingHours ? { workingHours: e.workingHours } : {}) };
}

function describeMatch(s: Scored, rank: number, ctx: RoleContext, weights: Weights, letIn: Failure[] | undefined, lng: Language): RankedMatch {
  const parts = scoreParts(s.p, ctx, s.overlap, weights);
  const skills = skillsDetail(s.p, ctx);
  const rows = breakdown(s.p, ctx, parts, weights, s.overlap, skills, lng);
  return {
    rank,
    engineerId: s.p.id,
    name: s.p.engineer.name,
    score: round1(s.total),
    overlapHours: s.overlap,
    components: components(parts),
    reasons: rows.filter((r) => r.applies).map((r) => r.reason),
    breakdown: rows,
    skills,
    zone: zoneOf(s.p),
    ...(letIn?.length ? { letIn } : {}),
  };
}

function describeNearMiss(s: Scored, ctx: RoleContext, weights: Weights, failure: Failure): NearMiss {
  const parts = scoreParts(s.p, ctx, s.overlap, weights);
  return {
    engineerId: s.p.id,
    name: s.p.engineer.name,
    score: round1(s.total),
    overlapHours: s.overlap,
    failed: [failureCode(failure)],
    failure,
    components: components(parts),
    skills: skillsDetail(s.p, ctx),
    zone: zoneOf(s.p),
  };
}

export type { Failure, Relax, RoleContext };
