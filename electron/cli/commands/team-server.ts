// `benchmatch team server --data DIR [--port N]`: a PostgreSQL for the team, embedded (team.md). Prints
// the admin URL (also saved to DIR, owner-only) and runs until Ctrl+C or SIGTERM, then stops PostgreSQL.
import { helpText } from '../help';
import type { CliCommand } from '../context';
import { refused } from '../exit';
import { intOption } from './parse';
import { teamCommand, teamExit } from './team-group';
import { currentLanguage, translatorFor } from '../../../shared/i18n/instance';

export const command: CliCommand = {
  register(program, ctx) {
    teamCommand(program)
      .command('server')
      .description(helpText('cli:help.commands.teamServer'))
      .requiredOption('--data <dir>', helpText('cli:help.options.data'))
      .option('--port <n>', helpText('cli:help.options.serverPort'), intOption(1, 65535))
      .option('--listen <addresses>', helpText('cli:help.options.listen'))
      .action(async (opts: { data: string; port?: number; listen?: string }) => {
        const { startEmbeddedTeamServer } = await import('../../../db/team/server/embedded');
        // Signals that arrive while PostgreSQL is starting stop it as soon as it is up.
        let stopAsked = false;
        const stopped = new Promise<void>((resolve) => {
          const stop = () => {
            stopAsked = true;
            resolve();
          };
          process.once('SIGINT', stop);
          process.once('SIGTERM', stop);
        });
        const server = await startEmbeddedTeamServer({ dataDir: opts.data, ...(opts.port ? { port: opts.port } : {}), ...(opts.listen ? { listen: opts.listen } : {}) }).catch((e: unknown) => {
          throw teamExit(e);
        });
        const { from, to } = server.schema;
        const t = translatorFor(currentLanguage(), 'cli');
        ctx.out.line(t('teamAdmin.serverUp', { listen: opts.listen ?? '127.0.0.1', port: server.port, data: opts.data }));
        ctx.out.line(server.firstRun ? t('teamAdmin.serverCreated', { to }) : from < to ? t('teamAdmin.serverUpgraded', { from, to }) : t('teamAdmin.serverVersion', { to }));
        ctx.out.line(t('teamAdmin.adminUrl', { file: server.adminUrlFile }));
        ctx.out.line(server.adminUrl);
        ctx.out.line(t('teamAdmin.addPerson'));
        ctx.out.line(t('teamAdmin.ctrlC'));
        const ended = stopAsked ? 'asked' : await Promise.race([stopped.then(() => 'asked' as const), server.exited.then(() => 'died' as const)]);
        await server.stop();
        if (ended === 'died') {
          const why = server.recentLog().filter((l) => /FATAL|PANIC|terminated by signal/.test(l)).at(-1);
          throw refused(why ? t('teamAdmin.stoppedOwnWhy', { why }) : t('teamAdmin.stoppedOwn'));
        }
        ctx.out.line(t('teamAdmin.stopped'));
      });
  },
};
