// `benchmatch shortlist export ID --format pdf|xlsx|csv --out FILE [--anonymize] [--as-of DATE] [--include IDS]`:
// a client-ready shortlist file, rendered in-process (no browser needed for the PDF); and
// `benchmatch shortlist profile ID ENGINEER --out FILE`: one candidate's one-page profile PDF.
import { helpText } from '../help';
import { currentLanguage, translatorFor } from '../../../shared/i18n/instance';
import path from 'node:path';
import { Option } from 'commander';
import { SHORTLIST_EXPORT_FORMATS, type ShortlistExportFormat } from '../../../shared/api/exports';
import type { CliCommand } from '../context';
import { formatBytes } from '../output';

interface PacketOptions {
  out: string;
  anonymize?: boolean;
  asOf?: string;
  include?: string[];
}

/** "eng-1, eng-2" -> ['eng-1', 'eng-2']: the dialog's ticks, on the command line. */
const idList = (v: string): string[] => v.split(',').map((x) => x.trim()).filter(Boolean);

/** What both packet commands send: the shortlist, the file, and who and how. */
function packet(shortlistId: string, opts: PacketOptions, today: string) {
  return {
    shortlistId,
    out: path.resolve(opts.out),
    anonymize: opts.anonymize ?? false,
    asOf: opts.asOf ?? today,
    ...(opts.include ? { include: opts.include } : {}),
  };
}

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
      .option('--include <ids>', helpText('cli:help.options.include'), idList)
      .action(async (id: string, opts: PacketOptions & { format: ShortlistExportFormat }) => {
        const r = await ctx.call('exportShortlist', { ...packet(id, opts, ctx.today()), format: opts.format }, { progress: true });
        const t = translatorFor(currentLanguage(), 'cli');
        ctx.out.line(t('export.candidates', { count: r.engineers, path: r.path, size: formatBytes(r.bytes) }));
      });
    shortlist
      .command('profile')
      .description(helpText('cli:help.commands.shortlistProfile'))
      .argument('<id>', helpText('cli:help.arguments.shortlistId'))
      .argument('<engineer>', helpText('cli:help.arguments.engineerId'))
      .requiredOption('--out <file>', helpText('cli:help.options.profileOut'))
      .option('--anonymize', helpText('cli:help.options.anonymize'))
      .option('--as-of <date>', helpText('cli:help.options.exportAsOf'))
      .action(async (id: string, engineerId: string, opts: PacketOptions) => {
        const r = await ctx.call('exportCandidateProfile', { ...packet(id, opts, ctx.today()), engineerId });
        const t = translatorFor(currentLanguage(), 'cli');
        ctx.out.line(t('export.profile', { path: r.path, size: formatBytes(r.bytes) }));
      });
  },
};
