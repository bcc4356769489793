// `benchmatch [--db PATH] team status [--json]`: server (never the password), person, role, last sync,
// changes waiting. Reads only this bench: it works offline.
import { helpText } from '../help';
import type { CliCommand } from '../context';
import { formatPairs } from '../output';
import { teamCommand } from './team-group';

export const command: CliCommand = {
  register(program, ctx) {
    teamCommand(program)
      .command('status')
      .description(helpText('cli:help.commands.teamStatus'))
      .option('--json', helpText('cli:help.options.json'))
      .action(async (opts: { json?: boolean }) => {
        const s = await ctx.call('teamStatus', {});
        if (opts.json) {
          return ctx.out.json({ joined: s.joined, server: s.server ?? null, login: s.login ?? null, role: s.role ?? null, lastSyncAt: s.lastSyncAt ?? null, waiting: s.waiting, conflicts: s.conflicts });
        }
        if (!s.joined) return ctx.out.line('Not joined to a team bench (benchmatch team join URL).');
        ctx.out.line(formatPairs([
          ['server', s.server ?? ''],
          ['person', s.login ?? ''],
          ['role', s.role ?? ''],
          ['last sync', s.lastSyncAt ?? 'never'],
          ['changes waiting', s.waiting],
          ['conflicts', s.conflicts],
        ]));
      });
  },
};
