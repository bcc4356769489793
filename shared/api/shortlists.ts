// Shortlists per role: ordered entries with a pitch note and a status that remembers when it changed.
// Every change is one small method, logged to the change log, so the screen can undo a removal exactly.
import { z } from 'zod';
import { idSchema, shortlistEntrySchema, SHORTLIST_STATUSES, type Seniority, type ShortlistStatus } from '../bench/schema';
import { method } from './define';

export interface ShortlistEntryView {
  engineerId: string;
  name: string;
  position: number;
  note?: string;
  /** True while the pitch note is approved for the client's packets (approved text = current note). */
  noteApproved: boolean;
  status: ShortlistStatus;
  /** ISO timestamp of the last status change (null for entries imported without one). */
  statusChangedAt: string | null;
  seniority: Seniority;
  country: string;
  primaryRole?: string;
  billPerHour?: number;
  archived: boolean;
}

export interface ShortlistView {
  id: string;
  roleId: string;
  name: string;
  entries: ShortlistEntryView[];
}

export interface ShortlistSummary {
  id: string;
  roleId: string;
  roleTitle: string;
  clientName: string;
  name: string;
  entries: number;
  byStatus: Partial<Record<ShortlistStatus, number>>;
}

/** What a removal returns, so Undo can put the entry back where it was, note, status and date included. */
export interface RemovedEntry {
  shortlistId: string;
  position: number;
  entry: { engineerId: string; note?: string; approvedNote?: string; status?: ShortlistStatus; statusChangedAt: string | null };
}

export const shortlistStatusSchema = z.enum(SHORTLIST_STATUSES);

export const shortlistsApi = {
  listShortlists: method(z.strictObject({}))<{ shortlists: ShortlistSummary[] }>(),
  /** The role's shortlist (null when the role has none yet). */
  roleShortlist: method(z.strictObject({ roleId: idSchema }))<{ shortlist: ShortlistView | null }>(),
  /** Adds an engineer at the end (creating the role's shortlist on first use); adding twice changes nothing. */
  addToShortlist: method(z.strictObject({ roleId: idSchema, engineerId: idSchema }), { mutates: true })<{ shortlist: ShortlistView; added: boolean }>(),
  /** The new order: exactly the shortlist's engineers, each once. */
  reorderShortlist: method(z.strictObject({ shortlistId: idSchema, engineerIds: z.array(idSchema).max(1000) }), { mutates: true })<ShortlistView>(),
  updateShortlistEntry: method(z.strictObject({
    shortlistId: idSchema,
    engineerId: idSchema,
    note: shortlistEntrySchema.shape.note.unwrap().nullable().optional(),
    status: shortlistStatusSchema.optional(),
  }), { mutates: true })<ShortlistView>(),
  /**
   * Approves the entry's current pitch note for the client's packets (`approved: false` withdraws it).
   * The approval holds while the note is unchanged: editing the note withdraws it.
   */
  approvePitchNote: method(z.strictObject({ shortlistId: idSchema, engineerId: idSchema, approved: z.boolean() }), { mutates: true })<ShortlistView>(),
  removeFromShortlist: method(z.strictObject({ shortlistId: idSchema, engineerId: idSchema }), { mutates: true })<{ shortlist: ShortlistView; removed: RemovedEntry }>(),
  /** Undo of a removal: the entry goes back at its position with its note, its approval, status and status date. */
  restoreShortlistEntry: method(z.strictObject({
    shortlistId: idSchema,
    position: z.number().int().min(0),
    entry: z.strictObject({
      engineerId: idSchema,
      note: shortlistEntrySchema.shape.note,
      approvedNote: shortlistEntrySchema.shape.approvedNote,
      status: shortlistStatusSchema.optional(),
      statusChangedAt: z.string().max(40).nullable(),
    }),
  }), { mutates: true })<ShortlistView>(),
};
