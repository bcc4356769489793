// The exports library: shortlist and bench-view exports rendered from a bench snapshot, written
// atomically to a file or returned as bytes for a browser download. The API handlers, the CLI and
// the bench suite all come through here.
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

export async function renderShortlist(bench: BenchFile, input: ShortlistRenderInput): Promise<Rendered> {
  const doc = buildShortlistExport(bench, input.shortlistId, { anonymize: input.anonymize ?? false, ...(input.asOf ? { date: input.asOf } : {}) });
  const bytes = input.format === 'pdf' ? await shortlistPdf(doc)
    : input.format === 'xlsx' ? await shortlistXlsx(doc)
    : tableCsv(SHORTLIST_COLUMNS, doc.engineers);
  const base = slug(`${doc.clientName} ${doc.role.title} shortlist${doc.anonymized ? ' anonymised' : ''}`);
  return { bytes, engineers: doc.engineers.length, fileName: `${base}.${input.format}`, mime: EXPORT_MIME[input.format] };
}

export async function renderBenchView(bench: BenchFile, input: BenchViewRenderInput): Promise<Rendered> {
  const columns = benchViewColumns(input.columns, input.anonymize ?? false);
  const rows = benchViewRows(bench, input.engineerIds);
  const bytes = input.format === 'xlsx' ? await tableXlsx('Bench', columns, rows) : tableCsv(columns, rows);
  return { bytes, engineers: rows.length, fileName: `bench-view.${input.format}`, mime: EXPORT_MIME[input.format] };
}

/** Writes a shortlist export to `out` (temporary file, then rename). */
export async function exportShortlist(bench: BenchFile, input: ShortlistRenderInput & { out: string }): Promise<ExportFileResult> {
  let engineers = 0;
  const written = await writeFileAtomic(input.out, async () => {
    const r = await renderShortlist(bench, input);
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
