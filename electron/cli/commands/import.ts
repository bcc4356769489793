// `benchmatch import FILE [--dry-run]`: a *.bench.json or engineers *.csv, all or nothing.
import path from 'node:path';
import type { ImportReport } from '../../../shared/api/bench';
import type { CliCommand } from '../context';
import type { Output } from '../output';

export const command: CliCommand = {
  register(program, ctx) {
    program
      .command('import')
      .description('import a *.bench.json or engineers *.csv (updates in place by id)')
      .argument('<file>', 'the file to import')
      .option('--dry-run', 'check the file and report what would change, writing nothing')
      .action(async (file: string, opts: { dryRun?: boolean }) => {
        const report = await ctx.call('importFile', { path: path.resolve(file), dryRun: !!opts.dryRun }, { progress: true });
        printImportReport(ctx.out, report);
      });
  },
};

const KINDS = ['engineers', 'assessments', 'clients', 'roles', 'shortlists'] as const;

/** Created/updated counts on stdout; warnings (custom skills, possible duplicates) on stderr. */
export function printImportReport(out: Output, report: ImportReport): void {
  const counts = (r: Record<(typeof KINDS)[number], number>) => KINDS.map((k) => `${r[k]} ${k}`).join(', ');
  const verb = report.dryRun ? 'would create' : 'created';
  const verb2 = report.dryRun ? 'would update' : 'updated';
  out.line(`${report.dryRun ? 'Dry run (nothing written). ' : ''}${verb}: ${counts(report.created)}`);
  out.line(`${verb2}: ${counts(report.updated)}`);
  if (report.warnings.length) {
    out.error(`${report.warnings.length} warning${report.warnings.length === 1 ? '' : 's'}:`);
    out.problems(report.warnings);
  }
}
