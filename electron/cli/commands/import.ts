// `benchmatch import FILE [--dry-run] [--valid-only] [--update-matches]`: a *.bench.json or engineers *.csv,
// all or nothing unless --valid-only; records like people already on the bench are listed, and written
// as updates of those people with --update-matches.
import { helpText } from '../help';
import path from 'node:path';
import type { ImportReport } from '../../../shared/api/bench';
import { renderText, sayProblem } from '../../../shared/api/errors';
import { reasonText } from '../../../shared/duplicates/reasons';
import { formatList } from '../../../shared/i18n/format';
import { currentLanguage, translatorFor } from '../../../shared/i18n/instance';
import type { CliCommand } from '../context';
import type { Output } from '../output';

export const command: CliCommand = {
  register(program, ctx) {
    program
      .command('import')
      .description(helpText('cli:help.commands.import'))
      .argument('<file>', helpText('cli:help.arguments.importFile'))
      .option('--dry-run', helpText('cli:help.options.importDryRun'))
      .option('--valid-only', helpText('cli:help.options.validOnly'))
      .option('--update-matches', helpText('cli:help.options.updateMatches'))
      .action(async (file: string, opts: { dryRun?: boolean; validOnly?: boolean; updateMatches?: boolean }) => {
        const report = await ctx.call('importFile', { path: path.resolve(file), dryRun: !!opts.dryRun, validOnly: !!opts.validOnly, updateMatches: !!opts.updateMatches }, { progress: true });
        printImportReport(ctx.out, report);
      });
  },
};

const KINDS = ['engineers', 'assessments', 'clients', 'roles', 'shortlists'] as const;
/** "3 engineers", per kind, in the CLI's language. */
const COUNTS = {
  engineers: 'cli:import.kinds.engineers',
  assessments: 'cli:import.kinds.assessments',
  clients: 'cli:import.kinds.clients',
  roles: 'cli:import.kinds.roles',
  shortlists: 'cli:import.kinds.shortlists',
} as const satisfies Record<(typeof KINDS)[number], string>;

/** Created/updated counts on stdout; matches, skipped records and warnings (custom skills, possible duplicates) on stderr, in the CLI's language. */
export function printImportReport(out: Output, report: ImportReport): void {
  const lng = currentLanguage();
  const t = translatorFor(lng, ['cli']);
  const counts = (r: Record<(typeof KINDS)[number], number>) => formatList(lng, KINDS.map((k) => t(COUNTS[k], { count: r[k] })));
  out.line(report.dryRun ? t('cli:import.wouldCreate', { counts: counts(report.created) }) : t('cli:import.created', { counts: counts(report.created) }));
  out.line(report.dryRun ? t('cli:import.wouldUpdate', { counts: counts(report.updated) }) : t('cli:import.updated', { counts: counts(report.updated) }));
  if (report.matches.length) {
    const n = report.matches.length;
    const updated = report.matches[0]!.updated;
    out.error(!updated ? t('cli:import.matchesAdded', { count: n }) : report.dryRun ? t('cli:import.matchesWouldUpdate', { count: n }) : t('cli:import.matchesUpdated', { count: n }));
    out.problems(report.matches.map((m) => ({ where: m.where, message: t('cli:import.likely', { name: m.name, existing: m.existingName, id: m.existingId, reasons: m.why.map((w) => renderText(reasonText(w), lng)) }) })));
  }
  if (report.skipped.length) {
    out.error(t('cli:import.skipped', { count: report.skipped.length }));
    out.problems(report.skipped.flatMap((s) => s.problems.map((p) => {
      const said = sayProblem(p, lng);
      return { where: s.name ? `${said.where} (${s.name})` : said.where, message: said.message };
    })));
  }
  if (report.warnings.length) {
    out.error(t('cli:import.warnings', { count: report.warnings.length }));
    out.problems(report.warnings);
  }
}
