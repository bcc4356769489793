// The service on a worker thread, as Electron's main process runs it (here under Node, from the built
// bundle): calls are forwarded, results come back as envelopes, progress reaches the caller.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { generateDemoBench } from '../../../db/seed';
import { startServiceWorker } from '../../../electron/service-client';

const dir = mkdtempSync(join(tmpdir(), 'bm-worker-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('runs the bench service off the main thread', async () => {
  const service = startServiceWorker(resolve('dist/electron/service-worker.js'), { dbPath: join(dir, 'bench.sqlite'), seedDemoIfNew: false });
  expect(await service.ready).toBe(join(dir, 'bench.sqlite'));
  const file = join(dir, 'demo.bench.json');
  writeFileSync(file, JSON.stringify(generateDemoBench({ engineers: 300, seed: 3 })));
  const labels: number[] = [];
  const imported = await service.call('importFile', { path: file }, { onProgress: (f) => labels.push(f) });
  expect(imported.ok).toBe(true);
  expect(labels.length).toBeGreaterThan(0);
  const rows = await service.call('listEngineerRows', { includeArchived: true });
  const value = rows.ok ? (rows.value as { count: number; columns: { id: unknown[] } }) : undefined;
  expect(value?.count).toBe(300);
  expect(value?.columns.id.length).toBe(300);
  const bad = await service.call('getEngineer', { id: '' });
  expect(bad.ok ? null : bad.error.code).toBe('invalid_input');
  await service.close();
});
