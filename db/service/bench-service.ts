// The Bench service: the one object every transport (Electron IPC, the loopback server, the command
// line, the library) talks to. `call` validates input with the method's zod schema, runs its handler
// and turns any failure into an ApiError; mutating methods run one at a time (and after any other
// process's write), bump `version` and drop the cached snapshot so derived caches (search index, match
// prep, rows) know to rebuild; so does a write by another process, noticed before each call.
import { existsSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { api, type Api, type ApiMethod } from '../../shared/api/contract';
import type { CallContext, InputOf, OutputOf } from '../../shared/api/define';
import { ApiError, type KeyedText } from '../../shared/api/errors';
import type { ImportReport } from '../../shared/api/bench';
import type { BenchFile } from '../../shared/bench/schema';
import { zodProblems } from '../bench-file/validate';
import { checkpointsSettled } from '../checkpoint';
import { openConnection } from '../connection';
import type { Database } from '../database';
import { benchFailure, readOnly } from '../failures';
import { BENCHMATCH_VERSION, migrateToLatest, schemaState } from '../migrate';
import { LATEST_MIGRATION } from '../migrations';
import { cannotCreateReason, readOnlyReason } from '../read-only';
import { createOwnerFile, makeOwnerFolder, restrictDatabase, restrictToOwner } from '../owner-only';
import { waitForOtherWriters } from '../write-wait';
import { readBench } from '../repos/bench-reader';
import { writeBench } from '../repos/bench-writer';
import { appendChange } from '../repos/change-log';
import { generateDemoBench } from '../seed';
import { createHandlers } from './handlers';
import { searchIndexes } from './search-indexes';

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
  importFile(path: string, options?: { dryRun?: boolean; validOnly?: boolean; updateMatches?: boolean; actor?: string; onProgress?: (fraction: number, label: KeyedText) => void }): Promise<ImportReport>;
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
  /** The file lives in BenchMatch's own data folder (the app's default bench): that folder is made owner-only. */
  inAppDataFolder?: boolean;
  /** better-sqlite3 built for another ABI (Electron's), as its `nativeBinding` path. */
  nativeBinding?: string;
  /** How long a write waits for another process's write before giving up (ms; default WRITE_WAIT_MS). */
  writeWaitMs?: number;
}

/** Opens (creating and migrating as needed) the bench database at `path`. */
export async function openBench(opts: OpenBenchOptions): Promise<Bench> {
  const path = resolve(opts.path);
  const existed = existsSync(path) && statSync(path).size > 0;
  // A bench this process cannot write opens read-only on purpose (db/read-only.ts); so does one made
  // by a newer BenchMatch (below). `readOnlyWhy` is what a refused write says.
  let readOnlyWhy = existed ? readOnlyReason(path) : undefined;
  if (!existed) prepareNewFile(path);
  else if (readOnlyWhy === undefined) restrictDatabase(path);
  // Only our own data folder: a folder the user chose with --db is theirs to set.
  if (opts.inAppDataFolder && readOnlyWhy === undefined) restrictToOwner(dirname(path));
  let conn: ReturnType<typeof openConnection>;
  try {
    conn = openConnection(path, opts.nativeBinding, readOnlyWhy !== undefined);
  } catch (e) {
    throw benchFailure(e, path) ?? e;
  }
  const { db, raw } = conn;
  // Kysely opens its driver lazily and closes only what it opened: a bench whose calls never went
  // through Kysely (no migration to run) would stay open, its -wal never folded in. Close both.
  const closeConnection = async () => {
    await db.destroy();
    if (raw.open) raw.close();
  };
  try {
    const schema = schemaState(raw);
    if (schema.unknown.length > 0) {
      // Readable, most likely (migrations add more than they take away), but never to be written with an older schema in mind.
      readOnlyWhy = `it was made by a newer BenchMatch (${schema.writtenBy ? `version ${schema.writtenBy}, ` : ''}schema ${schema.unknown.at(-1)}; this is version ${BENCHMATCH_VERSION}, schema ${LATEST_MIGRATION}). Update BenchMatch to change it`;
      raw.pragma('query_only = ON');
    } else if (schema.pending.length > 0 && readOnlyWhy !== undefined) {
      throw new ApiError('unavailable', `This bench needs its schema upgraded (to ${LATEST_MIGRATION}), which needs writing, but ${readOnlyWhy}.`, undefined, 'Make the file and its folder writable, or copy it somewhere you can write and open the copy.');
    } else if (readOnlyWhy === undefined && schema.pending.length > 0) {
      // Only when there is something to run: Kysely's migrator takes the write lock even for nothing,
      // and would wait on (and fail after) another process's long import.
      await migrateToLatest(db as Kysely<unknown>, raw, path, existed);
    }
    if (opts.seedDemoIfNew && !existed) {
      const demo = generateDemoBench({ engineers: 500, seed: 1 });
      raw.transaction(() => {
        writeBench(raw, demo, { actor: 'seed' });
        appendChange(raw, { actor: 'seed', action: 'seed', entity: 'bench', entityId: null, detail: { engineers: 500, seed: 1 } });
      }).immediate();
    }
  } catch (e) {
    await closeConnection();
    throw toApiError(e, path);
  }

  let version = 0;
  let cached: BenchFile | undefined;
  let closed = false;
  // Mutations run one after another: a second import waits for the first instead of interleaving.
  let writeQueue: Promise<unknown> = Promise.resolve();
  // Mutating calls not yet settled, and the method of the last one queued (what a new one waits behind).
  let queued = 0;
  let lastQueued: ApiMethod | undefined;
  const mutated = new Set<() => void>();
  const changed = () => {
    version++;
    cached = undefined;
  };
  /** After this process changed the bench: caches go, and listeners (the team bench's outbox flush) run. */
  const afterMutation = () => {
    changed();
    for (const l of mutated) l();
  };
  // Another connection (a CLI import beside the app, the team sync) may have committed since the last
  // call: SQLite's data_version moves only for other connections' commits, and reading it is one pragma
  // (microseconds), so every call checks it and drops every cache keyed on `version` when it moved.
  const readDataVersion = raw.prepare('PRAGMA data_version').pluck();
  let dataVersion = readDataVersion.get() as number;
  const noticeOtherWriters = () => {
    const now = readDataVersion.get() as number;
    if (now !== dataVersion) {
      dataVersion = now;
      changed();
    }
  };
  /** Before a write: waits (saying so) for this process's earlier write and for other processes' writes. */
  const waitForTurn = async (ctx: CallContext, earlier: Promise<unknown>, ahead: ApiMethod | undefined) => {
    const say = ctx.notice ?? ((m: KeyedText) => ctx.progress?.(0, m));
    if (ahead) say({ key: ahead === 'importFile' || ahead === 'importUpload' ? 'errors:progress.importRunning' : 'errors:progress.changeBeingSaved' });
    await earlier;
    await waitForOtherWriters(raw, { onWait: say, ...(opts.writeWaitMs !== undefined ? { deadlineMs: opts.writeWaitMs } : {}) });
  };
  /** Runs `run` in the write queue once it is its turn: after this process's earlier writes and other processes' writes. */
  const enqueue = <T>(ctx: CallContext, label: ApiMethod | undefined, run: () => Promise<T>): Promise<T> => {
    const ahead = queued > 0 ? lastQueued : undefined;
    queued++;
    lastQueued = label;
    const turn = waitForTurn(ctx, writeQueue, ahead);
    const result = turn.then(run, (e: unknown) => {
      throw toApiError(e, path);
    });
    writeQueue = result.catch(() => undefined).finally(() => queued--);
    return result;
  };

  const bench: Bench = {
    get version() {
      return version;
    },
    db,
    path,
    snapshot() {
      noticeOtherWriters();
      cached ??= readBench(raw);
      return cached;
    },
    async call(method, input, ctx) {
      if (closed) throw new ApiError('refused', 'The bench is closed');
      const spec = api[method];
      if (!spec) throw new ApiError('not_found', `No such method: ${String(method)}`);
      if (spec.mutates && readOnlyWhy !== undefined) throw readOnly(readOnlyWhy);
      const handler = handlers[method] as (i: unknown, c: CallContext) => unknown;
      const callCtx: CallContext = { actor: ctx?.actor ?? 'app', ...(ctx?.progress ? { progress: ctx.progress } : {}) };
      const run = async () => {
        try {
          const parsed = spec.input.safeParse(input, { reportInput: true });
          if (!parsed.success) {
            const problems = zodProblems(parsed.error);
            throw ApiError.keyed('invalid_input', { key: 'errors:service.inputRefused', params: { count: problems.length } }, undefined, problems);
          }
          noticeOtherWriters();
          return (await handler(parsed.data, callCtx)) as OutputOf<Api[typeof method]>;
        } catch (e) {
          throw toApiError(e, path);
        } finally {
          if (spec.mutates) afterMutation();
        }
      };
      if (!spec.mutates) return run();
      return enqueue({ ...callCtx, ...(ctx?.notice ? { notice: ctx.notice } : {}) }, method, run);
    },
    exclusive(work, didChange) {
      return enqueue({ actor: 'sync' }, undefined, async () => {
        const result = await work();
        if (didChange(result)) afterMutation();
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
      await closeConnection();
    },
    importFile(file, options = {}) {
      const { actor: _actor, onProgress: _progress, ...choices } = options;
      return bench.call('importFile', { path: file, ...choices }, {
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
  const handlers = createHandlers({ bench, raw, cachedSnapshot: () => cached, searchIndexes: searchIndexes(raw, () => cached) });
  return bench;
}

/** A new bench's folder: created if missing; one that cannot be written is said so, not a stack trace. */
function prepareNewFile(path: string): void {
  const cannot = (why: string) =>
    new ApiError('unavailable', `Cannot create a bench at ${path}: ${why}.`, undefined, 'Choose a file in a folder you can write to (--db or BENCHMATCH_DB).');
  try {
    makeOwnerFolder(dirname(path));
  } catch (e) {
    throw cannot(`its folder cannot be created (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  const why = cannotCreateReason(path);
  if (why) throw cannot(why);
  // Owner-only from its first byte; SQLite gives the -wal and -shm the same mode (db/owner-only.ts).
  createOwnerFile(path);
}

/** Any failure as an ApiError the transports can show; SQLite and disk failures on the bench at `path` say what to do. */
export function toApiError(e: unknown, path?: string): ApiError {
  if (e instanceof ApiError) return e;
  const explained = path !== undefined ? benchFailure(e, path) : undefined;
  if (explained) return explained;
  if (e instanceof z.ZodError) {
    const problems = zodProblems(e);
    return ApiError.keyed('invalid_input', { key: 'errors:service.inputRefused', params: { count: problems.length } }, undefined, problems);
  }
  const code = (e as { code?: unknown }).code;
  if (typeof code === 'string' && code.startsWith('SQLITE_CONSTRAINT')) return new ApiError('conflict', (e as Error).message);
  if (typeof code === 'string' && (code === 'ENOENT' || code === 'EACCES' || code === 'EISDIR')) return new ApiError('not_found', (e as Error).message);
  return new ApiError('internal', e instanceof Error ? e.message : String(e));
}
