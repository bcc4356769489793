import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { integrityCheck } from '../../../db/backup';
import { defaultDbPath, openBench, readBench, resolveDbPath } from '../../../db/index';
import { ApiError } from '../../../shared/api/errors';
import { benchFileSchema } from '../../../shared/bench/schema';
import { LATEST_MIGRATION } from '../../../db/migrations';
import { EXAMPLE, openTemp, tempDir } from './helpers';

describe('the Bench service', () => {
  it('parses input with zod and reports problems by pointer', async () => {
    const bench = await openTemp();
    const err = await bench.call('importFile', { path: '' } as never).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as ApiError).code).toBe('invalid_input');
    expect((err as ApiError).problems?.[0]?.where).toBe('/path');
  });

  it('a missing file is not_found, not a crash', async () => {
    const bench = await openTemp();
    const err = (await bench.importFile('/nonexistent/x.bench.json').catch((e: unknown) => e)) as ApiError;
    expect(err.code).toBe('not_found');
  });

  it('mutations bump version and rebuild the snapshot; reads do not', async () => {
    const bench = await openTemp();
    const empty = bench.snapshot();
    expect(empty).toEqual({ format: 'benchmatch.bench', version: 1 });
    expect(bench.snapshot()).toBe(empty);
    await bench.call('stats', {});
    expect(bench.version).toBe(0);
    await bench.importFile(EXAMPLE);
    expect(bench.version).toBe(1);
    const snap = bench.snapshot();
    expect(snap.engineers).toHaveLength(3);
    expect(benchFileSchema.safeParse(snap).success).toBe(true);
    expect(readBench(bench.db)).toEqual(snap);
  });

  it('stats counts the bench and names the schema version', async () => {
    const bench = await openTemp();
    await bench.importFile(EXAMPLE);
    const s = await bench.call('stats', {});
    expect(s).toMatchObject({ engineers: 3, clients: 1, roles: 1, openRoles: 1, shortlists: 1, assessments: 6, vetted: 2, archived: 0, schemaVersion: LATEST_MIGRATION, path: bench.path });
    expect(s.fileBytes).toBeGreaterThan(0);
  });

  it('backup makes a copy that opens and passes integrity_check', async () => {
    const dir = tempDir();
    const bench = await openTemp(dir);
    await bench.importFile(EXAMPLE);
    const out = join(dir, 'copy.sqlite');
    const r = await bench.call('backup', { out });
    expect(r.path).toBe(out);
    expect(r.bytes).toBeGreaterThan(0);
    expect(integrityCheck(out)).toBe('ok');
    const copy = await openBench({ path: out });
    expect(copy.snapshot()).toEqual(bench.snapshot());
    await copy.close();
    expect(existsSync(`${out}-wal`)).toBe(false);
  });

  it('a new file named explicitly starts empty; seedDemoIfNew fills a new file with the demo bench only once', async () => {
    const dir = tempDir();
    const plain = await openTemp(dir);
    expect((await plain.call('stats', {})).engineers).toBe(0);
    const path = join(dir, 'seeded.sqlite');
    const seeded = await openBench({ path, seedDemoIfNew: true });
    const n = (await seeded.call('stats', {})).engineers;
    expect(n).toBe(500);
    await seeded.importFile(EXAMPLE);
    await seeded.close();
    const again = await openBench({ path, seedDemoIfNew: true });
    expect((await again.call('stats', {})).engineers).toBe(503);
    await again.close();
  });
});

describe('database paths', () => {
  it("follows Electron's userData folder for BenchMatch on each platform", () => {
    expect(defaultDbPath('linux', {}, '/home/ana')).toBe('/home/ana/.config/BenchMatch/bench.sqlite');
    expect(defaultDbPath('linux', { XDG_CONFIG_HOME: '/x/cfg' }, '/home/ana')).toBe('/x/cfg/BenchMatch/bench.sqlite');
    expect(defaultDbPath('darwin', {}, '/Users/ana')).toBe('/Users/ana/Library/Application Support/BenchMatch/bench.sqlite');
    expect(defaultDbPath('win32', { APPDATA: 'C:\\Users\\ana\\AppData\\Roaming' }, 'C:\\Users\\ana')).toContain('BenchMatch');
  });
  it('--db wins over BENCHMATCH_DB, which wins over the default', () => {
    expect(resolveDbPath('/a/flag.sqlite', { BENCHMATCH_DB: '/b/env.sqlite' })).toBe('/a/flag.sqlite');
    expect(resolveDbPath(undefined, { BENCHMATCH_DB: '/b/env.sqlite' })).toBe('/b/env.sqlite');
    expect(resolveDbPath(undefined, { XDG_CONFIG_HOME: '/x' })).toBe(process.platform === 'linux' ? '/x/BenchMatch/bench.sqlite' : defaultDbPath());
  });
});
