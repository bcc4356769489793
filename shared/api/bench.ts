// Bench-wide methods: counts, import, export, backup.
import { z } from 'zod';
import { EXPECTED } from '../bench/schema-words';
import { method } from './define';
import type { KeyedText, Problem } from './errors';
import type { DuplicateReason } from '../duplicates/reasons';
import type { ExportDataResult } from './exports';

export interface BenchStats {
  engineers: number;
  archived: number;
  vetted: number;
  clients: number;
  roles: number;
  openRoles: number;
  shortlists: number;
  assessments: number;
  skills: number;
  fileBytes: number;
  schemaVersion: string;
  path: string;
}

/** A warning of an import, by kind, so screens count them without reading the (translated) words. */
export interface ImportWarning extends Problem {
  kind: 'possibleDuplicate' | 'customSkill';
}

export interface ImportReport {
  dryRun: boolean;
  /** Counts of records created and updated, per kind. */
  created: Record<'engineers' | 'clients' | 'roles' | 'shortlists' | 'assessments', number>;
  updated: Record<'engineers' | 'clients' | 'roles' | 'shortlists' | 'assessments', number>;
  /** Non-fatal notes: unknown skills become custom skills, possible duplicates within the file. */
  warnings: ImportWarning[];
  /** Records new to the bench that are likely a person already on it (offered as updates of that person). */
  matches: ImportMatch[];
  /** With "valid rows only": the records left out, each with its problems. */
  skipped: SkippedRecord[];
}

export interface ImportMatch {
  /** The record's place in the file ("/engineers/3", "line 5"). */
  where: string;
  name: string;
  existingId: string;
  existingName: string;
  score: number;
  reasons: string[];
  why: DuplicateReason[];
  /** True when the record was (or, in a dry run, would be) written as that person. */
  updated: boolean;
}

export interface SkippedRecord {
  where: string;
  /** `where` as words ("line 5"), for the reader's language; a JSON pointer has none. */
  place?: KeyedText;
  /** The record's name or title, when it has one. */
  name?: string;
  problems: Problem[];
}

/** How an import treats what it finds, shared by every way to import. */
export const importOptionsSchema = {
  dryRun: z.boolean().optional(),
  /** Import the valid records and list the others, instead of refusing the whole file. */
  validOnly: z.boolean().optional(),
  /** Write records that match a person on the bench as updates of that person. */
  updateMatches: z.boolean().optional(),
};

/** The two kinds of bench file: the whole bench as JSON, or the engineers as CSV. */
export const BENCH_FILE_FORMATS = ['json', 'csv'] as const;
export type BenchFileFormat = (typeof BENCH_FILE_FORMATS)[number];

/** The file-name ending of each format (an engineers CSV is any *.csv). */
export const BENCH_FILE_EXTENSIONS: Record<BenchFileFormat, string> = { json: '.bench.json', csv: '.csv' };

/** The name an export is offered under: bench-2026-11-26.bench.json, engineers-2026-11-26.csv. */
export function benchFileName(format: BenchFileFormat, today: string): string {
  return `${format === 'csv' ? 'engineers' : 'bench'}-${today}${BENCH_FILE_EXTENSIONS[format]}`;
}

// Browser mode cannot name a file on the server's disk, so the page first sends the file's bytes to
// the loopback server's upload endpoint (POST UPLOAD_PATH, same token and Host checks as the API,
// body = the raw bytes as application/octet-stream, the file's name URI-encoded in UPLOAD_NAME_HEADER).
// The answer is the ApiResult of an UploadedFile whose `upload` handle `importUpload` accepts (dry run
// first, then the import). The server keeps the bytes in a private temporary file, deleted after the
// import is committed or refused, on `discardUpload`, after UPLOAD_TTL_MS, or when the server stops.
export const UPLOAD_PATH = '/upload';
export const UPLOAD_NAME_HEADER = 'x-benchmatch-file-name';
/** A 100,000-engineer bench file is ~160 MB; the limit leaves room above that. */
export const UPLOAD_MAX_BYTES = 256 * 1024 * 1024;
export const UPLOAD_TTL_MS = 30 * 60_000;
/** All uploads waiting to be imported, together (a page cannot fill the disk with uploads it never imports). */
export const UPLOAD_PENDING_MAX_BYTES = 1024 * 1024 * 1024;

/** An upload handle: 128 random bits, base64url. Opaque: it names no path. */
export const uploadIdSchema = z.string().regex(/^[A-Za-z0-9_-]{22}$/, EXPECTED.upload);

export interface UploadedFile {
  upload: string;
  /** The file's own name (as the user picked it); import messages use it. */
  name: string;
  bytes: number;
}

export const benchApi = {
  stats: method(z.object({}))<BenchStats>(),
  importFile: method(z.object({ path: z.string().min(1), ...importOptionsSchema }), { mutates: true, local: true })<ImportReport>(),
  /**
   * The window's open dialog (main process) hands the file the person chose to the service, which keeps
   * its path under an opaque handle as an upload (never deleted: it is the person's file), so the page
   * imports by handle exactly as browser mode does and never holds a path.
   */
  stageFile: method(z.object({ path: z.string().min(1) }), { local: true })<UploadedFile>(),
  /** importFile for a file sent to the upload endpoint (browser mode). */
  importUpload: method(z.object({ upload: uploadIdSchema, ...importOptionsSchema }), { mutates: true })<ImportReport>(),
  /** Deletes an upload that will not be imported (the user picked another file or left). */
  discardUpload: method(z.object({ upload: uploadIdSchema }))<{ discarded: boolean }>(),
  exportFile: method(z.object({ path: z.string().min(1) }), { local: true })<{ path: string; engineers: number }>(),
  /** exportFile's bytes for a download (browser mode): the bench file or the engineers CSV. */
  exportBenchData: method(z.object({ format: z.enum(BENCH_FILE_FORMATS) }))<ExportDataResult>(),
  backup: method(z.object({ out: z.string().min(1).optional() }), { local: true })<{ path: string; bytes: number }>(),
  /** Back up now, from a page: always beside the bench, with the time in the name (the page names no path). */
  backupNow: method(z.object({}).strict())<{ path: string; bytes: number }>(),
};
