// Finding the same person twice (shared/duplicates): pairs with a score and the reasons in words.
import { z } from 'zod';
import type { DuplicatePair } from '../duplicates/detect';
import { method } from './define';

export type { DuplicatePair } from '../duplicates/detect';

export const duplicatesApi = {
  /** Pairs of engineers that are probably the same person, best first; by default the pairs the app shows. */
  findDuplicates: method(z.strictObject({ minScore: z.number().min(0).max(1).optional() }))<{ pairs: DuplicatePair[] }>(),
};
