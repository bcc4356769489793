// A real bench on a temp SQLite file, seeded with a small demo bench through the import path.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { openBench, type Bench } from '../../../db/service/bench-service';
import { generateDemoBench } from '../../../db/seed';
import { rawOf } from '../../../db/connection';
import { listChanges } from '../../../db/repos/change-log';

const open: { bench: Bench; dir: string }[] = [];
afterEach(async () => {
  for (const o of open.splice(0)) {
    await o.bench.close();
    rmSync(o.dir, { recursive: true, force: true });
  }
});

export async function seeded(engineers = 80): Promise<Bench> {
  const dir = mkdtempSync(join(tmpdir(), 'bm-roles-'));
  const bench = await openBench({ path: join(dir, 'bench.sqlite') });
  open.push({ bench, dir });
  const file = join(dir, 'seed.bench.json');
  writeFileSync(file, JSON.stringify(generateDemoBench({ engineers, seed: 11 })));
  await bench.importFile(file, { actor: 'test' });
  return bench;
}

/** Every table's content, to prove a refused call changed nothing. */
export async function dump(bench: Bench): Promise<string> {
  const log = await listChanges(rawOf(bench.db), { limit: 100_000 });
  const weights = await bench.db.selectFrom('roles').select(['id', 'weights', 'updated_at']).orderBy('id').execute();
  const entries = await bench.db.selectFrom('shortlist_entries').selectAll().orderBy('shortlist_pk').orderBy('position').execute();
  return JSON.stringify({ bench: bench.snapshot(), log: log.length, weights, entries });
}

export const changes = (bench: Bench, entity: string) => listChanges(rawOf(bench.db), { entity, limit: 1000 });
