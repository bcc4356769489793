// `benchmatch shortlist export ID --format pdf|xlsx|csv --out FILE [--anonymize] [--as-of DATE] [--include IDS]`:
// a client-ready shortlist file, rendered in-process (no browser needed for the PDF); and
// `benchmatch shortlist profile ID ENGINEER --out FILE`: one candidate's one-page profile PDF.
import { helpText } from '../help';
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
      .argument('<id>', 'the shortlist id')
      .addOption(new Option('--format <format>', 'file format').choices(SHORTLIST_EXPORT_FORMATS).makeOptionMandatory())
      .requiredOption('--out <file>', 'where to write the file')
      .option('--anonymize', 'candidates as "Candidate A"...: no surname, contact, cost rate, link or internal note')
      .option('--as-of <date>', 'the date overlap is computed for (YYYY-MM-DD; default today)')
      .option('--include <ids>', 'the engineers in the packet, comma-separated (default: all but the declined and withdrawn)', idList)
      .action(async (id: string, opts: PacketOptions & { format: ShortlistExportFormat }) => {
        const r = await ctx.call('exportShortlist', { ...packet(id, opts, ctx.today()), format: opts.format }, { progress: true });
        ctx.out.line(`Exported ${r.engineers} candidate${r.engineers === 1 ? '' : 's'} to ${r.path} (${formatBytes(r.bytes)})`);
      });
    shortlist
      .command('profile')
      .description(helpText('cli:help.commands.shortlistProfile'))
      .argument('<id>', 'the shortlist id')
      .argument('<engineer>', 'the engineer id (one of the shortlist)')
      .requiredOption('--out <file>', 'where to write the PDF')
      .option('--anonymize', 'the candidate as "Candidate A": no surname, contact, cost rate, link or internal note')
      .option('--as-of <date>', 'the date overlap is computed for (YYYY-MM-DD; default today)')
      .action(async (id: string, engineerId: string, opts: PacketOptions) => {
        const r = await ctx.call('exportCandidateProfile', { ...packet(id, opts, ctx.today()), engineerId });
        ctx.out.line(`Exported the profile to ${r.path} (${formatBytes(r.bytes)})`);
      });
  },
};
