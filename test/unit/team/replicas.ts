// Laptops for the team tests: each a real SQLite file opened through the real service (so every write
// goes through the same path as the app's and the capture triggers record it), joined to one real
// PostgreSQL. Exports are compared without `exportedAt`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import { openBench, type Bench } from '../../../db/service/bench-service';
import { generateDemoBench } from '../../../db/seed';
import type { BenchFile } from '../../../shared/bench/schema';
import type { TeamRole } from '../../../shared/team/permissions';

const dirs: string[] = [];
const open: Bench[] = [];
afterAll(async () => {
  for (const b of open.splice(0)) await b.close().catch(() => undefined);
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

export function teamTempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'benchmatch-team-sync-'));
  dirs.push(d);
  return d;
}

/** A laptop: a bench file of its own in `dir`. */
export async function openLaptop(dir: string, name: string): Promise<Bench> {
  const b = await openBench({ path: join(dir, `${name}.sqlite`) });
  open.push(b);
  return b;
}

/** Closes a laptop opened by openLaptop (before reopening its file, or killing nothing). */
export async function closeLaptop(b: Bench): Promise<void> {
  const i = open.indexOf(b);
  if (i >= 0) open.splice(i, 1);
  await b.close();
}

/**
 * Writes a demo bench file and imports it (the laptop's own bench before joining). With `prefix`, every
 * id and reference carries it, so records of one test are their own on a team bench shared by the file.
 */
export async function importDemo(b: Bench, dir: string, engineers: number, seed: number, prefix = ''): Promise<BenchFile> {
  const file = join(dir, `demo-${prefix}${engineers}-${seed}.bench.json`);
  const demo = generateDemoBench({ engineers, seed });
  writeFileSync(file, prefixIds(JSON.stringify(demo), prefix));
  await b.importFile(file, { actor: 'test' });
  return demo;
}

/** Every id and reference of a demo bench file, prefixed (engineers, assessments, clients, roles, shortlists). */
export function prefixIds(json: string, prefix: string): string {
  return prefix ? json.replace(/"(id|roleId|clientId|engineerId|amends)":"/g, `"$1":"${prefix}`) : json;
}

/** The bench as `export` writes it, without exportedAt. */
export async function exportOf(b: Bench): Promise<Record<string, unknown>> {
  const r = await b.call('exportBenchData', { format: 'json' });
  const { exportedAt: _ignored, ...rest } = JSON.parse(Buffer.from(r.base64, 'base64').toString('utf8')) as Record<string, unknown>;
  return rest;
}

/** Two laptops on one team bench: A (an admin) with a demo bench of its own, then B (an account manager). */
export async function twoLaptops(addPerson: (role: TeamRole) => Promise<string>, name: string, seed: number, prefix: string): Promise<{ dir: string; a: Bench; b: Bench }> {
  const dir = teamTempDir();
  const a = await openLaptop(dir, `${name}-a`);
  const b = await openLaptop(dir, `${name}-b`);
  await importDemo(a, dir, 3, seed, prefix);
  await a.call('teamJoin', { url: await addPerson('admin') });
  await b.call('teamJoin', { url: await addPerson('account_manager') });
  return { dir, a, b };
}

/** Sets one engineer's summary through the service, as the Engineer screen saves a profile. */
export async function editSummary(bench: Bench, id: string, summary: string): Promise<void> {
  const { id: _id, assessments: _a, ...profile } = await bench.call('getEngineer', { id });
  await bench.call('updateEngineer', { id, profile: { ...profile, summary } });
}

export async function join_(b: Bench, url: string): Promise<void> {
  await b.call('teamJoin', { url });
}

export async function syncOnce(b: Bench) {
  return (await b.call('syncNow', {})).result;
}
