// `benchmatch [--db PATH] team join [URL] [--json]`: binds this bench to the team bench. The URL (from the
// argument or BENCHMATCH_TEAM_URL) carries the password: it is used to connect and never stored; the
// bench keeps the server without it.
import { helpText } from '../help';
import { currentLanguage, translatorFor } from '../../../shared/i18n/instance';
import { TEAM_ROLE_NAMES } from '../../../shared/team/role-names';
import type { CliCommand } from '../context';
import { formatPairs } from '../output';
import { refused } from '../exit';
import { teamCommand } from './team-group';
import { TEAM_URL_ENV } from './team-url-env';

export const command: CliCommand = {
  register(program, ctx) {
    teamCommand(program)
      .command('join')
      .description(helpText('cli:help.commands.teamJoin', { env: TEAM_URL_ENV }))
      .argument('[url]', helpText('cli:help.arguments.teamUrl'))
      .option('--json', helpText('cli:help.options.json'))
      .action(async (given: string | undefined, opts: { json?: boolean }) => {
        const url = given?.trim() || ctx.env[TEAM_URL_ENV]?.trim();
        const t = translatorFor(currentLanguage(), ['cli', 'team']);
        if (!url) throw refused(t('cli:team.joinNeedsUrl', { env: TEAM_URL_ENV }));
        const s = await ctx.call('teamJoin', { url });
        const summary = { server: s.server, login: s.login, role: s.role, waiting: s.waiting, lastSyncAt: s.lastSyncAt ?? null };
        if (opts.json) return ctx.out.json(summary);
        ctx.out.line(t('cli:team.joined', { server: s.server, login: s.login, role: s.role ? t(TEAM_ROLE_NAMES[s.role]) : '' }));
        ctx.out.line(formatPairs([[t('cli:team.waiting'), s.waiting], [t('cli:team.lastSync'), s.lastSyncAt ?? t('cli:team.never')]]));
        ctx.out.line(t('cli:team.syncLater', { env: TEAM_URL_ENV }));
      });
  },
};
