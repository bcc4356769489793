// The exports library: shortlist and bench-view exports rendered from a bench snapshot, written
// atomically to a file or returned as bytes for a browser download. The API handlers, the CLI and
// the bench suite all come through here.
import { DEFAULT_LANGUAGE, type Language } from '../../shared/i18n/languages';
import type { ExportDataResult, ExportFileResult, ShortlistExportFormat } from '../../shared/api/exports';
import { EXPORT_MIME } from '../../shared/api/exports';
import type { BenchFile } from '../../shared/bench/schema';
import { SHORTLIST_COLUMNS } from '../../shared/export/columns';
import { fold } from '../../shared/text/fold';
import { writeFileAtomic } from './atomic-write';
import { benchViewColumns, benchViewRows } from './bench-view-data';
import { tableCsv } from './csv';
import { shortlistPdf } from './pdf';
import { buildShortlistExport } from './shortlist-data';
import { shortlistXlsx, tableXlsx } from './xlsx';

export interface ShortlistRenderInput {
  shortlistId: string;
  format: ShortlistExportFormat;
  anonymize?: boolean;
  asOf?: string;
}

export interface BenchViewRenderInput {
  engineerIds: readonly string[];
  columns: readonly string[];
  format: 'csv' | 'xlsx';
  anonymize?: boolean;
}

export interface Rendered {
  bytes: Buffer;
  engineers: number;
  fileName: string;
  mime: string;
}

/** The client's packet language (a client setting kept in app data); English when none is set. */
export type PacketLanguageOf = (clientId: string) => Language | undefined;

export async function renderShortlist(bench: BenchFile, input: ShortlistRenderInput, languageOf: PacketLanguageOf = () => undefined): Promise<Rendered> {
  const doc = buildShortlistExport(bench, input.shortlistId, { anonymize: input.anonymize ?? false, ...(input.asOf ? { date: input.asOf } : {}), languageOf });
  const bytes = input.format === 'pdf' ? await shortlistPdf(doc)
    : input.format === 'xlsx' ? await shortlistXlsx(doc)
    : tableCsv(SHORTLIST_COLUMNS, doc.engineers, doc.language);
  const base = slug(`${doc.clientName} ${doc.role.title} shortlist${doc.anonymized ? ' anonymised' : ''}`);
  return { bytes, engineers: doc.engineers.length, fileName: `${base}.${input.format}`, mime: EXPORT_MIME[input.format] };
}

export async function renderBenchView(bench: BenchFile, input: BenchViewRenderInput): Promise<Rendered> {
  const columns = benchViewColumns(input.columns, input.anonymize ?? false);
  const rows = benchViewRows(bench, input.engineerIds);
  // The bench view is the firm's own spreadsheet, not a client packet: English, like the bench file.
  const bytes = input.format === 'xlsx' ? await tableXlsx('packet:sheet.bench', columns, rows, DEFAULT_LANGUAGE) : tableCsv(columns, rows, DEFAULT_LANGUAGE);
  return { bytes, engineers: rows.length, fileName: `bench-view.${input.format}`, mime: EXPORT_MIME[input.format] };
}

/** Writes a shortlist export to `out` (temporary file, then rename). */
export async function exportShortlist(bench: BenchFile, input: ShortlistRenderInput & { out: string }, languageOf?: PacketLanguageOf): Promise<ExportFileResult> {
  let engineers = 0;
  const written = await writeFileAtomic(input.out, async () => {
    const r = await renderShortlist(bench, input, languageOf);
    engineers = r.engineers;
    return r.bytes;
  });
  return { ...written, engineers };
}

/** Writes the Bench table's current view to `out` (temporary file, then rename). */
export async function exportBenchView(bench: BenchFile, input: BenchViewRenderInput & { out: string }): Promise<ExportFileResult> {
  let engineers = 0;
  const written = await writeFileAtomic(input.out, async () => {
    const r = await renderBenchView(bench, input);
    engineers = r.engineers;
    return r.bytes;
  });
  return { ...written, engineers };
}

export function asData(r: Rendered): ExportDataResult {
  return { fileName: r.fileName, mime: r.mime, base64: r.bytes.toString('base64'), engineers: r.engineers };
}

/** "Acme Analytics: Senior ML Engineer" -> "acme-analytics-senior-ml-engineer", safe on every file system. */
function slug(s: string): string {
  return fold(s).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80) || 'export';
}
