// Ranking the bench against a role (matching.md), with optional weights, a preset and a what-if that
// relaxes role fields without saving them; and how many engineers hold the skills a role requires.
import { z } from 'zod';
import { dateSchema, idSchema, WEIGHT_PRESETS, type Client, type Role, type WeightPreset } from '../bench/schema';
import { COMPONENTS, type ComponentKey } from '../matching/score';
import type { MatchResult } from '../matching/rank';
import { relaxSchema } from '../matching/relax';
import type { SkillSupply } from '../matching/supply';
import { LANGUAGES } from '../i18n/languages';
import { method } from './define';

const weight = z.number().min(0).max(1000);
const weightsSchema = z.strictObject(
  Object.fromEntries(COMPONENTS.map((k) => [k, weight.optional()])) as Record<ComponentKey, z.ZodOptional<typeof weight>>,
);

export const PRESET_NAMES = WEIGHT_PRESETS;

export const matchInputSchema = z.object({
  roleId: idSchema,
  /** YYYY-MM-DD; today when absent. */
  asOf: dateSchema.optional(),
  /** How many matches and near misses to list; every one when absent or with `all`. */
  top: z.number().int().min(1).max(100_000).optional(),
  all: z.boolean().optional(),
  /** The weight preset; the role's own (balanced when it has none) when absent. */
  preset: z.enum(WEIGHT_PRESETS).optional(),
  /** Overrides single weights on top of the preset. */
  weights: weightsSchema.optional(),
  relax: relaxSchema.optional(),
  /** The language of reasons and component labels (the screen's); English when absent, as the CLI's JSON. */
  lang: z.enum(LANGUAGES).optional(),
});

/** One ranking with what the Match screen draws around it: the saved role, its client and the preset used. */
export interface MatchAnswer extends MatchResult {
  /** The role as saved (a what-if is `relax` on top of it). */
  role: Role;
  client: Client;
  preset: WeightPreset;
}

export const matchApi = {
  match: method(matchInputSchema)<MatchAnswer>(),
  /** Holders on the bench of each skill (and of its related skills), for the role editor's warning. */
  skillSupply: method(z.strictObject({ skills: z.array(z.string().min(1).max(80)).max(50) }))<{ skills: SkillSupply[] }>(),
};
