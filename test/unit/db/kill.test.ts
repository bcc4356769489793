// An import is one transaction: killing the process in the middle leaves the bench exactly as before.
// A backup is whole or absent: killing it at any stage leaves no file under the backup's name.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { integrityCheck } from '../../../db/backup';
import type { BenchFile } from '../../../shared/bench/schema';
import { dumpTables, EXAMPLE, openTemp, PUBLIC, tempDir } from './helpers';

/** Runs a fixture child, kills it with SIGKILL once it prints `mark`, and returns what it printed. */
async function killAt(fixture: string, args: string[], mark: string): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'fixtures', fixture), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const exit = new Promise<NodeJS.Signals | null>((res) => child.on('exit', (_code, signal) => res(signal)));
  await new Promise<void>((res, rej) => {
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes(mark)) {
        child.kill('SIGKILL');
        res();
      }
    });
    child.on('exit', () => rej(new Error(`child exited before ${mark}: ${out} ${err}`)));
  });
  expect(await exit).toBe('SIGKILL');
  return out;
}

describe('a process killed mid-import', () => {
  it('leaves the bench as it was, and the file passes integrity_check', async () => {
    const dir = tempDir();
    const bench = await openTemp(dir);
    await bench.importFile(EXAMPLE);
    await bench.close();
    const before = dumpTables(bench.path);

    // A large file: the public bench's engineers copied under new ids (about 3,700 engineers).
    const pub = JSON.parse(readFileSync(PUBLIC, 'utf8')) as BenchFile;
    const engineers = Array.from({ length: 15 }, (_, k) =>
      (pub.engineers ?? []).map((e) => ({ ...e, id: `${e.id}-k${k}`, assessments: e.assessments?.map((a) => ({ ...a, ...(a.id ? { id: `${a.id}-k${k}` } : {}) })) })),
    ).flat();
    const file = join(dir, 'big.bench.json');
    writeFileSync(file, JSON.stringify({ format: 'benchmatch.bench', version: 1, clients: pub.clients, roles: pub.roles, engineers }));

    const out = await killAt('import-child.ts', [bench.path, file], 'mid-import');
    expect(out).not.toContain('done');

    expect(integrityCheck(bench.path)).toBe('ok');
    expect(dumpTables(bench.path)).toEqual(before);
    // And the bench still opens and works.
    const reopened = await openTemp(dir);
    expect((await reopened.call('stats', {})).engineers).toBe(3);
  });
});

describe('a process killed mid-backup', () => {
  it('never leaves a file under the backup name, at any stage; an older backup there stays whole', async () => {
    const dir = tempDir();
    const bench = await openTemp(dir);
    // Enough pages that the copy takes several steps (100 pages each).
    const pub = JSON.parse(readFileSync(PUBLIC, 'utf8')) as BenchFile;
    const engineers = Array.from({ length: 6 }, (_, k) => (pub.engineers ?? []).map((e) => ({ ...e, id: `${e.id}-k${k}`, assessments: [] }))).flat();
    const file = join(dir, 'big.bench.json');
    writeFileSync(file, JSON.stringify({ format: 'benchmatch.bench', version: 1, engineers }));
    await bench.importFile(file);
    await bench.close();

    const out = join(dir, 'copy.sqlite');
    for (const stage of ['Copying', 'Checking the copy']) {
      const printed = await killAt('backup-child.ts', [bench.path, out, stage], 'mid-backup');
      expect(printed).not.toContain('done');
      // At most a hidden temporary file (and its journal) beside it; never copy.sqlite.
      expect(readdirSync(dir).filter((f) => f.startsWith('copy'))).toEqual([]);
    }

    // A backup that finishes is whole; a later killed one leaves it exactly as it was.
    const reopened = await openTemp(dir);
    await reopened.call('backup', { out });
    expect(integrityCheck(out)).toBe('ok');
    const whole = readFileSync(out);
    await reopened.close();
    await killAt('backup-child.ts', [bench.path, out, 'Copying'], 'mid-backup');
    expect(readFileSync(out).equals(whole)).toBe(true);
    expect(integrityCheck(bench.path)).toBe('ok');
  });
});
