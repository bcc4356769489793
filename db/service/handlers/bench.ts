// Bench-wide methods: stats, import, export, backup.
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { benchFileName, type benchApi, type BenchFileFormat, type BenchStats } from '../../../shared/api/bench';
import { EXPORT_MIME, type ExportDataResult } from '../../../shared/api/exports';
import { todayLocal } from '../../../shared/bench/dates';
import type { CallContext, HandlersFor } from '../../../shared/api/define';
import type { ImportOptions } from '../../bench-file/import';

type ImportChoices = Pick<ImportOptions, 'dryRun' | 'validOnly' | 'updateMatches'>;
import { backupDatabase, stamp } from '../../backup';
import { appliedSchemaVersion, benchCounts } from '../../repos/stats';
import { exportChunks, writeBenchFile } from '../../bench-file/export';
import { importBenchFile } from '../../bench-file/import';
import { LATEST_MIGRATION } from '../../migrations';
import type { ServiceContext } from '../context';
import { discardUpload, stageLocalFile, uploadedPath } from '../uploads';

const MIME: Record<BenchFileFormat, string> = { json: 'application/json', csv: EXPORT_MIME.csv };

export function benchHandlers({ bench, raw }: ServiceContext): HandlersFor<typeof benchApi> {
  /** Where an automatic or "Back up now" copy goes: beside the bench, named with the time. */
  function besideTheBench(): string {
    return join(dirname(bench.path), `bench-backup-${stamp()}.sqlite`);
  }

  function importWithProgress(path: string, options: ImportChoices, ctx: CallContext) {
    try {
      return importBenchFile(raw, path, { ...options, actor: ctx.actor, ...(ctx.progress ? { onProgress: ctx.progress } : {}) });
    } catch (e) {
      // A refused file stops part way: the progress shown for it ends too (it would stay at "Checking…").
      ctx.progress?.(1, { key: 'errors:progress.stopped' });
      throw e;
    }
  }
  return {
    stats(): BenchStats {
      const size = (p: string) => (existsSync(p) ? statSync(p).size : 0);
      return {
        ...benchCounts(raw),
        // The WAL holds committed pages not yet folded into the main file: both are the bench on disk.
        fileBytes: size(bench.path) + size(`${bench.path}-wal`),
        schemaVersion: appliedSchemaVersion(raw) ?? LATEST_MIGRATION,
        path: bench.path,
      };
    },
    importFile({ path, ...options }, ctx) {
      return importWithProgress(path, options, ctx);
    },
    importUpload({ upload, ...options }, ctx) {
      const { dryRun } = options;
      const path = uploadedPath(upload);
      try {
        const report = importWithProgress(path, options, ctx);
        // A checked file stays for the import that follows its dry run; an imported one is done.
        if (!dryRun) discardUpload(upload);
        return report;
      } catch (e) {
        // A file refused by its dry run stays for "import the valid rows only"; a failed import is done.
        if (!dryRun) discardUpload(upload);
        throw e;
      }
    },
    discardUpload({ upload }) {
      return { discarded: discardUpload(upload) };
    },
    async exportFile({ path }, ctx) {
      ctx.progress?.(0.1, { key: 'errors:progress.readingBench' });
      const result = await writeBenchFile(bench.snapshot(), path);
      ctx.progress?.(1, { key: 'errors:progress.exported' });
      return result;
    },
    exportBenchData({ format }, ctx): ExportDataResult {
      // A download, not a file: the same content the file export writes, handed over as bytes.
      ctx.progress?.(0.1, { key: 'errors:progress.readingBench' });
      const snap = bench.snapshot();
      const fileName = benchFileName(format, todayLocal());
      const chunks = [...exportChunks(snap, fileName)].map((c) => Buffer.from(c));
      ctx.progress?.(1, { key: 'errors:progress.exported' });
      return { fileName, mime: MIME[format], base64: Buffer.concat(chunks).toString('base64'), engineers: snap.engineers?.length ?? 0 };
    },
    async backup({ out }, ctx) {
      return backupDatabase(raw, out ?? besideTheBench(), ctx.progress ? { onProgress: ctx.progress } : {});
    },
    async backupNow(_input, ctx) {
      return backupDatabase(raw, besideTheBench(), ctx.progress ? { onProgress: ctx.progress } : {});
    },
    stageFile({ path }) {
      return stageLocalFile(path);
    },
  };
}
