// What every command receives: where to write, and the bench behind the global --db option, opened on
// first use (so `--help` and usage errors never touch a database) and closed by main.ts when the
// command ends. Commands reach the service only through `call`, so the API contract types them.
import type { Command } from 'commander';
import type { Api, ApiMethod } from '../../shared/api/contract';
import type { CallContext, InputOf, OutputOf } from '../../shared/api/define';
import { ApiError, renderText } from '../../shared/api/errors';
import { todayLocal } from '../../shared/bench/dates';
import { currentLanguage } from '../../shared/i18n/instance';
import { openBench, type Bench } from '../../db/service/bench-service';
import { resolveTarget, type DbTarget } from './db-target';
import { CliExit, EXIT } from './exit';
import type { Output } from './output';
import { createProgress } from './progress';

export interface CallOptions {
  /** Show a progress bar on a terminal while the call runs (import, seed, export). */
  progress?: boolean;
}

export interface CliContext {
  out: Output;
  /** The environment the run was given (BENCHMATCH_TEAM_URL for `sync`). */
  env: NodeJS.ProcessEnv;
  /** The database this run uses: --db, else BENCHMATCH_DB, else the desktop app's file. */
  target(): DbTarget;
  /** The open bench (opened on first use). For commands that need more than `call`, like `serve`. */
  bench(): Promise<Bench>;
  /** Calls an API method as the actor "cli"; an ApiError becomes exit 1 with its problems on stderr. */
  call<M extends ApiMethod>(method: M, input: InputOf<Api[M]>, opts?: CallOptions): Promise<OutputOf<Api[M]>>;
  /** Today in the machine's calendar (YYYY-MM-DD), for defaults such as `match --as-of`. */
  today(): string;
  /** Closes the bench if it was opened. main.ts calls it once the command settles. */
  close(): Promise<void>;
}

/** One command module. The registry (commands/index.ts) lists them; `register` adds the command(s). */
export interface CliCommand {
  register(program: Command, ctx: CliContext): void;
}

export function createContext(program: Command, out: Output, env: NodeJS.ProcessEnv = process.env): CliContext {
  let opened: Promise<Bench> | undefined;
  let target: DbTarget | undefined;

  const ctx: CliContext = {
    out,
    env,
    target() {
      target ??= resolveTarget(program.opts<{ db?: string }>().db, env);
      return target;
    },
    bench() {
      const t = ctx.target();
      // Only the desktop app's default file gets the demo bench; a file named by --db or
      // BENCHMATCH_DB starts empty, so an import into it holds exactly what was imported.
      opened ??= openBench({ path: t.path, seedDemoIfNew: t.isDefault, inAppDataFolder: t.isDefault }).catch((err: unknown) => {
        throw toCliExit(err);
      });
      return opened;
    },
    async call(method, input, opts = {}) {
      const bench = await ctx.bench();
      const progress = opts.progress ? createProgress() : undefined;
      // A wait for another process's write is said on stderr, whether or not a progress bar shows.
      const callCtx: CallContext = { actor: 'cli', notice: (m) => out.error(renderText(m, currentLanguage())), ...(progress ? { progress: progress.report } : {}) };
      try {
        return await bench.call(method, input, callCtx);
      } catch (err) {
        throw toCliExit(err);
      } finally {
        progress?.stop();
      }
    },
    today: () => todayLocal(),
    async close() {
      if (!opened) return;
      const bench = await opened.catch(() => undefined);
      opened = undefined;
      await bench?.close();
    },
  };
  return ctx;
}

/**
 * Service errors become an exit status (README): refused input 1 with every problem by place, a bench
 * that cannot do what was asked 3, an unexpected failure 4.
 */
export function toCliExit(err: unknown): unknown {
  if (!(err instanceof ApiError)) return err;
  const code = err.code === 'unavailable' ? EXIT.unavailable : err.code === 'internal' ? EXIT.internal : EXIT.refused;
  // One line, what went wrong then what to do (team.md: "one clear line each"), in the user's language;
  // problems follow by place.
  const said = err.say(currentLanguage());
  return new CliExit(code, said.hint ? `${said.message} ${said.hint}` : said.message, err.problems ?? []);
}
