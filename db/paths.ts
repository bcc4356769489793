// Where the bench lives by default: the folder Electron's app.getPath('userData') gives an app named
// "BenchMatch", so the command line and the desktop app share one file without Electron loaded.
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const APP_NAME = 'BenchMatch';
export const DB_FILE = 'bench.sqlite';

/** Electron's userData folder for BenchMatch on this platform. */
export function userDataDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env, home = homedir()): string {
  if (platform === 'win32') return join(env.APPDATA || join(home, 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), APP_NAME);
}

/** The desktop app's database file. */
export function defaultDbPath(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env, home = homedir()): string {
  return join(userDataDir(platform, env, home), DB_FILE);
}

/** --db wins, then BENCHMATCH_DB, then the default file. */
export function resolveDbPath(flag?: string, env: NodeJS.ProcessEnv = process.env): string {
  if (flag) return resolve(flag);
  const fromEnv = env.BENCHMATCH_DB?.trim();
  if (fromEnv) return resolve(fromEnv);
  return defaultDbPath(process.platform, env);
}
