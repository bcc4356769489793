// Export: the whole bench as *.bench.json or the engineers as *.csv, written to a temp file beside the
// target and renamed into place, so a crash never leaves a half-written file under the real name.
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import type { BenchFile } from '../../shared/bench/schema';
import { engineersToCsv } from './csv';
import { isCsvPath } from './import';
import { OWNER_FILE_MODE } from '../owner-only';

/** Writes `bench` to `path`; JSON holds one engineer per line so 100k engineers never form one giant string. */
export function writeBenchFile(bench: BenchFile, path: string, exportedAt = new Date().toISOString()): { path: string; engineers: number } {
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  const fd = openSync(tmp, 'w', OWNER_FILE_MODE);
  try {
    if (isCsvPath(path)) {
      writeSync(fd, engineersToCsv(bench.engineers ?? []));
    } else {
      writeSync(fd, `{\n"format": "benchmatch.bench",\n"version": 1,\n"exportedAt": ${JSON.stringify(exportedAt)}`);
      for (const key of ['clients', 'roles', 'shortlists', 'engineers'] as const) {
        const list = bench[key];
        if (!list) continue;
        writeSync(fd, `,\n${JSON.stringify(key)}: [`);
        let chunk = '';
        list.forEach((item, i) => {
          chunk += (i ? ',\n' : '\n') + JSON.stringify(item);
          if (chunk.length > 1 << 20) {
            writeSync(fd, chunk);
            chunk = '';
          }
        });
        writeSync(fd, chunk + '\n]');
      }
      writeSync(fd, '\n}\n');
    }
    closeSync(fd);
    renameSync(tmp, path);
  } catch (e) {
    try {
      closeSync(fd);
    } catch {
      /* already closed */
    }
    rmSync(tmp, { force: true });
    throw e;
  }
  return { path, engineers: bench.engineers?.length ?? 0 };
}
