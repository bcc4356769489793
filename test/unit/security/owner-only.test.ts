// Owner-only files (issue 14, item 3): the bench, its -wal and -shm, backups, exports (bench file, CSV,
// shortlist PDF/XLSX/CSV, a person's data) and the folders BenchMatch creates are 0600/0700, including
// files written by atomic rename over an existing, looser file; a bench made world-readable by an older
// BenchMatch is tightened when opened. Real files, the real service.
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBench, type Bench } from '../../../db/service/bench-service';
import { fixtureBench } from '../exports/fixture';
import { buildOnce } from './build-once';

const mode = (p: string) => statSync(p).mode & 0o777;
let root: string;
let dir: string;
let bench: Bench;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'bm-modes-'));
  chmodSync(root, 0o755);
  dir = join(root, 'data', 'BenchMatch');
  bench = await openBench({ path: join(dir, 'bench.sqlite') });
  const input = join(root, 'in.bench.json');
  writeFileSync(input, JSON.stringify(fixtureBench()));
  await bench.importFile(input);
});
afterAll(async () => {
  await bench?.close();
  rmSync(root, { recursive: true, force: true });
});

describe.runIf(process.platform !== 'win32')('owner-only files', () => {
  it('a new bench: folders 0700, the database and its -wal and -shm 0600', () => {
    expect(mode(join(root, 'data'))).toBe(0o700);
    expect(mode(dir)).toBe(0o700);
    for (const f of ['bench.sqlite', 'bench.sqlite-wal', 'bench.sqlite-shm']) expect(mode(join(dir, f)), f).toBe(0o600);
  });

  it('backups and every export are 0600, also when they replace a world-readable file', async () => {
    const out = (name: string) => {
      const p = join(root, name);
      writeFileSync(p, 'old');
      chmodSync(p, 0o644);
      return p;
    };
    const files = [
      (await bench.call('backup', { out: out('copy.sqlite') })).path,
      (await bench.call('backupNow', {})).path,
      (await bench.call('exportFile', { path: out('all.bench.json') })).path,
      (await bench.call('exportFile', { path: out('engineers.csv') })).path,
      (await bench.call('exportShortlist', { shortlistId: 'sl-1', format: 'pdf', out: out('sl.pdf') })).path,
      (await bench.call('exportShortlist', { shortlistId: 'sl-1', format: 'xlsx', out: out('sl.xlsx') })).path,
      (await bench.call('exportShortlist', { shortlistId: 'sl-1', format: 'csv', out: out('sl.csv') })).path,
      (await bench.call('exportPerson', { engineerId: 'eng-1', out: out('person.json') })).path,
    ];
    for (const f of files) expect(mode(f), f).toBe(0o600);
  });

  it("the app's own data folder is made 0700 even when it already existed (a folder chosen with --db is left alone)", async () => {
    const repo = join(__dirname, '../../..');
    await buildOnce(repo);
    const home = join(root, 'home');
    const appData = join(home, 'config', 'BenchMatch');
    mkdirSync(appData, { recursive: true, mode: 0o755 });
    chmodSync(appData, 0o755);
    const chosen = join(root, 'chosen');
    mkdirSync(chosen, { mode: 0o755 });
    chmodSync(chosen, 0o755);
    const env = { PATH: process.env.PATH ?? '', HOME: home, XDG_CONFIG_HOME: join(home, 'config') };
    execFileSync(process.execPath, [join(repo, 'bin/benchmatch.js'), 'stats'], { env });
    expect(mode(appData)).toBe(0o700);
    expect(mode(join(appData, 'bench.sqlite'))).toBe(0o600);
    execFileSync(process.execPath, [join(repo, 'bin/benchmatch.js'), '--db', join(chosen, 'mine.sqlite'), 'stats'], { env });
    expect(mode(chosen)).toBe(0o755);
    expect(mode(join(chosen, 'mine.sqlite'))).toBe(0o600);
  }, 240_000);

  it('a bench left world-readable by an older version is tightened when opened', async () => {
    const old = join(root, 'old');
    const b = await openBench({ path: join(old, 'b.sqlite') });
    await b.close();
    chmodSync(join(old, 'b.sqlite'), 0o644);
    const again = await openBench({ path: join(old, 'b.sqlite') });
    try {
      expect(mode(join(old, 'b.sqlite'))).toBe(0o600);
    } finally {
      await again.close();
    }
  });
});
