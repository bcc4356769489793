// Exports for sales: a shortlist as PDF / XLSX / CSV (optionally anonymised), and the Bench table's
// current view as CSV / XLSX. `exportShortlist` and `exportBenchView` write a file (the desktop app
// passes the path from its native save dialog; the CLI its --out); the *Data variants return the bytes
// for browser mode, where the renderer turns them into a download.
import { z } from 'zod';
import { EXPECTED } from '../bench/schema-words';
import { method } from './define';
import { dateSchema, idSchema } from '../bench/schema';
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

const shortlistInput = {
  shortlistId: idSchema,
  format: z.enum(SHORTLIST_EXPORT_FORMATS),
  /** Names become "Candidate A"...; no surname, contact, cost rate, link or internal note. */
  anonymize: z.boolean().optional(),
  /** The date overlap is computed for and the cover shows; default today. */
  asOf: dateSchema.optional(),
};

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
  exportShortlist: method(z.object({ ...shortlistInput, out }), { local: true })<ExportFileResult>(),
  exportShortlistData: method(z.object(shortlistInput))<ExportDataResult>(),
  exportBenchView: method(z.object({ ...benchViewInput, out }), { local: true })<ExportFileResult>(),
  exportBenchViewData: method(z.object(benchViewInput))<ExportDataResult>(),
};
