// An import is one transaction: killing the process in the middle leaves the bench exactly as before.
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { integrityCheck } from '../../../db/backup';
import type { BenchFile } from '../../../shared/bench/schema';
import { dumpTables, EXAMPLE, openTemp, PUBLIC, tempDir } from './helpers';

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

    const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'fixtures', 'import-child.ts'), bench.path, file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const exit = new Promise<NodeJS.Signals | null>((res) => child.on('exit', (_code, signal) => res(signal)));
    await new Promise<void>((res, rej) => {
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString();
        if (out.includes('mid-import')) {
          child.kill('SIGKILL');
          res();
        }
      });
      child.on('exit', () => rej(new Error(`child exited before mid-import: ${out} ${err}`)));
    });
    expect(await exit).toBe('SIGKILL');
    expect(out).not.toContain('done');

    expect(integrityCheck(bench.path)).toBe('ok');
    expect(dumpTables(bench.path)).toEqual(before);
    // And the bench still opens and works.
    const reopened = await openTemp(dir);
    expect((await reopened.call('stats', {})).engineers).toBe(3);
  });
});
