// Shared bench fixtures: a database with N demo engineers, built once into a temp folder through the
// real service (generate -> bench file -> importFile) and reused by every suite and later runs.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateDemoBench } from '../db/seed';
import { openBench } from '../db/service/bench-service';

const FIXTURE_SEED = 1;
const FIXTURE_TODAY = '2026-12-01';

/** The project folder, whether this runs from bench/ (tsx) or bundled in dist/node/. */
export function repoRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    const pkg = path.join(dir, 'package.json');
    if (existsSync(pkg) && (JSON.parse(readFileSync(pkg, 'utf8')) as { name?: string }).name === 'benchmatch') return dir;
    dir = path.dirname(dir);
  }
  return process.cwd();
}

export function fixtureDir(): string {
  const dir = path.join(tmpdir(), 'benchmatch-bench');
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** A demo bench file with N engineers (seed 1), written once and reused. */
export function ensureBenchFile(engineers: number): string {
  const file = path.join(fixtureDir(), `demo-${engineers}.bench.json`);
  if (!existsSync(file)) {
    const tmp = `${file}.partial`;
    writeFileSync(tmp, JSON.stringify(generateDemoBench({ engineers, seed: FIXTURE_SEED, today: FIXTURE_TODAY })));
    renameSync(tmp, file);
  }
  return file;
}

/** A database holding the N-engineer demo bench; built on first use, then reused. Returns its path. */
export async function ensureBenchDb(engineers: number): Promise<string> {
  const file = path.join(fixtureDir(), `demo-${engineers}.sqlite`);
  if (existsSync(file)) return file;
  // Build under another name and rename when complete, so an interrupted build is never reused.
  const partial = `${file}.partial`;
  for (const f of [partial, `${partial}-wal`, `${partial}-shm`]) rmSync(f, { force: true });
  const bench = await openBench({ path: partial });
  try {
    await bench.importFile(ensureBenchFile(engineers));
  } finally {
    await bench.close();
  }
  renameSync(partial, file);
  return file;
}
