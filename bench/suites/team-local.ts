// The team bench's local side (issue 12): joining a 100k-engineer team bench (applySnapshot of it in
// field form) against a local import of the same bench file (target: join <= 3x import, peak RSS <= 1 GB),
// the import into a joined bench (capture triggers on) and its flush, and a flush of 1,000 edits. Each
// runs in its own process (tsx) so its peak RSS is its own.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { ensureBenchFile, fixtureDir, repoRoot } from '../fixtures';
import type { Report } from '../run';

const N = 100_000;

function child(...args: string[]): Record<string, number> {
  const script = path.join(repoRoot(), 'bench/team-local-child.ts');
  const out = execFileSync(process.execPath, ['--import', 'tsx', script, ...args], { encoding: 'utf8', maxBuffer: 1 << 20, cwd: repoRoot() });
  return JSON.parse(out) as Record<string, number>;
}

function fresh(name: string): string {
  const p = path.join(fixtureDir(), name);
  for (const f of [p, `${p}-wal`, `${p}-shm`]) rmSync(f, { force: true });
  return p;
}

export async function run(report: Report): Promise<void> {
  const file = ensureBenchFile(N);
  const imported = fresh('team-local-import-100k.sqlite');
  const imp = child('import', imported, file);
  const teamJson = path.join(fixtureDir(), 'team-local-100k.fields.ndjson');
  const team = child('team', imported, teamJson);
  const joined = fresh('team-local-join-100k.sqlite');
  const j = child('join', joined, teamJson);
  if (j.unapplied) throw new Error(`join left ${j.unapplied} records unapplied`);
  report('team-local: local import of the 100k bench file', imp.importMs!, 'ms', `CPU ${Math.round(imp.importCpuMs!)} ms; peak RSS ${Math.round(imp.maxRssMb!)} MB`);
  report('team-local: join (applySnapshot) of the same bench in field form', j.joinMs!, 'ms', `${team.records} records; CPU ${Math.round(j.joinCpuMs!)} ms`);
  report('team-local: ratio join / import (CPU)', j.joinCpuMs! / imp.importCpuMs!, 'x', 'target <= 3');
  report('team-local: peak RSS of the joining process', j.maxRssMb!, 'MB', 'target <= 1024 MB; the team bench streamed one record at a time, written 10,000 at a time');

  const capDb = fresh('team-local-capture-100k.sqlite');
  const cap = child('capture', capDb, file);
  report('team-local: import of the 100k file into a joined bench (capture on)', cap.importMs!, 'ms', `CPU ${Math.round(cap.importCpuMs!)} ms vs ${Math.round(imp.importCpuMs!)} ms with no team`);
  report('team-local: flush of that import', cap.flushMs!, 'ms', `${cap.changes} changes; CPU ${Math.round(cap.flushCpuMs!)} ms`);

  const f = child('flush', joined, '1000');
  report('team-local: flushOutbox of 1,000 edited engineers', f.flushMs!, 'ms', `${f.changes} changes; CPU ${Math.round(f.flushCpuMs!)} ms`);
  for (const p of [imported, joined, teamJson, capDb]) for (const f of [p, `${p}-wal`, `${p}-shm`]) rmSync(f, { force: true });
}
