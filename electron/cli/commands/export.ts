// `benchmatch export FILE`: *.bench.json (the whole bench) or *.csv (engineers).
import { helpText } from '../help';
import { currentLanguage, translatorFor } from '../../../shared/i18n/instance';
import path from 'node:path';
import type { CliCommand } from '../context';

export const command: CliCommand = {
  register(program, ctx) {
    program
      .command('export')
      .description(helpText('cli:help.commands.export'))
      .argument('<file>', helpText('cli:help.arguments.exportFile'))
      .action(async (file: string) => {
        const r = await ctx.call('exportFile', { path: path.resolve(file) }, { progress: true });
        const t = translatorFor(currentLanguage(), 'cli');
        ctx.out.line(t('export.done', { count: r.engineers, path: r.path }));
      });
  },
};
