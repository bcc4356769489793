// Files in and out of the bench, whichever transport is behind the client. The page never holds a path
// (no API method that names a file is served to a page): in the window, the main process shows the
// native dialogs, keeps the chosen paths, and gives back an upload handle (import) or a reveal id
// (exports, backups); in browser mode the page sends the picked file's bytes to the loopback server's
// upload endpoint (same token) and imports by the handle it gets back; exports arrive as downloads.
import { UPLOAD_MAX_BYTES, UPLOAD_NAME_HEADER, UPLOAD_PATH, type BenchFileFormat, type ImportReport, type UploadedFile } from '../../shared/api/bench';
import type { WrittenFile } from '../../shared/api/bridge';
import { ApiError, type ApiResult } from '../../shared/api/errors';
import { api, transportKind } from './client';
import { currentToken } from './token';

/** A file chosen for import: an upload handle, from the window's open dialog or a browser upload. */
export type ImportSource = UploadedFile;

/** The window's file bridge, or undefined in browser mode. */
function bridge() {
  return transportKind() === 'ipc' ? window.benchmatch : undefined;
}

export const hasNativeDialogs = (): boolean => bridge() !== undefined;

function unwrap<T>(result: ApiResult<T>): T {
  if (!result.ok) throw ApiError.from(result.error);
  return result.value;
}

function nativeBridge() {
  const b = bridge();
  if (!b) throw new ApiError('refused', 'Native dialogs exist only in the desktop window.');
  return b;
}

/** The window's open dialog: the chosen file as an upload handle; null when cancelled. */
export async function chooseImportFile(): Promise<ImportSource | null> {
  return unwrap(await nativeBridge().chooseImportFile());
}

/** The window's open dialog for CVs or postings, many at once, as upload handles; [] when cancelled. */
export async function chooseDocuments(): Promise<ImportSource[]> {
  return unwrap(await nativeBridge().chooseDocuments());
}

/** The window's save dialog, then the export written there; null when cancelled. */
export async function saveBenchExport(format: BenchFileFormat): Promise<(WrittenFile & { engineers: number }) | null> {
  return unwrap(await nativeBridge().saveBenchExport(format));
}

/** Back up now, beside the bench: in the window with an id to show it in its folder. */
export async function backUpNow(): Promise<{ path: string; bytes: number; reveal?: string }> {
  const b = bridge();
  return b ? unwrap(await b.backUpNow()) : api.backupNow({});
}

export async function showInFolder(reveal: string): Promise<void> {
  unwrap(await nativeBridge().showInFolder(reveal));
}

/** Sends a picked file to the loopback server (browser mode), reporting the share sent so far. */
export function uploadFile(file: File, onProgress: (fraction: number) => void): Promise<ImportSource> {
  const token = currentToken();
  if (!token) return Promise.reject(new ApiError('refused', 'This page has no access token.', undefined, 'Open the full address that `benchmatch serve` printed (it ends with #token=...).'));
  if (!/\.(json|csv|pdf|docx|txt|md)$/i.test(file.name)) {
    return Promise.reject(new ApiError('invalid_input', 'Choose a bench file (*.bench.json), an engineers CSV (*.csv) or a document (PDF, DOCX, text).', [{ where: 'file name', message: `"${file.name}" does not end in .json, .csv, .pdf, .docx or .txt` }]));
  }
  if (file.size > UPLOAD_MAX_BYTES) {
    return Promise.reject(new ApiError('invalid_input', `The file is larger than ${UPLOAD_MAX_BYTES / (1024 * 1024)} MB.`, undefined, 'Import a file this large with the command line: benchmatch import FILE.'));
  }
  // XMLHttpRequest rather than fetch: only it reports how much of a request body has been sent.
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', UPLOAD_PATH);
    xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.setRequestHeader(UPLOAD_NAME_HEADER, encodeURIComponent(file.name));
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(e.loaded / e.total);
    xhr.onerror = () => reject(new ApiError('internal', 'BenchMatch is not answering.', undefined, 'Is `benchmatch serve` still running? Start it again and open the new address.'));
    xhr.onload = () => {
      if (xhr.status === 401) return reject(new ApiError('refused', 'The access token was refused.', undefined, 'The server was restarted: open the new address it printed.'));
      if (xhr.status !== 200) return reject(new ApiError('internal', `The server answered ${xhr.status}.`));
      try {
        const value = unwrap(JSON.parse(xhr.responseText) as ApiResult<UploadedFile>);
        resolve(value);
      } catch (e) {
        reject(e instanceof ApiError ? e : new ApiError('internal', 'The answer from the server was not understood.'));
      }
    };
    xhr.send(file);
  });
}

/** What the person chose for an import: the valid rows only, and matches written as updates of those people. */
export interface ImportChoices {
  validOnly: boolean;
  updateMatches: boolean;
}

/** Checks (dryRun) or imports a chosen file. */
export function importSource(source: ImportSource, dryRun: boolean, choices: ImportChoices = { validOnly: false, updateMatches: true }): Promise<ImportReport> {
  return api.importUpload({ upload: source.upload, dryRun, ...choices });
}

/** Lets go of a file that will not be imported (a browser upload is deleted; the person's own file never is). */
export async function releaseSource(source: ImportSource): Promise<void> {
  await api.discardUpload({ upload: source.upload }).catch(() => undefined);
}

/** The API methods whose progress the import shows. */
export const IMPORT_METHODS: ReadonlySet<string> = new Set(['importUpload']);
