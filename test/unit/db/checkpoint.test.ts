// After an import, the write-ahead log is folded into the main file by a second connection on a worker
// thread (db/checkpoint.ts), not by the importing connection at commit.
import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkpointsSettled } from '../../../db/checkpoint';
import { integrityCheck } from '../../../db/backup';
import { dumpTables, openTemp, PUBLIC } from './helpers';

describe('background checkpoint after an import', () => {
  it('moves the imported pages into the main file while the bench stays open, and the file stays sound', async () => {
    const bench = await openTemp();
    const before = statSync(bench.path).size;
    await bench.importFile(PUBLIC);
    const walAfterImport = statSync(`${bench.path}-wal`).size;
    expect(walAfterImport).toBeGreaterThan(before); // the import went to the WAL...
    await checkpointsSettled(bench.path);
    expect(statSync(bench.path).size).toBeGreaterThan(before); // ...and was copied into the main file
    expect(integrityCheck(bench.path)).toBe('ok');
    // Another connection reads every table the same as the importing one sees it.
    const counts = await bench.call('stats', {});
    expect(dumpTables(bench.path).engineers).toHaveLength(counts.engineers);
  });

  it('a dry run leaves no work behind', async () => {
    const bench = await openTemp();
    const before = statSync(bench.path).size;
    await bench.importFile(PUBLIC, { dryRun: true });
    await checkpointsSettled(bench.path);
    expect(statSync(bench.path).size).toBe(before);
  });
});
