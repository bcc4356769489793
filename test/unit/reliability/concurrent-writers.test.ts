// Issue 21, item 4: a second writer waits for the first instead of failing with "database is locked"
// after SQLite's 5 s busy timeout, and says that it waits: across processes (the CLI) and inside one
// service (its write queue, as in the app).
import { renderText } from '../../../shared/api/errors';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openBench } from '../../../db/index';
import { buildCli, EXAMPLE, engineersFile, removeDir, ROOT, runCli, tempDir } from './helpers';

const cleanup: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanup.splice(0).reverse()) await c();
});

/** Another process holding the bench's write lock for `ms`, as a long import does; resolves once it holds it. */
async function holdWriteLock(path: string, ms: number): Promise<{ exited: Promise<number | null> }> {
  const script = `const D = require('better-sqlite3'); const db = new D(${JSON.stringify(path)});
db.exec("BEGIN IMMEDIATE; INSERT INTO settings (key, value) VALUES ('held', 'yes')");
process.stdout.write('holding\\n');
Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ${ms});
db.exec('COMMIT'); db.close();`;
  const child = spawn(process.execPath, ['-e', script], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  const exited = new Promise<number | null>((res) => child.on('exit', (code) => res(code)));
  cleanup.push(() => child.kill('SIGKILL'));
  await new Promise<void>((res, rej) => {
    child.stdout.on('data', (d: Buffer) => d.toString().includes('holding') && res());
    child.on('exit', () => rej(new Error('the lock holder ended early')));
  });
  return { exited };
}

describe('two writers on one bench', { timeout: 120_000 }, () => {
  it('a CLI import waits, saying so, for another process that writes for longer than 5 s, then imports', async () => {
    await buildCli();
    const dir = tempDir();
    cleanup.push(() => removeDir(dir));
    const db = join(dir, 'bench.sqlite');
    expect((await runCli(['--db', db, 'stats'])).code).toBe(0);
    const holder = await holdWriteLock(db, 7_000);
    const r = await runCli(['--db', db, 'import', EXAMPLE]);
    expect(r.stderr).toContain('Another BenchMatch process is writing to this bench (an import?); waiting for it to finish…');
    expect(r.stderr).not.toContain('locked');
    expect(r.code).toBe(0);
    expect(await holder.exited).toBe(0);
    const stats = await runCli(['--db', db, 'stats', '--json']);
    expect(JSON.parse(stats.stdout)).toMatchObject({ engineers: 3 });
  });

  it('in one service, a second import waits in the write queue and says so', async () => {
    const dir = tempDir();
    cleanup.push(() => removeDir(dir));
    const bench = await openBench({ path: join(dir, 'bench.sqlite') });
    cleanup.push(() => bench.close());
    const big = join(dir, 'big.bench.json');
    writeFileSync(big, JSON.stringify(engineersFile(600, 'queue')));
    const notices: string[] = [];
    const first = bench.call('importFile', { path: big }, { actor: 'a' });
    const second = bench.call('importFile', { path: EXAMPLE }, { actor: 'b', notice: (m) => notices.push(renderText(m, 'en')) });
    await Promise.all([first, second]);
    expect(notices).toEqual(['An import is running; waiting for it to finish…']);
    expect((await bench.call('stats', {})).engineers).toBe(603);
  });

  it('gives up at its deadline with what to do, writing nothing', async () => {
    const dir = tempDir();
    cleanup.push(() => removeDir(dir));
    const bench = await openBench({ path: join(dir, 'bench.sqlite'), writeWaitMs: 1000 });
    cleanup.push(() => bench.close());
    const other = new BetterSqlite3(bench.path);
    other.exec('BEGIN IMMEDIATE');
    cleanup.push(() => other.close());
    cleanup.push(() => other.exec('ROLLBACK'));
    const notices: string[] = [];
    await expect(bench.call('importFile', { path: EXAMPLE }, { notice: (m) => notices.push(renderText(m, 'en')) })).rejects.toMatchObject({
      code: 'unavailable',
      message: 'Another process has been writing to this bench for 1 s; nothing was written.',
      hint: expect.stringContaining('then try again'),
    });
    expect(notices).toHaveLength(1);
    expect((await bench.call('stats', {})).engineers).toBe(0);
  });
});
