// The real command line and real files for the reliability tests. Permission tests need a user that
// permissions apply to: run as root (as in this project's containers), the CLI child runs as "nobody"
// (uid 65534) instead, so a read-only file is read-only for it; run as anyone else, it runs as you.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BenchFile, Engineer } from '../../../shared/bench/schema';

export const ROOT = path.resolve(import.meta.dirname, '../../..');
export const CLI = path.join(ROOT, 'bin/benchmatch.js');
export const EXAMPLE = '/work/shared/bench-format/example.bench.json';
export const PUBLIC = '/work/shared/eval/public.bench.json';

export interface Run { code: number; stdout: string; stderr: string }
export interface RunOptions {
  /** Run as a user that file permissions apply to (nobody, when the tests run as root). */
  unprivileged?: boolean;
  env?: Record<string, string>;
  /** Kill it after this long (a hang fails the test instead of stalling the run). */
  timeoutMs?: number;
}

const NOBODY = 65534;
const asRoot = () => process.getuid?.() === 0;

/** Builds dist/node (the CLI bundle) once per test file. */
export function buildCli(): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ['scripts/build.mjs', '--node-only'], { cwd: ROOT }, (err, _o, stderr) => (err ? reject(new Error(stderr)) : resolve()));
  });
}

/** A temp folder every user may enter (the unprivileged child must reach its files). */
export function tempDir(prefix = 'benchmatch-rel-'): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  chmodSync(dir, 0o777);
  return dir;
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export function spawnCli(args: string[], opts: RunOptions = {}): ChildProcess {
  return spawnNode([CLI, ...args], opts);
}

function spawnNode(args: string[], opts: RunOptions): ChildProcess {
  const ids = opts.unprivileged && asRoot() ? { uid: NOBODY, gid: NOBODY } : {};
  return spawn(process.execPath, args, {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: tmpdir(), ...opts.env },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...ids,
  });
}

export function runCli(args: string[], opts: RunOptions = {}): Promise<Run> {
  return collect(spawnCli(args, opts), opts);
}

/** A TypeScript fixture in a child process (through tsx, as test/unit/db/kill.test.ts runs its children). */
export function runNode(args: string[], opts: RunOptions = {}): Promise<Run> {
  return collect(spawnNode(['--import', 'tsx', ...args], opts), opts);
}

function collect(child: ChildProcess, opts: RunOptions): Promise<Run> {
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs ?? 60_000);
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? (signal ? 128 : 1), stdout, stderr: signal ? `${stderr}\n(killed: ${signal})` : stderr });
    });
  });
}

/** `count` engineers from the public bench under fresh ids, as a bench file (no roles or clients). */
export function engineersFile(count: number, tag: string): BenchFile {
  const pub = JSON.parse(readFileSync(PUBLIC, 'utf8')) as BenchFile;
  const source = pub.engineers ?? [];
  const engineers: Engineer[] = Array.from({ length: count }, (_, i) => {
    const { email: _personal, ...e } = source[i % source.length]!;
    return { ...e, id: `${tag}-${i}`, name: `${tag} ${i}`, assessments: e.assessments?.map((a, k) => ({ ...a, id: `${tag}-${i}-a${k}` })) };
  });
  return { format: 'benchmatch.bench', version: 1, engineers };
}
