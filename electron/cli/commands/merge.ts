// `benchmatch merge KEEP OTHER [--json]` and `benchmatch unmerge MERGE_ID` (cli.md): OTHER goes into KEEP
// with the default choice per field (the more complete, then the more recent value); its assessments,
// shortlist entries and history move; `unmerge` puts both records back as they were.
import { helpText } from '../help';
import type { CliCommand } from '../context';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const command: CliCommand = {
  register(program, ctx) {
    program
      .command('merge')
      .description(helpText('cli:help.commands.merge'))
      .argument('<keep>', helpText('cli:help.arguments.keep'))
      .argument('<other>', helpText('cli:help.arguments.other'))
      .option('--json', helpText('cli:help.options.json'))
      .action(async (keep: string, other: string, opts: { json?: boolean }) => {
        const r = await ctx.call('mergeEngineers', { keep, other });
        if (opts.json) return ctx.out.json({ mergeId: r.mergeId, kept: r.kept, merged: r.merged });
        ctx.out.line(`Merged ${r.merged} into ${r.kept}: moved ${count(r.counts.assessments, 'assessment', 'assessments')}, ${count(r.counts.shortlistEntries, 'shortlist entry', 'shortlist entries')}, ${count(r.counts.history, 'history entry', 'history entries')}.`);
        ctx.out.line(`To undo: benchmatch unmerge ${r.mergeId}`);
      });
    program
      .command('unmerge')
      .description(helpText('cli:help.commands.unmerge'))
      .argument('<merge-id>', helpText('cli:help.arguments.mergeId'))
      .action(async (mergeId: string) => {
        const r = await ctx.call('unmerge', { mergeId });
        ctx.out.line(`Undid ${r.mergeId}: ${r.kept} and ${r.restored} are two records again.`);
      });
  },
};
