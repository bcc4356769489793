// The real command line as a process (bin/benchmatch.js on the bundle in dist/node), for the team
// tests: run to completion, or start and kill -9 at a chosen moment. HOME points into a temp folder so
// the user's real bench is never touched.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(__dirname, '../../..');

export interface Run { code: number; stdout: string; stderr: string }

export function cliEnv(home: string, extra: Record<string, string> = {}): Record<string, string> {
  return { PATH: process.env.PATH ?? '', HOME: home, XDG_CONFIG_HOME: path.join(home, 'config'), ...extra };
}

export function runCli(home: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(root, 'bin/benchmatch.js'), ...args], { cwd: home, env: cliEnv(home, env), maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr });
    });
  });
}

/** Starts the CLI without waiting; `exited` resolves with the signal that ended it (null: it exited). */
export function startCli(home: string, args: string[], env: Record<string, string> = {}): { child: ChildProcess; exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }> } {
  const child = spawn(process.execPath, [path.join(root, 'bin/benchmatch.js'), ...args], { cwd: home, env: cliEnv(home, env), stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.resume();
  child.stderr?.resume();
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((res) => child.on('exit', (code, signal) => res({ code, signal })));
  return { child, exited };
}

/** Builds the CLI bundle once per test file (as the CLI tests do). */
export function buildCli(): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['scripts/build.mjs', '--node-only'], { cwd: root }, (err, _o, stderr) => (err ? reject(new Error(stderr)) : resolve()));
  });
}

/** Polls `check` every few milliseconds until it is true (or the process ends first: then false). */
export async function when(check: () => boolean | Promise<boolean>, ended: () => boolean, limitMs = 120_000): Promise<boolean> {
  const start = Date.now();
  while (Date.now() - start < limitMs) {
    if (await check()) return true;
    if (ended()) return false;
    await new Promise((r) => setTimeout(r, 3));
  }
  return false;
}
