// One IPC handler per API method, generated from `api`. Each handler first passes the page rules
// (page-call.ts: the call comes from the app's own page; no method that names a file on this computer),
// then hands the input to the service, which zod-parses it with the method's schema. Progress goes back
// to the calling page only. The window's file dialogs live here too: the main process owns the chosen
// paths and the page gets upload handles and reveal ids.
import type { KeyedText } from '../shared/api/errors';
import { app, BrowserWindow, dialog, ipcMain, shell, type IpcMainInvokeEvent } from 'electron';
import type { z } from 'zod';
import type { UploadedFile } from '../shared/api/bench';
import type { WrittenFile } from '../shared/api/bridge';
import { api } from '../shared/api/contract';
import type { Settings } from '../shared/api/settings';
import { toPointer, type ApiResult } from '../shared/api/errors';
import { todayLocal } from '../shared/bench/dates';
import { backUpNowInput, chooseDocumentsInput, chooseImportInput, DOCUMENTS_DIALOG, exportDialog, exportPathFor, FILE_CHANNELS, IMPORT_DIALOG, RevealList, saveBenchExportInput, showInFolderInput } from './file-dialogs';
import { isInternalUrl } from './guard';
import { callFromPage, NOT_FROM_THE_APP } from './page-call';
import type { ServiceClient } from './service-client';

export const IPC = {
  /** `api:<method>`: invoke with the input, answers the ApiResult envelope. */
  method: (name: string) => `api:${name}`,
  progress: 'benchmatch:progress',
  shell: 'benchmatch:shell',
} as const;

/** onSettings: the settings after the window saved them (the menus follow the language chosen there). */
export function registerIpc(service: ServiceClient, onSettings: (settings: Settings) => void): void {
  for (const method of Object.keys(api)) {
    ipcMain.handle(IPC.method(method), async (event: IpcMainInvokeEvent, input: unknown) => {
      const result = await callFromPage(event.senderFrame?.url ?? '', method, () => service.call(method, input, {
        actor: 'app',
        onProgress: (fraction, label) => {
          if (!event.sender.isDestroyed()) event.sender.send(IPC.progress, { method, fraction, label });
        },
      }));
      if (method === 'updateSettings' && result.ok) onSettings(result.value as Settings);
      return result;
    });
  }
}

/**
 * The native dialogs, "back up now" and "show in folder" of the Import / export screen
 * (BenchmatchBridge). Same rules as the API handlers: the sender frame must be the app's own page, and
 * the input is parsed by its schema (electron/file-dialogs.ts) before anything happens. Paths stay here.
 */
export function registerFileDialogs(service: ServiceClient): void {
  const written = new RevealList();
  function handle<S extends z.ZodType, T>(channel: string, schema: S, run: (input: z.output<S>, event: IpcMainInvokeEvent) => Promise<ApiResult<T>>) {
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, input: unknown): Promise<ApiResult<T>> => {
      if (!isInternalUrl(event.senderFrame?.url ?? '')) return NOT_FROM_THE_APP;
      const parsed = schema.safeParse(input);
      if (!parsed.success) {
        const problems = parsed.error.issues.map((i) => ({ where: toPointer(i.path), message: i.message }));
        return { ok: false, error: { code: 'invalid_input', message: 'The request to the window was not understood.', problems } };
      }
      return run(parsed.data, event);
    });
  }
  const owner = (event: IpcMainInvokeEvent) => BrowserWindow.fromWebContents(event.sender);
  const progressTo = (event: IpcMainInvokeEvent, method: string) => (fraction: number, label: KeyedText) => {
    if (!event.sender.isDestroyed()) event.sender.send(IPC.progress, { method, fraction, label });
  };

  handle(FILE_CHANNELS.chooseImportFile, chooseImportInput, async (_input, event): Promise<ApiResult<UploadedFile | null>> => {
    const w = owner(event);
    const pick = await (w ? dialog.showOpenDialog(w, IMPORT_DIALOG) : dialog.showOpenDialog(IMPORT_DIALOG));
    const path = pick.canceled ? undefined : pick.filePaths[0];
    if (!path) return { ok: true, value: null };
    return (await service.call('stageFile', { path })) as ApiResult<UploadedFile>;
  });
  handle(FILE_CHANNELS.chooseDocuments, chooseDocumentsInput, async (_input, event): Promise<ApiResult<UploadedFile[]>> => {
    const w = owner(event);
    const pick = await (w ? dialog.showOpenDialog(w, DOCUMENTS_DIALOG) : dialog.showOpenDialog(DOCUMENTS_DIALOG));
    const staged: UploadedFile[] = [];
    // Each chosen file is kept by path under a handle, as for a bench file: the page never sees a path.
    for (const path of pick.canceled ? [] : pick.filePaths) {
      const r = (await service.call('stageFile', { path })) as ApiResult<UploadedFile>;
      if (!r.ok) return r;
      staged.push(r.value);
    }
    return { ok: true, value: staged };
  });
  handle(FILE_CHANNELS.saveBenchExport, saveBenchExportInput, async ({ format }, event): Promise<ApiResult<(WrittenFile & { engineers: number }) | null>> => {
    const w = owner(event);
    const opts = exportDialog(format, app.getPath('documents'), todayLocal());
    const pick = await (w ? dialog.showSaveDialog(w, opts) : dialog.showSaveDialog(opts));
    if (pick.canceled || !pick.filePath) return { ok: true, value: null };
    // Progress is reported as the page's own export method, which the screen already listens for.
    const r = (await service.call('exportFile', { path: exportPathFor(format, pick.filePath) }, { actor: 'app', onProgress: progressTo(event, 'exportFile') })) as ApiResult<{ path: string; engineers: number }>;
    return r.ok ? { ok: true, value: { ...written.add(r.value.path), engineers: r.value.engineers } } : r;
  });
  handle(FILE_CHANNELS.backUpNow, backUpNowInput, async (): Promise<ApiResult<WrittenFile & { path: string; bytes: number }>> => {
    const r = (await service.call('backupNow', {}, { actor: 'app' })) as ApiResult<{ path: string; bytes: number }>;
    return r.ok ? { ok: true, value: { ...r.value, ...written.add(r.value.path) } } : r;
  });
  handle(FILE_CHANNELS.showInFolder, showInFolderInput, async ({ reveal }): Promise<ApiResult<null>> => {
    const path = written.get(reveal);
    if (!path) return { ok: false, error: { code: 'not_found', message: 'That file is no longer there.', hint: 'It may have been moved or deleted since BenchMatch wrote it.' } };
    shell.showItemInFolder(path);
    return { ok: true, value: null };
  });
}
