// Bench-wide methods: stats, import, export, backup.
import { existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { benchApi, BenchStats } from '../../../shared/api/bench';
import type { HandlersFor } from '../../../shared/api/define';
import { backupDatabase } from '../../backup';
import { writeBenchFile } from '../../bench-file/export';
import { importBenchFile } from '../../bench-file/import';
import { LATEST_MIGRATION } from '../../migrations';
import type { ServiceContext } from '../context';

export function benchHandlers({ bench, raw }: ServiceContext): HandlersFor<typeof benchApi> {
  return {
    stats(): BenchStats {
      const count = (sql: string) => (raw.prepare(sql).pluck().get() as number) ?? 0;
      const size = (p: string) => (existsSync(p) ? statSync(p).size : 0);
      const schemaVersion = (raw.prepare('SELECT name FROM kysely_migration ORDER BY name DESC LIMIT 1').pluck().get() as string | undefined) ?? LATEST_MIGRATION;
      return {
        engineers: count('SELECT count(*) FROM engineers'),
        archived: count('SELECT count(*) FROM engineers WHERE archived = 1'),
        vetted: count("SELECT count(*) FROM engineers WHERE vetting_status = 'vetted'"),
        clients: count('SELECT count(*) FROM clients'),
        roles: count('SELECT count(*) FROM roles'),
        openRoles: count("SELECT count(*) FROM roles WHERE status IS NULL OR status = 'open'"),
        shortlists: count('SELECT count(*) FROM shortlists'),
        assessments: count("SELECT count(*) FROM assessments WHERE status = 'final'"),
        skills: count('SELECT count(*) FROM skills'),
        // The WAL holds committed pages not yet folded into the main file: both are the bench on disk.
        fileBytes: size(bench.path) + size(`${bench.path}-wal`),
        schemaVersion,
        path: bench.path,
      };
    },
    importFile({ path, dryRun }, ctx) {
      return importBenchFile(raw, path, { dryRun, actor: ctx.actor, ...(ctx.progress ? { onProgress: ctx.progress } : {}) });
    },
    exportFile({ path }, ctx) {
      ctx.progress?.(0.1, 'Reading the bench');
      const result = writeBenchFile(bench.snapshot(), path);
      ctx.progress?.(1, 'Exported');
      return result;
    },
    async backup({ out }) {
      const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
      const target = out ?? join(dirname(bench.path), `bench-backup-${stamp}.sqlite`);
      return backupDatabase(raw, target);
    },
  };
}
