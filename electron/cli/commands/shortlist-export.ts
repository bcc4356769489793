// `benchmatch shortlist export ID --format pdf|xlsx|csv --out FILE [--anonymize] [--as-of DATE]`:
// a client-ready shortlist file, rendered in-process (no browser needed for the PDF).
import { helpText } from '../help';
import { currentLanguage, translatorFor } from '../../../shared/i18n/instance';
import path from 'node:path';
import { Option } from 'commander';
import { SHORTLIST_EXPORT_FORMATS, type ShortlistExportFormat } from '../../../shared/api/exports';
import type { CliCommand } from '../context';
import { formatBytes } from '../output';

export const command: CliCommand = {
  register(program, ctx) {
    // Other shortlist subcommands may register the same parent: share it rather than add a second one.
    let shortlist = program.commands.find((c) => c.name() === 'shortlist');
    // program.command() (not new Command) so the parent inherits exitOverride: usage errors exit 2.
    shortlist ??= program.command('shortlist').description(helpText('cli:help.commands.shortlist'));
    shortlist
      .command('export')
      .description(helpText('cli:help.commands.shortlistExport'))
      .argument('<id>', helpText('cli:help.arguments.shortlistId'))
      .addOption(new Option('--format <format>', 'file format').choices(SHORTLIST_EXPORT_FORMATS).makeOptionMandatory())
      .requiredOption('--out <file>', helpText('cli:help.options.exportOut'))
      .option('--anonymize', helpText('cli:help.options.anonymize'))
      .option('--as-of <date>', helpText('cli:help.options.exportAsOf'))
      .action(async (id: string, opts: { format: ShortlistExportFormat; out: string; anonymize?: boolean; asOf?: string }) => {
        const r = await ctx.call('exportShortlist', {
          shortlistId: id,
          format: opts.format,
          out: path.resolve(opts.out),
          anonymize: opts.anonymize ?? false,
          asOf: opts.asOf ?? ctx.today(),
        }, { progress: true });
        const t = translatorFor(currentLanguage(), 'cli');
        ctx.out.line(t('export.candidates', { count: r.engineers, path: r.path, size: formatBytes(r.bytes) }));
      });
  },
};
