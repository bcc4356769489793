// The pure half of the window's file bridge (chooseImportFile, saveBenchExport, backUpNow, showInFolder
// in shared/api/bridge.ts): the zod schemas each IPC handler parses its input with, the dialogs' options,
// the rules for the paths they return, and the list of files the app wrote that "show in folder" may
// reveal. The main process keeps every path: the page gets an upload handle or a reveal id, never a
// path it could hand back to read or write another file. Free of Electron so unit tests run it under
// Node; ipc.ts wires it to `dialog` and `shell`.
import { randomBytes } from 'node:crypto';
import { statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { BENCH_FILE_EXTENSIONS, BENCH_FILE_FORMATS, benchFileName, type BenchFileFormat } from '../shared/api/bench';
import type { WrittenFile } from '../shared/api/bridge';

export const FILE_CHANNELS = {
  chooseImportFile: 'file:chooseImportFile',
  chooseDocuments: 'file:chooseDocuments',
  saveBenchExport: 'file:saveBenchExport',
  backUpNow: 'file:backUpNow',
  showInFolder: 'file:showInFolder',
} as const;

export const chooseImportInput = z.object({}).strict();
export const chooseDocumentsInput = z.object({}).strict();
export const saveBenchExportInput = z.object({ format: z.enum(BENCH_FILE_FORMATS) }).strict();
export const backUpNowInput = z.object({}).strict();
export const showInFolderInput = z.object({ reveal: z.string().regex(/^[A-Za-z0-9_-]{22}$/, 'a reveal id the window gave') }).strict();

/**
 * The files this window wrote (exports, backups) that "show in folder" may reveal, by random id. Ids are
 * never reused and live as long as the window's process.
 */
export class RevealList {
  private readonly paths = new Map<string, string>();
  add(path: string): WrittenFile {
    const reveal = randomBytes(16).toString('base64url');
    this.paths.set(reveal, path);
    return { fileName: basename(path), reveal };
  }
  /** The path of a file this window wrote and that still exists as a file of a kind the app writes. */
  get(reveal: string): string | null {
    const path = this.paths.get(reveal);
    return path && isRevealable(path) ? path : null;
  }
}

export const IMPORT_DIALOG = {
  title: 'Import a bench file or engineers CSV',
  properties: ['openFile' as const],
  filters: [{ name: 'Bench files and engineers CSV', extensions: ['json', 'csv'] }],
};

export const DOCUMENTS_DIALOG = {
  title: 'Choose CVs or job postings',
  properties: ['openFile' as const, 'multiSelections' as const],
  filters: [{ name: 'PDF, Word (DOCX) and text documents', extensions: ['pdf', 'docx', 'txt', 'md'] }],
};

export function exportDialog(format: BenchFileFormat, documentsDir: string, today: string) {
  return {
    title: format === 'csv' ? 'Export the engineers as CSV' : 'Export the bench file',
    defaultPath: join(documentsDir, benchFileName(format, today)),
    filters: [format === 'csv' ? { name: 'Engineers CSV', extensions: ['csv'] } : { name: 'Bench file', extensions: ['json'] }],
  };
}

/**
 * The path to write for a name typed in the save dialog. The writer picks CSV or JSON by the name's
 * ending, and Linux dialogs do not add it, so the ending is made to match the chosen format.
 */
export function exportPathFor(format: BenchFileFormat, chosen: string): string {
  if (format === 'csv') return /\.csv$/i.test(chosen) ? chosen : `${chosen}.csv`;
  return /\.json$/i.test(chosen) ? chosen : `${chosen}${BENCH_FILE_EXTENSIONS.json}`;
}

/** Only files of the kinds the app writes (exports, backups), existing, are shown in the file manager. */
export function isRevealable(path: string): boolean {
  if (!/\.(json|csv|sqlite)$/i.test(path)) return false;
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
