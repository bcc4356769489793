// The preload (sandboxed, CommonJS): exposes ONE object, window.benchmatch, that satisfies the declared
// BenchmatchBridge type. Named functions only; the page never gets ipcRenderer or Node.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { BenchFileFormat, UploadedFile } from '../shared/api/bench';
import type { BenchmatchBridge, ProgressEvent, ShellEvent, WrittenFile } from '../shared/api/bridge';
import type { ApiResult } from '../shared/api/errors';

// Channel names repeated from ipc.ts and file-dialogs.ts: a sandboxed preload bundles nothing of the main process.
const METHOD = /^[A-Za-z][A-Za-z0-9]{0,63}$/;

/** A file-dialog call; a missing handler (an older main process) answers as a typed error too. */
async function invokeFile<T>(channel: string, input: unknown): Promise<ApiResult<T>> {
  try {
    return (await ipcRenderer.invoke(channel, input)) as ApiResult<T>;
  } catch {
    return { ok: false, error: { code: 'internal', message: 'The window could not open the dialog.' } };
  }
}

const bridge = {
  async call(method: string, input: unknown): Promise<ApiResult<unknown>> {
    if (typeof method !== 'string' || !METHOD.test(method)) return { ok: false, error: { code: 'not_found', message: 'There is no such API method.' } };
    try {
      return (await ipcRenderer.invoke(`api:${method}`, input)) as ApiResult<unknown>;
    } catch {
      // No handler: the method does not exist in this version of the app.
      return { ok: false, error: { code: 'not_found', message: `There is no API method "${method}".` } };
    }
  },
  onProgress(listener: (e: ProgressEvent) => void) {
    const wrapped = (_e: IpcRendererEvent, p: ProgressEvent) => listener(p);
    ipcRenderer.on('benchmatch:progress', wrapped);
    return () => void ipcRenderer.removeListener('benchmatch:progress', wrapped);
  },
  onShellEvent(listener: (e: ShellEvent) => void) {
    const wrapped = (_e: IpcRendererEvent, s: ShellEvent) => listener(s);
    ipcRenderer.on('benchmatch:shell', wrapped);
    return () => void ipcRenderer.removeListener('benchmatch:shell', wrapped);
  },
  chooseImportFile: () => invokeFile<UploadedFile | null>('file:chooseImportFile', {}),
  chooseDocuments: () => invokeFile<UploadedFile[]>('file:chooseDocuments', {}),
  saveBenchExport: (format: BenchFileFormat) => invokeFile<(WrittenFile & { engineers: number }) | null>('file:saveBenchExport', { format }),
  backUpNow: () => invokeFile<WrittenFile & { path: string; bytes: number }>('file:backUpNow', {}),
  showInFolder: (reveal: string) => invokeFile<null>('file:showInFolder', { reveal }),
} satisfies BenchmatchBridge;

contextBridge.exposeInMainWorld('benchmatch', bridge);
