// One IPC handler per API method, generated from `api`. Each handler first checks that the call comes
// from the app's own page (event.senderFrame.url through the pure guard), then hands the input to the
// service, which zod-parses it with the method's schema. Progress goes back to the calling page only.
import { app, BrowserWindow, dialog, ipcMain, shell, type IpcMainInvokeEvent } from 'electron';
import type { z } from 'zod';
import { api } from '../shared/api/contract';
import { toPointer, type ApiResult } from '../shared/api/errors';
import { todayLocal } from '../shared/bench/dates';
import { chooseExportInput, chooseImportInput, exportDialog, exportPathFor, FILE_CHANNELS, IMPORT_DIALOG, isRevealable, showInFolderInput } from './file-dialogs';
import { isInternalUrl } from './guard';
import type { ServiceClient } from './service-client';

export const IPC = {
  /** `api:<method>`: invoke with the input, answers the ApiResult envelope. */
  method: (name: string) => `api:${name}`,
  progress: 'benchmatch:progress',
  shell: 'benchmatch:shell',
} as const;

const REFUSED: ApiResult<never> = { ok: false, error: { code: 'refused', message: 'Calls are accepted only from the BenchMatch window.' } };

export function registerIpc(service: ServiceClient): void {
  for (const method of Object.keys(api)) {
    ipcMain.handle(IPC.method(method), async (event: IpcMainInvokeEvent, input: unknown) => {
      const frameUrl = event.senderFrame?.url ?? '';
      if (!isInternalUrl(frameUrl)) return REFUSED;
      return service.call(method, input, {
        actor: 'app',
        onProgress: (fraction, label) => {
          if (!event.sender.isDestroyed()) event.sender.send(IPC.progress, { method, fraction, label });
        },
      });
    });
  }
}

/**
 * The native dialogs and "show in folder" of the Import / export screen (BenchmatchBridge). Same rules
 * as the API handlers: the sender frame must be the app's own page, and the input is parsed by its
 * schema (electron/file-dialogs.ts) before anything happens.
 */
export function registerFileDialogs(): void {
  function handle<S extends z.ZodType, T>(channel: string, schema: S, run: (input: z.output<S>, event: IpcMainInvokeEvent) => Promise<T>) {
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, input: unknown): Promise<ApiResult<T>> => {
      if (!isInternalUrl(event.senderFrame?.url ?? '')) return REFUSED;
      const parsed = schema.safeParse(input);
      if (!parsed.success) {
        const problems = parsed.error.issues.map((i) => ({ where: toPointer(i.path), message: i.message }));
        return { ok: false, error: { code: 'invalid_input', message: 'The request to the window was not understood.', problems } };
      }
      return { ok: true, value: await run(parsed.data, event) };
    });
  }
  const owner = (event: IpcMainInvokeEvent) => BrowserWindow.fromWebContents(event.sender);

  handle(FILE_CHANNELS.chooseImportFile, chooseImportInput, async (_input, event) => {
    const w = owner(event);
    const pick = await (w ? dialog.showOpenDialog(w, IMPORT_DIALOG) : dialog.showOpenDialog(IMPORT_DIALOG));
    return pick.canceled ? null : (pick.filePaths[0] ?? null);
  });
  handle(FILE_CHANNELS.chooseExportFile, chooseExportInput, async ({ format }, event) => {
    const w = owner(event);
    const opts = exportDialog(format, app.getPath('documents'), todayLocal());
    const pick = await (w ? dialog.showSaveDialog(w, opts) : dialog.showSaveDialog(opts));
    return pick.canceled || !pick.filePath ? null : exportPathFor(format, pick.filePath);
  });
  handle(FILE_CHANNELS.showInFolder, showInFolderInput, async ({ path }) => {
    if (isRevealable(path)) shell.showItemInFolder(path);
    return null;
  });
}
