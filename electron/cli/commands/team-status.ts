// `benchmatch [--db PATH] team status [--json]`: server (never the password), person, role, last sync,
// changes waiting. Reads only this bench: it works offline.
import { helpText } from '../help';
import { currentLanguage, translatorFor } from '../../../shared/i18n/instance';
import type { TeamRoleName } from '../../../shared/api/team';
import type { CliCommand } from '../context';
import { formatPairs } from '../output';
import { teamCommand } from './team-group';

const ROLE_NAMES = {
  admin: 'team:roleName.admin', account_manager: 'team:roleName.account_manager', vetting_lead: 'team:roleName.vetting_lead', sales: 'team:roleName.sales',
} as const satisfies Record<TeamRoleName, string>;

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
          [t('cli:team.role'), s.role ? t(ROLE_NAMES[s.role]) : ''],
          [t('cli:team.lastSync'), s.lastSyncAt ?? t('cli:team.never')],
          [t('cli:team.waiting'), s.waiting],
          [t('cli:team.conflicts'), s.conflicts],
        ]));
      });
  },
};
