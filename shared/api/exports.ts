// Exports for sales: a shortlist as PDF / XLSX / CSV (optionally anonymised), and the Bench table's
// current view as CSV / XLSX. `exportShortlist` and `exportBenchView` write a file (the desktop app
// passes the path from its native save dialog; the CLI its --out); the *Data variants return the bytes
// for browser mode, where the renderer turns them into a download.
import { z } from 'zod';
import { EXPECTED } from '../bench/schema-words';
import { method } from './define';
import { dateSchema, idSchema, type ShortlistStatus } from '../bench/schema';
import type { Language } from '../i18n/languages';
import { BENCH_COLUMN_KEYS } from '../export/columns';

export const SHORTLIST_EXPORT_FORMATS = ['pdf', 'xlsx', 'csv'] as const;
export const BENCH_VIEW_FORMATS = ['xlsx', 'csv'] as const;
export type ShortlistExportFormat = (typeof SHORTLIST_EXPORT_FORMATS)[number];

export const EXPORT_MIME: Record<ShortlistExportFormat, string> = {
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv;charset=utf-8',
};

export interface ExportFileResult {
  /** Absolute path of the file written. */
  path: string;
  bytes: number;
  /** Engineers (rows or candidates) in the file. */
  engineers: number;
}

export interface ExportDataResult {
  /** A suggested file name for the download. */
  fileName: string;
  mime: string;
  base64: string;
  engineers: number;
}

const packetInput = {
  shortlistId: idSchema,
  /** Allow-listed: letters for names, only structured safe fields and the approved, scrubbed pitch note. */
  anonymize: z.boolean().optional(),
  /** The date overlap is computed for and the cover shows; default today. */
  asOf: dateSchema.optional(),
  /** The engineers in the packet (the dialog's ticks); default everyone but the declined and the withdrawn. */
  include: z.array(idSchema).max(1000).optional(),
};

const shortlistInput = { ...packetInput, format: z.enum(SHORTLIST_EXPORT_FORMATS) };
/** A one-page client-ready profile of one candidate of the packet (PDF). */
const profileInput = { ...packetInput, engineerId: idSchema };

/** One shortlisted engineer as the export dialog shows them. */
export interface PacketCandidate {
  engineerId: string;
  /** The real name (the dialog is for the firm). */
  name: string;
  /** What the client reads: the name, or "Candidate B" in the packet's language; null when left out. */
  shownAs: string | null;
  status: ShortlistStatus;
  /** Archived: withdrawn from the bench. */
  withdrawn: boolean;
  includedByDefault: boolean;
  included: boolean;
  /** 'none': no pitch note; 'unapproved': one the client will not see until approved; 'approved'. */
  note: 'none' | 'unapproved' | 'approved';
  /** The pitch note exactly as the client will read it (after the scrub); absent when there is none. */
  preview?: string;
}

export interface PacketPreview {
  language: Language;
  /** The packet's file name (without extension). */
  fileBase: string;
  candidates: PacketCandidate[];
}

const benchViewInput = {
  /** The engineers of the table's current query and facets, in the table's order. */
  engineerIds: z.array(idSchema).max(200_000),
  /** The table's visible columns, in order. */
  columns: z.array(z.enum(BENCH_COLUMN_KEYS as [string, ...string[]])).min(1, 'at least one column'),
  format: z.enum(BENCH_VIEW_FORMATS),
  /** Refuses the personal and private columns (name, e-mail, cost rate, tags). */
  anonymize: z.boolean().optional(),
};

const out = z.string().min(1, EXPECTED.filePath);

export const exportsApi = {
  /** Who goes out and each pitch note as the client will read it, for the export dialog. */
  previewPacket: method(z.object(packetInput))<PacketPreview>(),
  exportShortlist: method(z.object({ ...shortlistInput, out }), { local: true })<ExportFileResult>(),
  exportShortlistData: method(z.object(shortlistInput))<ExportDataResult>(),
  exportCandidateProfile: method(z.object({ ...profileInput, out }), { local: true })<ExportFileResult>(),
  exportCandidateProfileData: method(z.object(profileInput))<ExportDataResult>(),
  exportBenchView: method(z.object({ ...benchViewInput, out }), { local: true })<ExportFileResult>(),
  exportBenchViewData: method(z.object(benchViewInput))<ExportDataResult>(),
};
