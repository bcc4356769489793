// Vetting methods: drafts that save as the lead types, finalization (after which a record never
// changes), amendments that point at the record they correct, the vetting status set from a finalized
// assessment, the queue, and the bench medians the rubric chart compares against.
//
// A record is addressed by `ref`: its id, or "@<n>" for an imported assessment that came without one.
// Amendments: an amendment SUPERSEDES the record it corrects. The bench snapshot (and so matching, the
// Bench table and exports) carries only current records; the history here shows every one.
import { z } from 'zod';
import { idSchema, senioritySchema, VETTING_STATUSES, type Assessment, type VettingStatus } from '../bench/schema';
import { draftSchema } from '../vetting/draft';
import type { QueueEntry } from '../vetting/queue';
import type { RubricMedians } from '../vetting/median';
import { method } from './define';

const refSchema = z.string().min(1).max(80);

export interface AssessmentRecord {
  ref: string;
  engineerId: string;
  status: 'draft' | 'final';
  assessment: Assessment;
  /** The ref of the record this one corrects. */
  amends?: string;
  /** The ref of the finalized amendment that corrects this one (it is then no longer current). */
  supersededBy?: string;
  createdAt: string;
  createdBy: string;
  finalizedAt?: string;
}

export const assessmentsApi = {
  /** Every record of an engineer, drafts included, oldest first (by date, then as recorded). */
  listAssessments: method(z.strictObject({ engineerId: idSchema }))<AssessmentRecord[]>(),
  /**
   * Creates a draft (no `ref`) or replaces a draft's content (`ref`). Refused for a finalized record.
   * Not `mutates`: drafts are not part of the bench (matching never sees them), and autosave must not
   * make every open view reload on each pause in typing.
   */
  saveDraft: method(z.strictObject({ engineerId: idSchema, ref: refSchema.optional(), draft: draftSchema }))<AssessmentRecord>(),
  /** Throws a draft away (logged). Refused for a finalized record: nothing deletes one. */
  discardDraft: method(z.strictObject({ ref: refSchema }))<{ ref: string }>(),
  /** Makes a draft final and immutable; the ranking sees it at once. */
  finalizeAssessment: method(z.strictObject({ ref: refSchema }), { mutates: true })<AssessmentRecord>(),
  /** Opens a draft amendment of a finalized record (a copy to correct), or returns the one already open. */
  startAmendment: method(z.strictObject({ ref: refSchema }))<AssessmentRecord>(),
  /** Sets an engineer's vetting status on the strength of one of their finalized assessments (logged). */
  setVettingStatus: method(
    z.strictObject({ engineerId: idSchema, status: z.enum(VETTING_STATUSES), fromAssessment: refSchema }),
    { mutates: true },
  )<{ engineerId: string; from: VettingStatus | null; to: VettingStatus }>(),
  /** Engineers in sourced or screening, oldest first, with drafts in progress and days waited. */
  vettingQueue: method(z.strictObject({}))<QueueEntry[]>(),
  /** The bench median of each rubric dimension for a seniority. */
  rubricMedians: method(z.strictObject({ seniority: senioritySchema }))<RubricMedians>(),
};

