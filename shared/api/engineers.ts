// Engineer methods for the Bench and Engineer screens: compact rows for the whole-bench table, one
// engineer in full, and a profile edit (assessments are history and are not edited here).
import { z } from 'zod';
import { engineerSchema, idSchema, type AvailabilityStatus, type Cefr, type Engineer, type Seniority, type VettingStatus } from '../bench/schema';
import { method } from './define';

/** One table row: only what the Bench table shows, so 100k of them stay a few MB. */
export interface EngineerRow {
  id: string;
  name: string;
  country: string;
  city?: string;
  timeZone: string;
  seniority: Seniority;
  primaryRole?: string;
  /** Effective English (the latest assessment that recorded one, else the profile). */
  english?: Cefr;
  availability?: AvailabilityStatus;
  availableFrom?: string;
  vetting?: VettingStatus;
  billPerHour?: number;
  currency?: string;
  yearsExperience?: number;
  /** The six strongest skills by effective level, canonical names (the table shows the first four). */
  skills: string[];
  tags: string[];
  assessments: number;
  archived: boolean;
}

/** A profile as the edit form sends it: the whole engineer minus id and assessments. */
export const engineerProfileSchema = engineerSchema.omit({ id: true, assessments: true });
export type EngineerProfile = z.infer<typeof engineerProfileSchema>;

export const engineersApi = {
  /** Every engineer as a compact row, in id order; `version` changes whenever the bench does. */
  listEngineerRows: method(z.strictObject({ includeArchived: z.boolean().optional() }))<{ rows: EngineerRow[]; version: number }>(),
  /** One engineer in the bench-file form, assessments included. */
  getEngineer: method(z.strictObject({ id: idSchema }))<Engineer>(),
  /** Replaces an engineer's profile (every field but id and assessments); logged to the change log. */
  updateEngineer: method(z.strictObject({ id: idSchema, profile: engineerProfileSchema }), { mutates: true })<Engineer>(),
};
