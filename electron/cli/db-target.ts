// Which database file a run uses (cli.md): --db wins, then BENCHMATCH_DB, then the desktop app's own
// file; only that last one is "default" (created and seeded with the demo bench on first use).
import { defaultDbPath, resolveDbPath } from '../../db/paths';

export interface DbTarget {
  path: string;
  /** True only for the desktop app's file (neither --db nor BENCHMATCH_DB given). */
  isDefault: boolean;
}

export function resolveTarget(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): DbTarget {
  const isDefault = !flag && !env.BENCHMATCH_DB?.trim();
  return { path: isDefault ? defaultDbPath(process.platform, env) : resolveDbPath(flag, env), isDefault };
}
