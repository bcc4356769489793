// A large JSON import is checked on a worker thread while the importing thread writes
// (db/bench-file/checker.ts). The worker is a bundle beside the built library, so this test imports
// through dist/node/index.js in a child process (`npm test` builds first), and compares each answer
// with the same import checked on one thread (the sources, run here).
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PARALLEL_CHECK_MIN_BYTES } from '../../../db/bench-file/checker';
import { generateDemoBench } from '../../../db/seed';
import { dumpTables, openTemp, tempDir } from './helpers';

const LIB = resolve('dist/node/index.js');
const CHILD = `
import { openBench } from ${JSON.stringify(LIB)};
const [db, file] = process.argv.slice(1);
const bench = await openBench({ path: db });
let out;
try {
  out = { report: await bench.importFile(file) };
} catch (e) {
  out = { error: { code: e.code, problems: e.problems } };
}
await bench.close();
process.stdout.write(JSON.stringify(out));
`;

function builtImport(db: string, file: string): { report?: unknown; error?: { code: string; problems: { where: string; message: string }[] } } {
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', CHILD, db, file], { encoding: 'utf8' })) as never;
}

function bigFile(dir: string, edit: (b: ReturnType<typeof generateDemoBench>) => void): string {
  const bench = generateDemoBench({ engineers: 3000, seed: 11 });
  edit(bench);
  const text = JSON.stringify(bench);
  expect(text.length).toBeGreaterThan(PARALLEL_CHECK_MIN_BYTES);
  const file = join(dir, 'big.bench.json');
  writeFileSync(file, text);
  return file;
}

describe('the parallel import check (built bundle)', () => {
  it('is built beside the library', () => {
    expect(existsSync(resolve('dist/node/import-check-worker.js'))).toBe(true);
    expect(existsSync(resolve('dist/electron/import-check-worker.js'))).toBe(true);
  });

  it('imports a valid large file with the same report as checking on one thread', async () => {
    const dir = tempDir();
    const file = bigFile(dir, (b) => {
      b.engineers![5]!.skills.push({ name: 'Quantum Basket Weaving', level: 2 });
      b.engineers![9]!.email = b.engineers![3]!.email; // a possible duplicate
    });
    const built = builtImport(join(dir, 'built.sqlite'), file);
    const here = await (await openTemp(dir)).importFile(file);
    expect(built.report).toEqual(here);
    expect(here.created.engineers).toBe(3000);
    expect(here.warnings.map((w) => w.message).join('\n')).toMatch(/Quantum Basket Weaving[\s\S]*same email|same email[\s\S]*Quantum Basket Weaving/);
  });

  it('refuses a large file with problems far apart, listing each by place, and writes nothing', async () => {
    const dir = tempDir();
    const file = bigFile(dir, (b) => {
      (b.engineers![10] as { timeZone: string }).timeZone = 'Mars/Olympus';
      (b.engineers![2999]!.skills[0] as { level: number }).level = 7;
      b.engineers![2500]!.id = b.engineers![100]!.id;
      b.roles![0]!.clientId = 'no-such-client';
    });
    const db = join(dir, 'built.sqlite');
    const empty = await openTemp(tempDir()); // a migrated, empty bench to compare against
    await empty.close();
    const before = dumpTables(empty.path);
    const built = builtImport(db, file);
    expect(built.error?.code).toBe('invalid_input');
    expect(built.error?.problems.map((p) => p.where).sort()).toEqual(['/engineers/10/timeZone', '/engineers/2500/id', '/engineers/2999/skills/0/level', '/roles/0/clientId']);
    const here = (await (await openTemp(dir)).importFile(file).catch((e: unknown) => e)) as { problems: unknown[] };
    expect(built.error?.problems).toEqual(here.problems);
    const after = dumpTables(db);
    expect(Object.fromEntries(Object.entries(after).filter(([t]) => t !== 'kysely_migration'))).toEqual(Object.fromEntries(Object.entries(before).filter(([t]) => t !== 'kysely_migration')));
  });
});
