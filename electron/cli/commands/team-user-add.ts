// `benchmatch team user add --server URL --name NAME --role ROLE [--json]`: a new person (admin). Prints
// their connection URL, with a new password, once: nothing else keeps the password.
import { helpText } from '../help';
import { Option } from 'commander';
import { connectTeam } from '../../../db/team/server/client';
import { TEAM_ROLES, type TeamRole } from '../../../shared/team/permissions';
import type { CliCommand } from '../context';
import { teamExit, teamUserCommand } from './team-group';
import { currentLanguage, translatorFor } from '../../../shared/i18n/instance';

export const command: CliCommand = {
  register(program, ctx) {
    teamUserCommand(program)
      .command('add')
      .description(helpText('cli:help.commands.teamUserAdd'))
      .requiredOption('--server <url>', helpText('cli:help.options.adminUrl'))
      .requiredOption('--name <name>', helpText('cli:help.options.personName'))
      .addOption(new Option('--role <role>', 'what they may do').choices(TEAM_ROLES).makeOptionMandatory())
      .option('--login <login>', helpText('cli:help.options.login'))
      .option('--json', helpText('cli:help.options.userAddJson'))
      .action(async (opts: { server: string; name: string; role: TeamRole; login?: string; json?: boolean }) => {
        const team = await connectTeam(opts.server).catch((e: unknown) => {
          throw teamExit(e);
        });
        try {
          const p = await team.addPerson(opts.name, opts.role, opts.login).catch((e: unknown) => {
            throw teamExit(e);
          });
          if (opts.json) return ctx.out.json({ name: p.name, role: p.role, url: p.url });
          const t = translatorFor(currentLanguage(), 'cli');
          ctx.out.line(t('teamAdmin.added', { name: p.name, login: p.login, role: p.role }));
          ctx.out.line(p.url);
          ctx.out.line(t('teamAdmin.theyRun'));
        } finally {
          await team.close();
        }
      });
  },
};
