// The pure half of the window's file bridge (chooseImportFile, chooseExportFile, showInFolder in
// shared/api/bridge.ts): the zod schemas each IPC handler parses its input with, the dialogs' options,
// and the rules for the paths they return. Free of Electron so unit tests run it under Node; ipc.ts
// wires it to `dialog` and `shell`.
import { statSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { z } from 'zod';
import { BENCH_FILE_EXTENSIONS, BENCH_FILE_FORMATS, benchFileName, type BenchFileFormat } from '../shared/api/bench';

export const FILE_CHANNELS = {
  chooseImportFile: 'file:chooseImportFile',
  chooseExportFile: 'file:chooseExportFile',
  showInFolder: 'file:showInFolder',
} as const;

export const chooseImportInput = z.object({}).strict();
export const chooseExportInput = z.object({ format: z.enum(BENCH_FILE_FORMATS) }).strict();
export const showInFolderInput = z.object({
  path: z.string().min(1).max(4096).refine(isAbsolute, 'an absolute path'),
}).strict();

export const IMPORT_DIALOG = {
  title: 'Import a bench file or engineers CSV',
  properties: ['openFile' as const],
  filters: [{ name: 'Bench files and engineers CSV', extensions: ['json', 'csv'] }],
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
