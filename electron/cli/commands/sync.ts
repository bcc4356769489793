// `benchmatch [--db PATH] sync [--json]`: sends waiting changes and receives the others'. Exit 0 done;
// 1 done but some changes refused (each listed as "where: reason" on stderr, and undone here); 3 the
// server could not be reached (one line; nothing lost, the changes stay waiting). The password comes
// from BENCHMATCH_TEAM_URL, never from the bench file.
import { helpText } from '../help';
import type { CliCommand } from '../context';
import { CliExit, EXIT, refused } from '../exit';
import { TEAM_URL_ENV } from './team-url-env';

export const command: CliCommand = {
  register(program, ctx) {
    program
      .command('sync')
      .description(helpText('cli:help.commands.sync', { env: TEAM_URL_ENV }))
      .option('--json', 'print one JSON object')
      .action(async (opts: { json?: boolean }) => {
        const status = await ctx.call('teamStatus', {});
        if (!status.joined) throw refused('This bench has not joined a team bench: benchmatch team join URL');
        const url = ctx.env[TEAM_URL_ENV]?.trim();
        if (!url) throw refused(`sync needs your password: set ${TEAM_URL_ENV} to the team URL you were given (postgres://${status.login ?? 'login'}:PASSWORD@...), then run benchmatch sync again.`);
        const { result } = await ctx.call('syncNow', { url });
        if (opts.json) ctx.out.json(result);
        else ctx.out.line(`Sent ${result.sent}, received ${result.received}${result.conflicts ? `, ${result.conflicts} conflict${result.conflicts === 1 ? '' : 's'} (the later edit kept)` : ''}${result.refused.length ? `, ${result.refused.length} refused` : ''}.`);
        if (result.refused.length > 0) {
          throw new CliExit(EXIT.refused, `The team server refused ${result.refused.length} change${result.refused.length === 1 ? '' : 's'}; ${result.refused.length === 1 ? 'it was' : 'they were'} undone here`, result.refused.map((r) => ({ where: r.where, message: r.reason })));
        }
      });
  },
};
