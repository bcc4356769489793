// The 0-100 score that orders matches (docs/scoring.md explains it in plain words). Six components,
// each a value in 0..1 that strictly grows with what matching.md says must strictly raise the score:
// no term saturates, so "a bit more" always counts, however good the engineer already is.
import type { WeightPreset } from '../bench/schema';
import type { EffectiveSkill } from './effective';
import { NOT_ASSESSED } from './assessment-value';
import type { MustReq, NiceReq, RoleContext } from './eligibility';
import type { PreparedEngineer } from './prepare';

export const COMPONENTS = ['mustHave', 'niceToHave', 'assessment', 'overlap', 'english', 'rate'] as const;
export type ComponentKey = (typeof COMPONENTS)[number];
export type Weights = Record<ComponentKey, number>;

export const PRESETS = {
  // Tuned on the public evaluation bench: must-haves are what a client asks for first, the assessment
  // is the firm's own evidence, the rest separate otherwise similar people.
  balanced: { mustHave: 45, niceToHave: 15, assessment: 20, overlap: 10, english: 5, rate: 5 },
  'skills first': { mustHave: 50, niceToHave: 25, assessment: 15, overlap: 5, english: 3, rate: 2 },
  'time zone first': { mustHave: 30, niceToHave: 10, assessment: 15, overlap: 35, english: 5, rate: 5 },
  'budget first': { mustHave: 30, niceToHave: 10, assessment: 15, overlap: 10, english: 5, rate: 30 },
} as const satisfies Record<WeightPreset, Weights>;
export type PresetName = WeightPreset;
export const DEFAULT_WEIGHTS: Weights = PRESETS.balanced;

/**
 * Credit for one skill, 0..1: 85% its level out of 5, 15% its years on a curve that keeps rising
 * (3 years is half of that part, 9 years three quarters). Both always add.
 */
export function skillCredit(s: { level: number; years: number }): number {
  return levelYearsCredit(s.level, s.years);
}

export function levelYearsCredit(level: number, years: number): number {
  return 0.85 * (level / 5) + 0.15 * (years / (years + 3));
}

/** A nice-to-have the engineer has: at least 0.4, so any present skill beats any related one. */
export function niceCredit(s: { level: number; years: number }): number {
  return 0.4 + 0.6 * skillCredit(s);
}

/** A related skill (say TensorFlow for a wanted PyTorch): at most 0.3 of the credit. */
export function relatedCredit(level: number): number {
  return 0.3 * (level / 5);
}

export interface SkillsDetail {
  matched: { name: string; level: number; years: number; required: boolean; verifiedOn?: string }[];
  missing: { name: string; required: boolean }[];
  related: { wanted: string; via: string; level: number }[];
}

export interface ScoreParts {
  values: Record<ComponentKey, number | null>;
  total: number;
}

function bestRelated(p: PreparedEngineer, r: NiceReq): { s: EffectiveSkill; name: string } | null {
  let best: { s: EffectiveSkill; name: string } | null = null;
  for (const rel of r.related) {
    const s = p.skills.get(rel.key);
    if (s && (!best || s.level > best.s.level)) best = { s, name: rel.name };
  }
  return best;
}

export function mustValue(p: PreparedEngineer, must: readonly MustReq[]): number | null {
  if (!must.length) return null;
  let sum = 0;
  for (const r of must) {
    const s = p.skills.get(r.key);
    if (s) sum += skillCredit(s);
  }
  return sum / must.length;
}

export function niceValue(p: PreparedEngineer, nice: readonly NiceReq[]): number | null {
  if (!nice.length) return null;
  let sum = 0;
  let weights = 0;
  for (const r of nice) {
    weights += r.weight;
    const s = p.skills.get(r.key);
    if (s) sum += r.weight * niceCredit(s);
    else {
      const rel = bestRelated(p, r);
      if (rel) sum += r.weight * relatedCredit(rel.s.level);
    }
  }
  return sum / weights;
}

export function overlapValue(hours: number | null, windowHours: number | null): number | null {
  if (hours === null || windowHours === null || windowHours <= 0) return null;
  return Math.min(1, hours / windowHours);
}

/** 1/6 per CEFR step: A1 1/6 … C2 1; unknown 0. */
export function englishValue(rank: number): number {
  return rank / 6;
}

/** cap / (cap + bill): 1 when free, ½ at the cap, always falling as the rate rises. Null without a cap. */
export function rateValue(bill: number | undefined, cap: number | undefined): number | null {
  if (cap === undefined) return null;
  if (bill === undefined) return 0;
  if (cap === 0) return bill === 0 ? 1 : 0;
  return cap / (cap + bill);
}

/** Fills `out` with the component values in COMPONENTS order (null: the role does not use it). */
function fillValues(p: PreparedEngineer, ctx: RoleContext, overlapHours: number | null, out: (number | null)[], must?: number | null, nice?: number | null): void {
  out[0] = must !== undefined ? must : mustValue(p, ctx.must);
  out[1] = nice !== undefined ? nice : niceValue(p, ctx.nice);
  out[2] = p.assessment;
  out[3] = overlapValue(overlapHours, ctx.windowHours);
  out[4] = englishValue(p.englishRank);
  out[5] = rateValue(Number.isNaN(p.bill) ? undefined : p.bill, ctx.role.maxBillRate);
}

function weightedTotal(vals: readonly (number | null)[], weights: Weights): number {
  // A component the role does not use (no nice-to-haves, no budget, unknown overlap) drops out and the
  // others share its weight, so 100 stays reachable.
  let sum = 0;
  let wsum = 0;
  for (let i = 0; i < COMPONENTS.length; i++) {
    const v = vals[i];
    if (v === null || v === undefined) continue;
    const w = Math.max(0, weights[COMPONENTS[i]!]);
    sum += w * v;
    wsum += w;
  }
  return wsum > 0 ? (100 * sum) / wsum : 0;
}

const scratch: (number | null)[] = [null, null, null, null, null, null];

/** The weighted total alone (0-100, unrounded), without allocating: the ranking loop calls it per candidate. */
export function scoreTotal(p: PreparedEngineer, ctx: RoleContext, overlapHours: number | null, weights: Weights, must?: number | null, nice?: number | null): number {
  fillValues(p, ctx, overlapHours, scratch, must, nice);
  return weightedTotal(scratch, weights);
}

/** Component values and the weighted total (0-100, unrounded: ordering uses every digit). */
export function scoreParts(p: PreparedEngineer, ctx: RoleContext, overlapHours: number | null, weights: Weights): ScoreParts {
  const vals: (number | null)[] = [];
  fillValues(p, ctx, overlapHours, vals);
  const values = Object.fromEntries(COMPONENTS.map((k, i) => [k, vals[i] ?? null])) as Record<ComponentKey, number | null>;
  return { values, total: weightedTotal(vals, weights) };
}

export function skillsDetail(p: PreparedEngineer, ctx: RoleContext): SkillsDetail {
  const out: SkillsDetail = { matched: [], missing: [], related: [] };
  const add = (name: string, required: boolean, s: EffectiveSkill | undefined) => {
    if (s) out.matched.push({ name, level: s.level, years: s.years, required, ...(s.verifiedOn ? { verifiedOn: s.verifiedOn } : {}) });
    else out.missing.push({ name, required });
  };
  for (const r of ctx.must) add(r.name, true, p.skills.get(r.key));
  for (const r of ctx.nice) {
    const s = p.skills.get(r.key);
    add(r.name, false, s);
    if (!s) {
      const rel = bestRelated(p, r);
      if (rel) out.related.push({ wanted: r.name, via: rel.s.name, level: rel.s.level });
    }
  }
  return out;
}

export { NOT_ASSESSED };
