// `benchmatch merge KEEP OTHER [--json]` and `benchmatch unmerge MERGE_ID` (cli.md): OTHER goes into KEEP
// with the default choice per field (the more complete, then the more recent value); its assessments,
// shortlist entries and history move; `unmerge` puts both records back as they were.
import { helpText } from '../help';
import type { CliCommand } from '../context';
import { currentLanguage, translatorFor } from '../../../shared/i18n/instance';

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
        const t = translatorFor(currentLanguage(), ['cli']);
        const moved = [t('cli:merge.assessments', { count: r.counts.assessments }), t('cli:merge.entries', { count: r.counts.shortlistEntries }), t('cli:merge.history', { count: r.counts.history })];
        ctx.out.line(t('cli:merge.done', { merged: r.merged, kept: r.kept, moved }));
        ctx.out.line(t('cli:merge.undo', { mergeId: r.mergeId }));
      });
    program
      .command('unmerge')
      .description(helpText('cli:help.commands.unmerge'))
      .argument('<merge-id>', helpText('cli:help.arguments.mergeId'))
      .option('--discard-later-edits', helpText('cli:help.options.discardLaterEdits'))
      .action(async (mergeId: string, opts: { discardLaterEdits?: boolean }) => {
        const r = await ctx.call('unmerge', { mergeId, ...(opts.discardLaterEdits ? { discardLaterEdits: true } : {}) });
        const t = translatorFor(currentLanguage(), 'cli');
        ctx.out.line(t('merge.undone', { mergeId: r.mergeId, kept: r.kept, restored: r.restored }));
      });
  },
};
