// `benchmatch [--db PATH] team leave`: unbinds this bench from the team bench. The local data stays;
// changes not yet sent stay on this laptop only.
import { helpText } from '../help';
import type { CliCommand } from '../context';
import { teamCommand } from './team-group';

export const command: CliCommand = {
  register(program, ctx) {
    teamCommand(program)
      .command('leave')
      .description(helpText('cli:help.commands.teamLeave'))
      .action(async () => {
        const before = await ctx.call('teamStatus', {});
        if (!before.joined) return ctx.out.line('Not joined to a team bench.');
        await ctx.call('teamLeave', {});
        ctx.out.line(`Left ${before.server}.${before.waiting > 0 ? ` ${before.waiting} change${before.waiting === 1 ? ' was' : 's were'} never sent and stay on this laptop only.` : ''}`);
      });
  },
};
