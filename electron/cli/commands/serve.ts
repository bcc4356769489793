// `benchmatch serve [--port N] [--open]`: browser mode. The built renderer and the API on 127.0.0.1,
// a per-launch token in the printed URL; runs until Ctrl+C (or SIGTERM), then closes the bench.
import { helpText } from '../help';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { openInBrowser } from '../../server/open-browser';
import { startHttpServer } from '../../server/http';
import { rendererDir } from '../../server/renderer-dir';
import type { CliCommand } from '../context';
import { refused } from '../exit';
import { teamRuntimeOf } from '../../../db/team/runtime';
import { intOption } from './parse';
import { TEAM_URL_ENV } from './team-url-env';
import { currentLanguage, translatorFor } from '../../../shared/i18n/instance';

export const command: CliCommand = {
  register(program, ctx) {
    program
      .command('serve')
      .description(helpText('cli:help.commands.serve'))
      .option('--port <n>', helpText('cli:help.options.port'), intOption(0, 65535))
      .option('--open', helpText('cli:help.options.open'))
      .action(async (opts: { port?: number; open?: boolean }) => {
        const staticDir = rendererDir();
        if (!existsSync(join(staticDir, 'index.html'))) throw refused('The app is not built (dist/renderer is missing). Run `npm run build` first.');
        const bench = await ctx.bench();
        let server;
        try {
          server = await startHttpServer({ service: bench, staticDir, port: opts.port ?? 0 });
        } catch (err) {
          const code = (err as { code?: string }).code;
          const t = translatorFor(currentLanguage(), 'cli');
          throw refused(code === 'EADDRINUSE' ? t('serve.portInUse', { port: opts.port }) : t('serve.cannotStart', { detail: (err as Error).message }));
        }
        // Joined to a team bench: sync in the background. The password is held in this process's memory
        // only (from BENCHMATCH_TEAM_URL, or given in Settings > Team), never written anywhere.
        const team = teamRuntimeOf(bench);
        const teamUrl = ctx.env[TEAM_URL_ENV]?.trim();
        if (teamUrl) team.useUrl(teamUrl);
        team.startBackground();
        const t = translatorFor(currentLanguage(), 'cli');
        ctx.out.line(t('serve.serving', { path: bench.path }));
        ctx.out.line(t('serve.open', { url: server.url }));
        ctx.out.line(t('serve.secret'));
        const opened = opts.open ? openInBrowser(server.url) : undefined;
        await new Promise<void>((resolve) => {
          const stop = () => resolve();
          process.once('SIGINT', stop);
          process.once('SIGTERM', stop);
        });
        opened?.cleanup();
        await team.stopBackground();
        await server.close();
      });
  },
};
