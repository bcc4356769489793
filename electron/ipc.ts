// One IPC handler per API method, generated from `api`. Each handler first checks that the call comes
// from the app's own page (event.senderFrame.url through the pure guard), then hands the input to the
// service, which zod-parses it with the method's schema. Progress goes back to the calling page only.
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { api } from '../shared/api/contract';
import type { ApiResult } from '../shared/api/errors';
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
