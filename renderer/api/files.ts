// Files in and out of the bench, whichever transport is behind the client. In the window, the native
// dialogs of the preload bridge give real paths the service reads and writes. In browser mode the page
// cannot name a path on the server's disk: it sends the picked file's bytes to the loopback server's
// upload endpoint (same token) and imports by the handle it gets back; exports arrive as downloads.
import { UPLOAD_MAX_BYTES, UPLOAD_NAME_HEADER, UPLOAD_PATH, type BenchFileFormat, type ImportReport, type UploadedFile } from '../../shared/api/bench';
import { ApiError, type ApiResult } from '../../shared/api/errors';
import { api, transportKind } from './client';
import { currentToken } from './token';

/** A file chosen for import: a path in the window, an upload handle in browser mode. */
export type ImportSource =
  | { kind: 'path'; path: string; name: string }
  | { kind: 'upload'; upload: string; name: string; bytes: number };

/** The window's file bridge, or undefined in browser mode. */
function bridge() {
  return transportKind() === 'ipc' ? window.benchmatch : undefined;
}

export const hasNativeDialogs = (): boolean => bridge() !== undefined;

function unwrap<T>(result: ApiResult<T>): T {
  if (!result.ok) throw ApiError.from(result.error);
  return result.value;
}

/** The window's open dialog; null when cancelled. */
export async function chooseImportPath(): Promise<ImportSource | null> {
  const b = bridge();
  if (!b) throw new ApiError('refused', 'Native dialogs exist only in the desktop window.');
  const path = unwrap(await b.chooseImportFile());
  return path ? { kind: 'path', path, name: path.split(/[\\/]/).pop() ?? path } : null;
}

/** The window's save dialog; null when cancelled. */
export async function chooseExportPath(format: BenchFileFormat): Promise<string | null> {
  const b = bridge();
  if (!b) throw new ApiError('refused', 'Native dialogs exist only in the desktop window.');
  return unwrap(await b.chooseExportFile(format));
}

export async function showInFolder(path: string): Promise<void> {
  const b = bridge();
  if (b) unwrap(await b.showInFolder(path));
}

/** Sends a picked file to the loopback server (browser mode), reporting the share sent so far. */
export function uploadFile(file: File, onProgress: (fraction: number) => void): Promise<ImportSource> {
  const token = currentToken();
  if (!token) return Promise.reject(new ApiError('refused', 'This page has no access token.', undefined, 'Open the full address that `benchmatch serve` printed (it ends with #token=...).'));
  if (!/\.(json|csv)$/i.test(file.name)) {
    return Promise.reject(new ApiError('invalid_input', 'Choose a bench file (*.bench.json) or an engineers CSV (*.csv).', [{ where: 'file name', message: `"${file.name}" does not end in .json or .csv` }]));
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
        resolve({ kind: 'upload', ...value });
      } catch (e) {
        reject(e instanceof ApiError ? e : new ApiError('internal', 'The answer from the server was not understood.'));
      }
    };
    xhr.send(file);
  });
}

/** Checks (dryRun) or imports a chosen file. */
export function importSource(source: ImportSource, dryRun: boolean): Promise<ImportReport> {
  return source.kind === 'path' ? api.importFile({ path: source.path, dryRun }) : api.importUpload({ upload: source.upload, dryRun });
}

/** Lets go of a file that will not be imported (browser mode deletes its upload). */
export async function releaseSource(source: ImportSource): Promise<void> {
  if (source.kind === 'upload') await api.discardUpload({ upload: source.upload }).catch(() => undefined);
}

/** The API methods whose progress the import shows. */
export const IMPORT_METHODS: ReadonlySet<string> = new Set(['importFile', 'importUpload']);
