// Ranking the bench against a role (matching.md), with optional weights, a preset and a what-if that
// relaxes role fields without saving them.
import { z } from 'zod';
import { dateSchema, idSchema, roleSchema } from '../bench/schema';
import { COMPONENTS, PRESETS, type ComponentKey } from '../matching/score';
import type { MatchResult } from '../matching/rank';
import { method } from './define';

const weight = z.number().min(0).max(1000);
const weightsSchema = z.strictObject(
  Object.fromEntries(COMPONENTS.map((k) => [k, weight.optional()])) as Record<ComponentKey, z.ZodOptional<typeof weight>>,
);

/** Role fields a what-if may override; null lifts the constraint. */
const relaxSchema = z.strictObject({
  maxBillRate: roleSchema.shape.maxBillRate.unwrap().nullable().optional(),
  minOverlapHours: roleSchema.shape.minOverlapHours.unwrap().nullable().optional(),
  minEnglish: roleSchema.shape.minEnglish.unwrap().nullable().optional(),
  seniority: roleSchema.shape.seniority.unwrap().nullable().optional(),
  mustHave: roleSchema.shape.mustHave.unwrap().nullable().optional(),
  niceToHave: roleSchema.shape.niceToHave.unwrap().nullable().optional(),
  requireVetted: z.boolean().optional(),
  startDate: dateSchema.nullable().optional(),
  timeZone: roleSchema.shape.timeZone.unwrap().nullable().optional(),
  coreHours: roleSchema.shape.coreHours.unwrap().nullable().optional(),
});
export type RelaxInput = z.infer<typeof relaxSchema>;

export const PRESET_NAMES = Object.keys(PRESETS) as (keyof typeof PRESETS)[];

export const matchInputSchema = z.object({
  roleId: idSchema,
  /** YYYY-MM-DD; today when absent. */
  asOf: dateSchema.optional(),
  /** How many matches and near misses to list; every one when absent or with `all`. */
  top: z.number().int().min(1).max(100_000).optional(),
  all: z.boolean().optional(),
  preset: z.enum(PRESET_NAMES as [keyof typeof PRESETS, ...(keyof typeof PRESETS)[]]).optional(),
  /** Overrides single weights on top of the preset (balanced by default). */
  weights: weightsSchema.optional(),
  relax: relaxSchema.optional(),
});

export const matchApi = {
  match: method(matchInputSchema)<MatchResult>(),
};
