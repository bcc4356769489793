// Documents in: a CV read into a draft engineer (nothing written), a reviewed draft saved as a new engineer
// or into the record of the same person, a batch import for the command line, and a job posting file read
// into a draft role. Files come by path (command line, library) or by upload handle (the window, browser mode).
import { z } from 'zod';
import { idSchema } from '../bench/schema';
import type { CvDraft } from '../cv/draft';
import type { DuplicateReason } from '../duplicates/reasons';
import type { RoleDraft } from '../jd/extract';
import { method } from './define';
import type { KeyedText } from './errors';
import { engineerProfileSchema } from './engineers';
import { uploadIdSchema } from './bench';

export interface SamePerson {
  engineerId: string;
  name: string;
  score: number;
  /** In English words (the CLI's --json); `why` is the same as data, for people in their language. */
  reasons: string[];
  why: DuplicateReason[];
}

export interface CvReading {
  /** The file's own name (never a path from a page). */
  file: string;
  kind: 'pdf' | 'docx' | 'text';
  pages: number;
  draft: CvDraft;
  /** The draft in bench-file form (no id), and each value's source text by JSON pointer (cli.md `cv read --json`). */
  engineer: Record<string, unknown>;
  sources: Record<string, string>;
  /** What to check, as keyed words (the CLI's --json prints them in English, as cli.md says). */
  warnings: KeyedText[];
  /** Records on the bench that are probably this person, best first: offer to update one instead of adding. */
  samePerson: SamePerson[];
}

export interface CvImportResult {
  file: string;
  outcome: 'created' | 'updated' | 'duplicate' | 'refused';
  engineerId?: string;
  /** Why it was refused or not added: English (JSON), with `text` the same words keyed. */
  message?: string;
  text?: KeyedText;
}

export interface CvSaved {
  engineerId: string;
  created: boolean;
}

const paths = z.array(z.string().min(1)).min(1).max(10_000);

export const cvApi = {
  /** `cv read FILE`: a draft engineer from a CV on this computer; writes nothing. */
  readCvFile: method(z.strictObject({ path: z.string().min(1) }), { local: true })<CvReading>(),
  /** readCvFile for a file the page uploaded or the window's dialog staged. */
  readCvUpload: method(z.strictObject({ upload: uploadIdSchema }))<CvReading>(),
  /**
   * Saves a reviewed draft, keeping the uploaded file with the engineer: a new engineer, or, with
   * `updateId`, the CV's values merged into that record (the same person). Discards the upload after.
   */
  saveCvDraft: method(z.strictObject({ upload: uploadIdSchema, profile: engineerProfileSchema, updateId: idSchema.optional() }), { mutates: true })<CvSaved>(),
  /**
   * `cv import FILE...`: each CV added as a sourced engineer with its file; a CV whose person is already on the
   * bench is not added (or, with `updateDuplicates`, updates that record); a CV without name, country or zone is refused.
   */
  importCvFiles: method(z.strictObject({ paths, dryRun: z.boolean().optional(), updateDuplicates: z.boolean().optional() }), { mutates: true, local: true })<{ dryRun: boolean; results: CvImportResult[] }>(),
  /** A job posting file (PDF, DOCX or text) read into a draft role, with the text it was read from. */
  readPostingUpload: method(z.strictObject({ upload: uploadIdSchema }))<RoleDraft & { text: string; warnings: KeyedText[] }>(),
};
