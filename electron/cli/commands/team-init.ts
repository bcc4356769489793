// `benchmatch team init --server URL`: create or upgrade the team schema on an existing PostgreSQL
// (the URL of a login that may create roles and owns the database, such as its admin).
import { helpText } from '../help';
import { redactUrl } from '../../../db/team/server/connection';
import { initTeamSchema } from '../../../db/team/server/schema';
import type { CliCommand } from '../context';
import { teamCommand, teamExit } from './team-group';

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
        if (r.from === 0) ctx.out.line(`Created the team schema (version ${r.to}) on ${where}.`);
        else if (r.applied.length > 0) ctx.out.line(`Upgraded the team schema from version ${r.from} to ${r.to} on ${where}.`);
        else ctx.out.line(`The team schema on ${where} is up to date (version ${r.to}).`);
      });
  },
};
