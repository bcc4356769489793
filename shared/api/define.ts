// How an API method is declared, once, for every transport (Electron IPC, the loopback HTTP server,
// the command line, the library): a name, a zod schema for its input, and its result type. The
// service implements `ApiHandlers`; every transport is generated from `api` and checked by these types.
import type { KeyedText } from './errors';
import type { z } from 'zod';

export interface MethodSpec<I extends z.ZodType = z.ZodType, O = unknown> {
  input: I;
  /** Phantom: carries the result type; never set at run time. */
  readonly output?: O;
  /** True when the method changes the bench (transports may refresh views after it). */
  mutates?: boolean;
  /**
   * True when the input names a file on this computer (a path to read or write). Such methods belong to
   * the command line, the library and the window's main process only: the page transports (HTTP, IPC)
   * refuse them, so no script in a page can read or overwrite a file by naming it.
   */
  local?: boolean;
}

/** Declares a method: `method(z.object({...}))<ResultType>()`. */
export function method<I extends z.ZodType>(input: I, opts: { mutates?: boolean; local?: boolean } = {}) {
  return <O>(): MethodSpec<I, O> => ({ input, ...opts });
}

export type ApiGroup = Record<string, MethodSpec>;
export type InputOf<S> = S extends MethodSpec<infer I, unknown> ? z.input<I> : never;
export type ParsedInputOf<S> = S extends MethodSpec<infer I, unknown> ? z.output<I> : never;
export type OutputOf<S> = S extends MethodSpec<z.ZodType, infer O> ? O : never;

/** What the service implements: each method receives its already-parsed input. */
export type HandlersFor<G extends ApiGroup> = {
  [K in keyof G]: (input: ParsedInputOf<G[K]>, ctx: CallContext) => Promise<OutputOf<G[K]>> | OutputOf<G[K]>;
};

/** What the renderer and other callers hold: one async function per method. */
export type ClientFor<G extends ApiGroup> = {
  [K in keyof G]: (input: InputOf<G[K]>) => Promise<OutputOf<G[K]>>;
};

export interface CallContext {
  /** Who made the change, for the change log ("cli", "app", or the user's name from Settings). */
  actor: string;
  /** Reports progress of long work (0..1) with a short label (keyed: each reader says it in their language); transports forward it to the UI. */
  progress?: (fraction: number, label: KeyedText) => void;
  /**
   * A one-line message while the call waits (another process is writing to the bench). The command
   * line prints it; without it the service shows the message as the progress label instead.
   */
  notice?: (message: KeyedText) => void;
}
