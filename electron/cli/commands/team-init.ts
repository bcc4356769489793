// `benchmatch team init --server URL`: create or upgrade the team schema on an existing PostgreSQL
// (the URL of a login that may create roles and owns the database, such as its admin).
import { helpText } from '../help';
import { redactUrl } from '../../../db/team/server/connection';
import { initTeamSchema } from '../../../db/team/server/schema';
import type { CliCommand } from '../context';
import { teamCommand, teamExit } from './team-group';
import { currentLanguage, translatorFor } from '../../../shared/i18n/instance';

export const command: CliCommand = {
  register(program, ctx) {
    teamCommand(program)
      .command('init')
      .description(helpText('cli:help.commands.teamInit'))
      .requiredOption('--server <url>', helpText('cli:help.options.initServer'))
      .action(async (opts: { server: string }) => {
        const r = await initTeamSchema(opts.server).catch((e: unknown) => {
          throw teamExit(e);
        });
        const where = redactUrl(opts.server);
        const t = translatorFor(currentLanguage(), 'cli');
        if (r.from === 0) ctx.out.line(t('teamAdmin.created', { to: r.to, where }));
        else if (r.applied.length > 0) ctx.out.line(t('teamAdmin.upgraded', { from: r.from, to: r.to, where }));
        else ctx.out.line(t('teamAdmin.upToDate', { to: r.to, where }));
      });
  },
};
