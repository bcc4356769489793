// `benchmatch import FILE [--dry-run] [--valid-only] [--update-matches]`: a *.bench.json or engineers *.csv,
// all or nothing unless --valid-only; records like people already on the bench are listed, and written
// as updates of those people with --update-matches.
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
      .option('--valid-only', 'import the valid records and list the others, instead of refusing the file')
      .option('--update-matches', 'write a record that is likely a person already on the bench as an update of that person')
      .action(async (file: string, opts: { dryRun?: boolean; validOnly?: boolean; updateMatches?: boolean }) => {
        const report = await ctx.call('importFile', { path: path.resolve(file), dryRun: !!opts.dryRun, validOnly: !!opts.validOnly, updateMatches: !!opts.updateMatches }, { progress: true });
        printImportReport(ctx.out, report);
      });
  },
};

const KINDS = ['engineers', 'assessments', 'clients', 'roles', 'shortlists'] as const;

/** Created/updated counts on stdout; matches, skipped records and warnings (custom skills, possible duplicates) on stderr. */
export function printImportReport(out: Output, report: ImportReport): void {
  const counts = (r: Record<(typeof KINDS)[number], number>) => KINDS.map((k) => `${r[k]} ${k}`).join(', ');
  const verb = report.dryRun ? 'would create' : 'created';
  const verb2 = report.dryRun ? 'would update' : 'updated';
  out.line(`${report.dryRun ? 'Dry run (nothing written). ' : ''}${verb}: ${counts(report.created)}`);
  out.line(`${verb2}: ${counts(report.updated)}`);
  if (report.matches.length) {
    const updated = report.matches[0]!.updated;
    out.error(`${report.matches.length} record${report.matches.length === 1 ? ' looks' : 's look'} like ${report.matches.length === 1 ? 'a person' : 'people'} already on the bench${updated ? (report.dryRun ? ' (would update them)' : ' (updated them)') : ' (added as new records; --update-matches updates those people instead)'}:`);
    out.problems(report.matches.map((m) => ({ where: m.where, message: `"${m.name}" is likely "${m.existingName}" (${m.existingId}): ${m.reasons.join(', ')}` })));
  }
  if (report.skipped.length) {
    out.error(`${report.skipped.length} record${report.skipped.length === 1 ? '' : 's'} skipped:`);
    out.problems(report.skipped.flatMap((s) => s.problems.map((p) => ({ where: s.name ? `${p.where} (${s.name})` : p.where, message: p.message }))));
  }
  if (report.warnings.length) {
    out.error(`${report.warnings.length} warning${report.warnings.length === 1 ? '' : 's'}:`);
    out.problems(report.warnings);
  }
}
