// Engineer methods for the Bench and Engineer screens: compact rows for the whole-bench table, one
// engineer in full, and a profile edit (assessments are history and are not edited here).
import { z } from 'zod';
import { engineerSchema, idSchema, type Engineer } from '../bench/schema';
import { method } from './define';
import type { EngineerRowColumns } from './engineer-rows';

export type { EngineerRow, EngineerRowColumns } from './engineer-rows';

/** A profile as the edit form sends it: the whole engineer minus id and assessments. */
export const engineerProfileSchema = engineerSchema.omit({ id: true, assessments: true });
export type EngineerProfile = z.infer<typeof engineerProfileSchema>;

export const engineersApi = {
  /**
   * Every engineer as a compact row, in id order, sent as columns (engineer-rows.ts: fromColumns turns
   * them back into rows); `version` changes whenever the bench does.
   */
  listEngineerRows: method(z.strictObject({
    includeArchived: z.boolean().optional(),
    /** Only the first rows (in id order) -- the Bench screen's first paint, read without the whole bench. */
    first: z.number().int().min(1).max(1000).optional(),
  }))<{ columns: EngineerRowColumns; /** Rows in the whole list, also when `first` sends fewer. */ count: number; version: number }>(),
  /** One engineer in the bench-file form, assessments included. */
  getEngineer: method(z.strictObject({ id: idSchema }))<Engineer>(),
  /** Replaces an engineer's profile (every field but id and assessments); logged to the change log. */
  updateEngineer: method(z.strictObject({ id: idSchema, profile: engineerProfileSchema }), { mutates: true })<Engineer>(),
};
