// `benchmatch [--db PATH] sync [--json]`: sends waiting changes and receives the others'. Exit 0 done;
// 1 done but some changes refused (each listed as "where: reason" on stderr, and undone here); 3 the
// server could not be reached (one line; nothing lost, the changes stay waiting). The password comes
// from BENCHMATCH_TEAM_URL, never from the bench file.
import { helpText } from '../help';
import { sayRefused } from '../../../shared/api/team';
import { currentLanguage, translatorFor } from '../../../shared/i18n/instance';
import type { CliCommand } from '../context';
import { CliExit, EXIT, refused } from '../exit';
import { TEAM_URL_ENV } from './team-url-env';

export const command: CliCommand = {
  register(program, ctx) {
    program
      .command('sync')
      .description(helpText('cli:help.commands.sync', { env: TEAM_URL_ENV }))
      .option('--json', helpText('cli:help.options.json'))
      .action(async (opts: { json?: boolean }) => {
        const t = translatorFor(currentLanguage(), 'cli');
        const status = await ctx.call('teamStatus', {});
        if (!status.joined) throw refused(t('sync.notJoined'));
        const url = ctx.env[TEAM_URL_ENV]?.trim();
        if (!url) throw refused(t('sync.needsPassword', { env: TEAM_URL_ENV, login: status.login ?? 'login' }));
        const { result } = await ctx.call('syncNow', { url });
        if (opts.json) ctx.out.json(result);
        else {
          const counts = [t('sync.sent', { count: result.sent }), t('sync.received', { count: result.received })];
          if (result.conflicts) counts.push(t('sync.conflicts', { count: result.conflicts }));
          if (result.refused.length) counts.push(t('sync.refusedCount', { count: result.refused.length }));
          ctx.out.line(t('sync.done', { counts }));
        }
        if (result.refused.length > 0) {
          const said = result.refused.map((r) => sayRefused(r, currentLanguage()));
          throw new CliExit(EXIT.refused, t('sync.refused', { count: result.refused.length }), said.map((r) => ({ where: r.where, message: r.reason })));
        }
      });
  },
};
