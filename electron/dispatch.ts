// The one place a transport turns a call into the result envelope: every transport (HTTP, the Electron
// worker) goes through `dispatch`, so the method list comes from `api` and errors always arrive as
// typed ApiError values, never as stack traces or bare strings.
import { api, type ApiMethod } from '../shared/api/contract';
import type { CallContext } from '../shared/api/define';
import { ApiError, type ApiResult } from '../shared/api/errors';

/** What a transport needs of the service: `Bench.call` (db/service/bench-service.ts) fits it. */
export interface ServiceCaller {
  call(method: never, input: never, ctx?: CallContext): Promise<unknown> | unknown;
}

export function isApiMethod(name: string): name is ApiMethod {
  return Object.prototype.hasOwnProperty.call(api, name);
}

/**
 * The page transports' (HTTP, IPC) one extra rule: a method that names a file on this computer
 * (`local` in its declaration) is refused before anything runs, whatever its input. Null when allowed.
 */
export function refusedFromPage(method: string): ApiResult<never> | null {
  if (!isApiMethod(method) || !api[method].local) return null;
  return {
    ok: false,
    error: {
      code: 'refused',
      message: `${method} names a file on this computer, so it is not available to a page.`,
      hint: 'In the app, use Import / export (files are chosen in a dialog or sent as uploads and saved as downloads); scripts use the command line or the library.',
    },
  };
}

/** Runs one call and wraps the outcome; unknown methods and unexpected failures become ApiErrors too. */
export async function dispatch(service: ServiceCaller, method: string, input: unknown, ctx: CallContext): Promise<ApiResult<unknown>> {
  if (!isApiMethod(method)) {
    return { ok: false, error: { code: 'not_found', message: `There is no API method "${method}".` } };
  }
  try {
    const call = service.call as (m: string, i: unknown, c: CallContext) => Promise<unknown> | unknown;
    const value = await call.call(service, method, input, ctx);
    return { ok: true, value };
  } catch (err) {
    if (err instanceof ApiError) return { ok: false, error: err.toJSON() };
    // Messages of unexpected errors can quote candidate data: log only where it broke, not what.
    console.error(`benchmatch: internal error in ${method}:`, err instanceof Error ? (err.stack ?? '').split('\n').slice(1, 6).join('\n') : typeof err);
    return { ok: false, error: { code: 'internal', message: `Something went wrong inside BenchMatch while running ${method}.`, hint: 'Try again; if it persists, restart the app and report the steps that led here.' } };
  }
}
