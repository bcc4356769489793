// A small bench on a real SQLite file in a temp folder: one client, one role needing Python 4+, and
// engineers in every vetting state. Nothing is mocked.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { openBench, type Bench } from '../../../db/index';
import type { BenchFile, Engineer } from '../../../shared/bench/schema';
import type { AssessmentDraft } from '../../../shared/vetting/draft';

const dirs: string[] = [];
const benches: Bench[] = [];
afterEach(async () => {
  for (const b of benches.splice(0)) await b.close();
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const eng = (id: string, over: Partial<Engineer> = {}): Engineer => ({
  id, name: `Engineer ${id}`, country: 'BR', timeZone: 'America/Sao_Paulo', seniority: 'senior', englishLevel: 'B2',
  skills: [{ name: 'Python', level: 5, years: 6 }], availability: { status: 'available' }, vettingStatus: 'vetted', ...over,
});

export const BENCH: BenchFile = {
  format: 'benchmatch.bench',
  version: 1,
  clients: [{ id: 'c-1', name: 'Acme', timeZone: 'America/New_York' }],
  roles: [{ id: 'r-1', clientId: 'c-1', title: 'ML engineer', mustHave: [{ skill: 'Python', minLevel: 4 }], startDate: '2026-01-01' }],
  engineers: [
    eng('e-1', { assessments: [{ id: 'e-1-a1', date: '2025-06-01', kind: 'technical_interview', assessor: 'Marta Gil', scores: { systemDesign: 4, codeQuality: 4 }, recommendation: 'yes' }] }),
    eng('e-2', { skills: [{ name: 'Python', level: 4, years: 3 }] }),
    eng('e-3', { vettingStatus: 'sourced' }),
    eng('e-4', { vettingStatus: 'screening' }),
  ],
};

export async function openFixture(bench: BenchFile = BENCH): Promise<{ bench: Bench; path: string; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'bm-vetting-'));
  dirs.push(dir);
  const b = await openBench({ path: join(dir, 'bench.sqlite') });
  benches.push(b);
  const file = join(dir, 'seed.bench.json');
  writeFileSync(file, JSON.stringify(bench));
  await b.importFile(file, { actor: 'test' });
  return { bench: b, path: b.path, dir };
}

export const DRAFT: AssessmentDraft = {
  date: '2026-01-10', kind: 'technical_interview', assessor: 'Lucía Pérez',
  scores: { productionExperience: 4, failureHandling: 3, systemDesign: 4 }, recommendation: 'yes', recommendedSeniority: 'senior',
};

/** Every row of every table, for "nothing changed" checks: the one helper the db tests use. */
export { dumpTables } from '../db/helpers';

export async function changeLog(b: Bench, action?: string) {
  let q = b.db.selectFrom('change_log').selectAll().orderBy('id');
  if (action) q = q.where('action', '=', action);
  return q.execute();
}
