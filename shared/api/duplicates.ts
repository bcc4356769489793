// Finding the same person twice (shared/duplicates): pairs with a score and the reasons in words; merging
// two records into one (per-field choice), undoing a merge, and remembering pairs that are two people.
import { z } from 'zod';
import type { Engineer } from '../bench/schema';
import { idSchema } from '../bench/schema';
import { RULES } from '../bench/schema-words';
import type { DuplicatePair } from '../duplicates/detect';
import { MERGE_FIELDS, type MergeField, type MergeSide } from '../duplicates/merge';
import { method } from './define';

export type { DuplicatePair } from '../duplicates/detect';

const side = z.enum(['keep', 'other']);
const choicesSchema = z.strictObject(Object.fromEntries(MERGE_FIELDS.map((f) => [f, side.optional()])) as Record<MergeField, z.ZodOptional<typeof side>>);
const notItself = { message: RULES.mergeItself, path: ['other'] };
const mergePair = z.strictObject({ keep: idSchema, other: idSchema }).refine((p) => p.keep !== p.other, notItself);
const mergeInput = z.strictObject({ keep: idSchema, other: idSchema, choices: choicesSchema.optional() }).refine((p) => p.keep !== p.other, notItself);

export interface MergePreview {
  keep: Engineer;
  other: Engineer;
  keepUpdatedAt: string;
  otherUpdatedAt: string;
  /** The side each field takes unless chosen: the more complete value, else the more recent. */
  defaults: Record<MergeField, MergeSide>;
}

export interface MergeResult {
  mergeId: string;
  kept: string;
  merged: string;
  counts: { assessments: number; shortlistEntries: number; history: number; documents: number };
}

export const duplicatesApi = {
  /** Pairs of engineers that are probably the same person, best first; by default the pairs the app shows. */
  findDuplicates: method(z.strictObject({ minScore: z.number().min(0).max(1).optional() }))<{ pairs: DuplicatePair[]; names: Record<string, string> }>(),
  /** Both records side by side with the default choice per field; writes nothing. */
  mergePreview: method(mergePair)<MergePreview>(),
  /** Merges `other` into `keep` in one transaction (fields by choice or default, skills joined, the rest moved). */
  mergeEngineers: method(mergeInput, { mutates: true })<MergeResult>(),
  /** Undoes a merge: both records as they were before it. */
  unmerge: method(z.strictObject({ mergeId: z.string().min(1).max(100), discardLaterEdits: z.boolean().optional() }), { mutates: true })<{ mergeId: string; kept: string; restored: string }>(),
  /** Remembers that two records are two people (or forgets it), so the pair is not shown again. */
  setNotDuplicate: method(z.strictObject({ a: idSchema, b: idSchema, notDuplicate: z.boolean() }), { mutates: true })<{ a: string; b: string; notDuplicate: boolean }>(),
};
