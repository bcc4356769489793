// Which database file a run uses. cli.md: --db wins, then BENCHMATCH_DB, then the desktop app's own
// file; only that last one is "default" (created and seeded with the demo bench on first use).
import path from 'node:path';
import { defaultDbPath } from '../../db/paths';

export interface DbTarget {
  path: string;
  /** True only for the desktop app's file (neither --db nor BENCHMATCH_DB given). */
  isDefault: boolean;
}

export function resolveTarget(flag: string | undefined, env: NodeJS.ProcessEnv = process.env): DbTarget {
  if (flag) return { path: path.resolve(flag), isDefault: false };
  const fromEnv = env.BENCHMATCH_DB?.trim();
  if (fromEnv) return { path: path.resolve(fromEnv), isDefault: false };
  return { path: defaultDbPath(), isDefault: true };
}
