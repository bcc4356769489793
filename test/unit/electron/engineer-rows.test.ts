// The Bench rows cross the transports as columns (shared/api/engineer-rows.ts): the columns of a real
// service's answer turn back into exactly the rows the service derives from its snapshot.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { ENGINEER_ROW_FIELDS, fromColumns, toColumns } from '../../../shared/api/engineer-rows';
import { openBench } from '../../../db/service/bench-service';
import { toRow } from '../../../db/service/handlers/engineers';
import { generateDemoBench } from '../../../db/seed';

const dir = mkdtempSync(join(tmpdir(), 'bm-rows-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('sends every row as columns and reads them back unchanged, archived ones only when asked', async () => {
  const bench = await openBench({ path: join(dir, 'bench.sqlite') });
  const file = join(dir, 'demo.bench.json');
  const demo = generateDemoBench({ engineers: 120, seed: 5 });
  demo.engineers![0]!.archived = true;
  writeFileSync(file, JSON.stringify(demo));
  await bench.importFile(file);
  const expected = (bench.snapshot().engineers ?? []).map(toRow).sort((a, b) => (a.id < b.id ? -1 : 1));

  const all = await bench.call('listEngineerRows', { includeArchived: true });
  expect(Object.keys(all.columns).sort()).toEqual([...ENGINEER_ROW_FIELDS].sort());
  expect(all.count).toBe(120);
  // Through JSON, as every transport carries it.
  expect(fromColumns(JSON.parse(JSON.stringify(all.columns)))).toEqual(expected);

  const active = await bench.call('listEngineerRows', {});
  expect(active.count).toBe(expected.filter((r) => !r.archived).length);
  expect(active.count).toBeLessThan(120);
  expect(fromColumns(active.columns)).toEqual(expected.filter((r) => !r.archived));
  expect(fromColumns(toColumns([]))).toEqual([]);
  await bench.close();
});
