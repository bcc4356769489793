// Job description -> draft role profile, for the role editor and `benchmatch role draft`.
import { z } from 'zod';
import type { RoleDraft } from '../jd/extract';
import { method } from './define';

export const jdApi = {
  draftRole: method(z.object({ text: z.string().max(200_000) }))<RoleDraft>(),
};
