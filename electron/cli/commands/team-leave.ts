// `benchmatch [--db PATH] team leave`: unbinds this bench from the team bench. The local data stays;
// changes not yet sent stay on this laptop only.
import { helpText } from '../help';
import { currentLanguage, translatorFor } from '../../../shared/i18n/instance';
import type { CliCommand } from '../context';
import { teamCommand } from './team-group';

export const command: CliCommand = {
  register(program, ctx) {
    teamCommand(program)
      .command('leave')
      .description(helpText('cli:help.commands.teamLeave'))
      .action(async () => {
        const before = await ctx.call('teamStatus', {});
        const t = translatorFor(currentLanguage(), 'cli');
        if (!before.joined) return ctx.out.line(t('team.notJoined'));
        await ctx.call('teamLeave', {});
        ctx.out.line(before.waiting > 0 ? t('team.leftUnsent', { server: before.server, count: before.waiting }) : t('team.left', { server: before.server }));
      });
  },
};
