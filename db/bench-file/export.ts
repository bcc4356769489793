// Export: the whole bench as *.bench.json or the engineers as *.csv, through the one atomic file writer
// (db/exports/atomic-write.ts: a temporary file beside the target, flushed, then renamed), so a crash
// never leaves a half-written file under the real name.
import type { BenchFile } from '../../shared/bench/schema';
import { writeFileAtomic } from '../exports/atomic-write';
import { engineersToCsv } from './csv';
import { isCsvPath } from './import';

const CHUNK = 1 << 20;

/** The bench file's text in chunks of about a megabyte: one record per line, so 100k engineers never form one giant string. */
export function* benchFileChunks(bench: BenchFile, exportedAt = new Date().toISOString()): Generator<string> {
  yield `{\n"format": "benchmatch.bench",\n"version": 1,\n"exportedAt": ${JSON.stringify(exportedAt)}`;
  for (const key of ['clients', 'roles', 'shortlists', 'engineers'] as const) {
    const list = bench[key];
    if (!list) continue;
    let chunk = `,\n${JSON.stringify(key)}: [`;
    for (let i = 0; i < list.length; i++) {
      chunk += (i ? ',\n' : '\n') + JSON.stringify(list[i]);
      if (chunk.length > CHUNK) {
        yield chunk;
        chunk = '';
      }
    }
    yield chunk + '\n]';
  }
  yield '\n}\n';
}

/** The export's content for a file name: engineers CSV for *.csv, else the bench file. */
export function exportChunks(bench: BenchFile, path: string): Iterable<string> {
  return isCsvPath(path) ? [engineersToCsv(bench.engineers ?? [])] : benchFileChunks(bench);
}

/** Writes `bench` to `path` atomically. */
export async function writeBenchFile(bench: BenchFile, path: string): Promise<{ path: string; engineers: number }> {
  const written = await writeFileAtomic(path, () => exportChunks(bench, path));
  return { path: written.path, engineers: bench.engineers?.length ?? 0 };
}
