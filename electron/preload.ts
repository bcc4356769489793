// The preload (sandboxed, CommonJS): exposes ONE object, window.benchmatch, that satisfies the declared
// BenchmatchBridge type. Named functions only; the page never gets ipcRenderer or Node.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { BenchmatchBridge, ProgressEvent, ShellEvent } from '../shared/api/bridge';
import type { ApiResult } from '../shared/api/errors';

// Channel names repeated from ipc.ts: a sandboxed preload bundles nothing of the main process.
const METHOD = /^[A-Za-z][A-Za-z0-9]{0,63}$/;

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
} satisfies BenchmatchBridge;

contextBridge.exposeInMainWorld('benchmatch', bridge);
