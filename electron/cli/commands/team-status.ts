// `benchmatch [--db PATH] team status [--json]`: server (never the password), person, role, last sync,
// changes waiting. Reads only this bench: it works offline.
import { helpText } from '../help';
import { currentLanguage, translatorFor } from '../../../shared/i18n/instance';
import { TEAM_ROLE_NAMES } from '../../../shared/team/role-names';
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
        const t = translatorFor(currentLanguage(), ['cli', 'team']);
        if (!s.joined) return ctx.out.line(t('cli:team.notJoined'));
        ctx.out.line(formatPairs([
          [t('cli:team.server'), s.server ?? ''],
          [t('cli:team.person'), s.login ?? ''],
          [t('cli:team.role'), s.role ? t(TEAM_ROLE_NAMES[s.role]) : ''],
          [t('cli:team.lastSync'), s.lastSyncAt ?? t('cli:team.never')],
          [t('cli:team.waiting'), s.waiting],
          [t('cli:team.conflicts'), s.conflicts],
        ]));
      });
  },
};
