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

/** A bench holding a demo bench of `engineers`, with engineer `archive` archived. */
async function demoBench(name: string, engineers: number, seed: number, archive: number) {
  const bench = await openBench({ path: join(dir, `${name}.sqlite`) });
  const file = join(dir, `${name}.bench.json`);
  const demo = generateDemoBench({ engineers, seed });
  demo.engineers![archive]!.archived = true;
  writeFileSync(file, JSON.stringify(demo));
  await bench.importFile(file);
  return bench;
}

it('sends every row as columns and reads them back unchanged, archived ones only when asked', async () => {
  const bench = await demoBench('bench', 120, 5, 0);
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

it('sends the first rows straight from the database before the whole list is read, the same rows the whole list starts with', async () => {
  const bench = await demoBench('first', 150, 9, 3);
  // A fresh service: nothing read yet, so `first` takes the SQL path.
  await bench.close();
  const fresh = await openBench({ path: join(dir, 'first.sqlite') });
  const first = await fresh.call('listEngineerRows', { first: 40 });
  const firstWithArchived = await fresh.call('listEngineerRows', { first: 40, includeArchived: true });
  const whole = await fresh.call('listEngineerRows', {});
  const wholeWithArchived = await fresh.call('listEngineerRows', { includeArchived: true });
  expect(first.count).toBe(whole.count);
  expect(first.columns.id).toHaveLength(40);
  expect(fromColumns(first.columns)).toEqual(fromColumns(whole.columns).slice(0, 40));
  expect(firstWithArchived.count).toBe(150);
  expect(whole.count).toBeLessThan(150);
  expect(fromColumns(firstWithArchived.columns)).toEqual(fromColumns(wholeWithArchived.columns).slice(0, 40));
  // Once the whole list is cached, `first` is a slice of it.
  expect(await fresh.call('listEngineerRows', { first: 40 })).toEqual(first);
  await expect(fresh.call('listEngineerRows', { first: 0 })).rejects.toMatchObject({ code: 'invalid_input' });
  await fresh.close();
});
