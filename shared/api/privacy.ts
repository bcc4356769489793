// Candidate data under the firm's control (LGPD / GDPR): the records due for attention, erasure on
// request, and a person's own data for a data-subject access request. See docs/privacy.md.
import { z } from 'zod';
import { dateSchema, idSchema, type Assessment, type Engineer } from '../bench/schema';
import type { DueRecord } from '../privacy/due';
import { method } from './define';

/** Everything the bench holds about one person, as a data-subject access request answers it. */
export interface PersonData {
  format: 'benchmatch.person';
  version: 1;
  exportedAt: string;
  /** The profile as the bench file holds it (finalized, current assessments). */
  engineer: Engineer;
  /** Every assessment record about them: drafts, finalized, amended (in order). */
  assessmentHistory: (Assessment & { status: 'draft' | 'final'; createdAt: string; finalizedAt?: string })[];
  /** The shortlists they are on, with what the firm wrote there. */
  shortlists: { shortlistId: string; shortlist: string; roleId: string; role: string; client: string; status?: string; statusChangedAt?: string; note?: string }[];
  /** What was done to their record, when and by whom (field names only: the log never holds values). */
  history: { at: string; actor: string; action: string; record: string; fields?: string[] }[];
}

export interface ErasureReport {
  engineerId: string;
  /** The profile fields removed from the record. */
  fieldsCleared: string[];
  /** Their own notes removed: assessment notes, pitch notes, deleted drafts. */
  notesCleared: number;
  draftsDeleted: number;
  /** Original files kept with them (CVs). */
  documentsDeleted: number;
  /** Other records' free text (summaries, notes, descriptions) that named them, now scrubbed. */
  mentionsScrubbed: number;
}

const personInput = z.strictObject({ engineerId: idSchema });

export const privacyApi = {
  /** Records without a legal basis or past their retention date on `asOf` (default today). */
  privacyDue: method(z.strictObject({ asOf: dateSchema.optional() }))<{ asOf: string; records: DueRecord[] }>(),
  /** Erases a person's personal data everywhere in the bench, keeping an anonymous remainder. Cannot be undone. */
  erasePerson: method(personInput, { mutates: true })<ErasureReport>(),
  /** One person's data (data-subject access request), for a download. */
  personData: method(personInput)<PersonData>(),
  /** personData written to a file on this computer (command line). */
  exportPerson: method(z.strictObject({ engineerId: idSchema, out: z.string().min(1) }), { local: true })<{ path: string; bytes: number }>(),
};
