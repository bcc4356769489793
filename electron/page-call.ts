// The rules every call from the window's page passes before it reaches the service, free of Electron so
// the tests run the very code ipc.ts registers: the sender frame must be the app's own page
// (event.senderFrame.url through the pure guard), and no method that names a file on this computer
// (`local`) is served to a page at all (dispatch.ts refusedFromPage), whatever the input.
import type { ApiResult } from '../shared/api/errors';
import { refusedFromPage } from './dispatch';
import { isInternalUrl } from './guard';

export const NOT_FROM_THE_APP: ApiResult<never> = { ok: false, error: { code: 'refused', message: 'Calls are accepted only from the BenchMatch window.' } };

/** Runs `run` for a page's call when its frame and method are allowed; the refusal envelope otherwise. */
export async function callFromPage(frameUrl: string, method: string, run: () => Promise<ApiResult<unknown>>): Promise<ApiResult<unknown>> {
  if (!isInternalUrl(frameUrl)) return NOT_FROM_THE_APP;
  return refusedFromPage(method) ?? run();
}
