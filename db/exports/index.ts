// The exports library: shortlist packets (PDF / XLSX / CSV and one-page candidate profiles) and the
// bench view, rendered from a bench snapshot, written atomically to a file or returned as bytes for a
// browser download. The API handlers, the CLI and the bench suite all come through here.
import { DEFAULT_LANGUAGE, type Language } from '../../shared/i18n/languages';
import type { ExportDataResult, ExportFileResult, PacketPreview, ShortlistExportFormat } from '../../shared/api/exports';
import { EXPORT_MIME } from '../../shared/api/exports';
import { ApiError, problem } from '../../shared/api/errors';
import type { BenchFile } from '../../shared/bench/schema';
import { shortlistColumns } from '../../shared/export/columns';
import { packetWords } from '../../shared/export/packet-words';
import type { ShortlistExport } from '../../shared/export/types';
import type { FirmProfile } from '../../shared/firm/profile';
import { fold } from '../../shared/text/fold';
import { writeFileAtomic } from './atomic-write';
import { benchViewColumns, benchViewRows } from './bench-view-data';
import { tableCsv } from './csv';
import { shortlistPdf } from './pdf';
import { candidateProfilePdf } from './pdf-profile';
import { approvedNote, buildShortlistExport, includedByDefault, packetMembers } from './shortlist-data';
import { shortlistXlsx, tableXlsx } from './xlsx';

export interface PacketInput {
  shortlistId: string;
  anonymize?: boolean;
  asOf?: string;
  include?: readonly string[];
}

export interface ShortlistRenderInput extends PacketInput {
  format: ShortlistExportFormat;
}

export interface ProfileRenderInput extends PacketInput {
  engineerId: string;
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

/** What a packet takes from outside the bench file: the client's language and the firm's profile. */
export interface PacketContext {
  /** The client's packet language (a client setting kept in app data); English when none is set. */
  languageOf?: (clientId: string) => Language | undefined;
  firm?: FirmProfile;
}

function packetDoc(bench: BenchFile, input: PacketInput, ctx: PacketContext): ShortlistExport {
  return buildShortlistExport(bench, input.shortlistId, {
    anonymize: input.anonymize ?? false,
    ...(input.asOf ? { date: input.asOf } : {}),
    ...(input.include ? { include: input.include } : {}),
    ...ctx,
  });
}

/** "Acme Analytics", "Senior ML Engineer", 2026-11-25 -> "acme-analytics-senior-ml-engineer-2026-11-25". */
function fileBase(doc: ShortlistExport, ...more: string[]): string {
  return slug([doc.clientName, doc.role.title, ...more, doc.date].join(' '));
}

export async function renderShortlist(bench: BenchFile, input: ShortlistRenderInput, ctx: PacketContext = {}): Promise<Rendered> {
  const doc = packetDoc(bench, input, ctx);
  const bytes = input.format === 'pdf' ? await shortlistPdf(doc)
    : input.format === 'xlsx' ? await shortlistXlsx(doc)
    : tableCsv(shortlistColumns(doc), doc.engineers, doc.language);
  return { bytes, engineers: doc.engineers.length, fileName: `${fileBase(doc)}.${input.format}`, mime: EXPORT_MIME[input.format] };
}

/** One candidate's page, from the same allow-listed packet (so the letter is the packet's letter). */
export async function renderProfile(bench: BenchFile, input: ProfileRenderInput, ctx: PacketContext = {}): Promise<Rendered> {
  const doc = packetDoc(bench, input, ctx);
  const engineer = doc.engineers[packetIds(bench, input).indexOf(input.engineerId)];
  if (!engineer) {
    throw ApiError.keyed('invalid_input', { key: 'errors:export.notInPacket', params: { engineerId: input.engineerId, shortlistId: input.shortlistId } }, undefined, [problem('/engineerId', { key: 'errors:export.expectInPacket' })]);
  }
  const bytes = await candidateProfilePdf(doc, engineer);
  const words = packetWords(doc.language);
  return { bytes, engineers: 1, fileName: `${fileBase(doc, engineer.name, words.t('packet:file.profile'))}.pdf`, mime: EXPORT_MIME.pdf };
}

/** The packet's engineer ids in its order (doc.engineers[i] is packetIds[i]). */
function packetIds(bench: BenchFile, input: PacketInput): string[] {
  return packetMembers(bench, input.shortlistId, input.include).map((m) => m.e.id);
}

/** The export dialog's view: everyone on the shortlist, who is in, and each note as the client will read it. */
export function previewPacket(bench: BenchFile, input: PacketInput, ctx: PacketContext = {}): PacketPreview {
  const doc = packetDoc(bench, input, ctx);
  const included = packetIds(bench, input);
  const shown = new Map(included.map((id, i) => [id, doc.engineers[i]!]));
  const byId = new Map((bench.engineers ?? []).map((e) => [e.id, e]));
  const entries = bench.shortlists!.find((s) => s.id === input.shortlistId)!.entries ?? [];
  return {
    language: doc.language,
    fileBase: fileBase(doc),
    candidates: entries.map((entry) => {
      const e = byId.get(entry.engineerId)!;
      const out = shown.get(entry.engineerId);
      const hasNote = entry.note !== undefined && entry.note.trim() !== '';
      // An unapproved note is previewed too, scrubbed as it would go out, so the person sees what they approve.
      const preview = !hasNote ? undefined : out?.pitchNote ?? previewOf(bench, input, ctx, entry.engineerId, included);
      return {
        engineerId: e.id,
        name: e.name,
        shownAs: out ? out.name : null,
        status: entry.status ?? 'proposed',
        withdrawn: e.archived === true,
        includedByDefault: includedByDefault(entry, e),
        included: out !== undefined,
        note: !hasNote ? 'none' : approvedNote(entry) !== undefined ? 'approved' : 'unapproved',
        ...(preview !== undefined ? { preview } : {}),
      };
    }),
  };
}

/** The note of an engineer as it would read once approved (and included), on a copy of the bench. */
function previewOf(bench: BenchFile, input: PacketInput, ctx: PacketContext, engineerId: string, included: readonly string[]): string | undefined {
  const shortlists = bench.shortlists!.map((s) => (s.id !== input.shortlistId ? s : {
    ...s, entries: (s.entries ?? []).map((x) => (x.engineerId === engineerId ? { ...x, approvedNote: x.note } : x)),
  }));
  const copy = { ...bench, shortlists };
  const wanted = { ...input, include: [...included, engineerId] };
  const doc = packetDoc(copy, wanted, ctx);
  return doc.engineers[packetIds(copy, wanted).indexOf(engineerId)]?.pitchNote;
}

export async function renderBenchView(bench: BenchFile, input: BenchViewRenderInput): Promise<Rendered> {
  const columns = benchViewColumns(input.columns, input.anonymize ?? false);
  const rows = benchViewRows(bench, input.engineerIds);
  // The bench view is the firm's own spreadsheet, not a client packet: English, like the bench file.
  const bytes = input.format === 'xlsx' ? await tableXlsx('packet:sheet.bench', columns, rows, DEFAULT_LANGUAGE) : tableCsv(columns, rows, DEFAULT_LANGUAGE);
  return { bytes, engineers: rows.length, fileName: `bench-view.${input.format}`, mime: EXPORT_MIME[input.format] };
}

/** Renders with `render` and writes the bytes to `out` (temporary file, then rename). */
export async function writeRendered(out: string, render: () => Promise<Rendered>): Promise<ExportFileResult> {
  let engineers = 0;
  const written = await writeFileAtomic(out, async () => {
    const r = await render();
    engineers = r.engineers;
    return r.bytes;
  });
  return { ...written, engineers };
}

/** Writes a shortlist export to `out`. */
export function exportShortlist(bench: BenchFile, input: ShortlistRenderInput & { out: string }, ctx?: PacketContext): Promise<ExportFileResult> {
  return writeRendered(input.out, () => renderShortlist(bench, input, ctx));
}

/** Writes the Bench table's current view to `out`. */
export function exportBenchView(bench: BenchFile, input: BenchViewRenderInput & { out: string }): Promise<ExportFileResult> {
  return writeRendered(input.out, () => renderBenchView(bench, input));
}

export function asData(r: Rendered): ExportDataResult {
  return { fileName: r.fileName, mime: r.mime, base64: r.bytes.toString('base64'), engineers: r.engineers };
}

/** Safe on every file system: lower-case ASCII words joined by dashes. */
function slug(s: string): string {
  return fold(s).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 100) || 'export';
}
