// The Bench service: the one object every transport (Electron IPC, the loopback server, the command
// line, the library) talks to. `call` validates input with the method's zod schema, runs its handler
// and turns any failure into an ApiError; mutating methods run one at a time, bump `version` and drop
// the cached snapshot so derived caches (search index, match prep) know to rebuild.
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { api, type Api, type ApiMethod } from '../../shared/api/contract';
import type { CallContext, InputOf, OutputOf } from '../../shared/api/define';
import { ApiError } from '../../shared/api/errors';
import type { ImportReport } from '../../shared/api/bench';
import type { BenchFile } from '../../shared/bench/schema';
import { zodProblems } from '../bench-file/validate';
import { checkpointsSettled } from '../checkpoint';
import { openConnection } from '../connection';
import type { Database } from '../database';
import { migrateToLatest } from '../migrate';
import { readBench } from '../repos/bench-reader';
import { writeBench } from '../repos/bench-writer';
import { appendChange } from '../repos/change-log';
import { generateDemoBench } from '../seed';
import { createHandlers } from './handlers';

export interface Bench {
  /** Runs an API method: input parsed by its zod schema; failures arrive as ApiError. */
  call<M extends ApiMethod>(method: M, input: InputOf<Api[M]>, ctx?: Partial<CallContext>): Promise<OutputOf<Api[M]>>;
  /** The whole bench in bench-file form (finalized data, archived included), cached until the next mutation. */
  snapshot(): BenchFile;
  /** Bumped by every mutating call; key derived caches on it. */
  readonly version: number;
  readonly db: Kysely<Database>;
  /** Absolute path of the database file. */
  readonly path: string;
  close(): Promise<void>;
  importFile(path: string, options?: { dryRun?: boolean; actor?: string; onProgress?: (fraction: number, label: string) => void }): Promise<ImportReport>;
  exportFile(path: string): Promise<{ path: string; engineers: number }>;
  /** Ranks the bench against a role (same result as `benchmatch match`); options as the `match` method. */
  match(roleId: string, options?: Omit<InputOf<Api['match']>, 'roleId'>): Promise<OutputOf<Api['match']>>;
  /** Searches the bench (same result as `benchmatch search`); options as the `search` method. */
  search(query: string, options?: Omit<InputOf<Api['search']>, 'query'>): Promise<OutputOf<Api['search']>>;
  /**
   * Runs `work` in the write queue (after and before other writes); the version is bumped and the
   * snapshot dropped only when `changed(result)` says so. For work that changes the bench only
   * sometimes, like a sync that may receive nothing.
   */
  exclusive<T>(work: () => Promise<T>, changed: (result: T) => boolean): Promise<T>;
  /** Called after every mutating call (the team bench flushes its outbox and nudges its sync here). */
  onMutated(listener: () => void): () => void;
}

export interface OpenBenchOptions {
  path: string;
  /** Seed a new file (one that did not exist) with the demo bench. Only the desktop app's default file does. */
  seedDemoIfNew?: boolean;
  /** better-sqlite3 built for another ABI (Electron's), as its `nativeBinding` path. */
  nativeBinding?: string;
}

/** Opens (creating and migrating as needed) the bench database at `path`. */
export async function openBench(opts: OpenBenchOptions): Promise<Bench> {
  const path = resolve(opts.path);
  const existed = existsSync(path) && statSync(path).size > 0;
  mkdirSync(dirname(path), { recursive: true });
  const { db, raw } = openConnection(path, opts.nativeBinding);
  try {
    await migrateToLatest(db as Kysely<unknown>, raw, path, existed);
    if (opts.seedDemoIfNew && !existed) {
      const demo = generateDemoBench({ engineers: 500, seed: 1 });
      raw.transaction(() => {
        writeBench(raw, demo, { actor: 'seed' });
        appendChange(raw, { actor: 'seed', action: 'seed', entity: 'bench', entityId: null, detail: { engineers: 500, seed: 1 } });
      }).immediate();
    }
  } catch (e) {
    await db.destroy();
    throw e;
  }

  let version = 0;
  let cached: BenchFile | undefined;
  let closed = false;
  // Mutations run one after another: a second import waits for the first instead of interleaving.
  let writeQueue: Promise<unknown> = Promise.resolve();
  const mutated = new Set<() => void>();
  const queue = <T>(run: () => Promise<T>): Promise<T> => {
    const result = writeQueue.then(run, run);
    writeQueue = result.catch(() => undefined);
    return result;
  };

  const bench: Bench = {
    get version() {
      return version;
    },
    db,
    path,
    snapshot() {
      cached ??= readBench(raw);
      return cached;
    },
    async call(method, input, ctx) {
      if (closed) throw new ApiError('refused', 'The bench is closed');
      const spec = api[method];
      if (!spec) throw new ApiError('not_found', `No such method: ${String(method)}`);
      const handler = handlers[method] as (i: unknown, c: CallContext) => unknown;
      const callCtx: CallContext = { actor: ctx?.actor ?? 'app', ...(ctx?.progress ? { progress: ctx.progress } : {}) };
      const run = async () => {
        try {
          const parsed = spec.input.safeParse(input);
          if (!parsed.success) {
            const problems = zodProblems(parsed.error);
            throw new ApiError('invalid_input', `${problems.length} problem${problems.length === 1 ? '' : 's'} in the input to ${String(method)}`, problems);
          }
          return (await handler(parsed.data, callCtx)) as OutputOf<Api[typeof method]>;
        } catch (e) {
          throw toApiError(e);
        } finally {
          if (spec.mutates) {
            version++;
            cached = undefined;
            for (const l of mutated) l();
          }
        }
      };
      if (!spec.mutates) return run();
      return queue(run);
    },
    exclusive(work, changed) {
      return queue(async () => {
        const result = await work();
        if (changed(result)) {
          version++;
          cached = undefined;
        }
        return result;
      });
    },
    onMutated(listener) {
      mutated.add(listener);
      return () => mutated.delete(listener);
    },
    async close() {
      if (closed) return;
      closed = true;
      await writeQueue;
      await checkpointsSettled(path);
      await db.destroy();
    },
    importFile(file, options = {}) {
      return bench.call('importFile', { path: file, ...(options.dryRun !== undefined ? { dryRun: options.dryRun } : {}) }, {
        actor: options.actor ?? 'library',
        ...(options.onProgress ? { progress: options.onProgress } : {}),
      });
    },
    exportFile(file) {
      return bench.call('exportFile', { path: file }, { actor: 'library' });
    },
    match(roleId, options = {}) {
      return bench.call('match', { ...options, roleId }, { actor: 'library' });
    },
    search(query, options = {}) {
      return bench.call('search', { ...options, query }, { actor: 'library' });
    },
  };
  const handlers = createHandlers({ bench, raw });
  return bench;
}

/** Any failure as an ApiError the transports can show. */
export function toApiError(e: unknown): ApiError {
  if (e instanceof ApiError) return e;
  if (e instanceof z.ZodError) {
    const problems = zodProblems(e);
    return new ApiError('invalid_input', `${problems.length} problem${problems.length === 1 ? '' : 's'} in the input`, problems);
  }
  const code = (e as { code?: unknown }).code;
  if (typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT')) return new ApiError('conflict', (e as Error).message);
  if (typeof code === 'string' && (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR')) return new ApiError('not_found', (e as Error).message);
  return new ApiError('internal', e instanceof Error ? e.message : String(e));
}
