// `benchmatch restore BACKUP`: puts a backup back in place of the bench (db/restore.ts). It never opens
// the bench through the service: the bench may be the damaged file this command is there to replace.
import { helpText } from '../help';
import path from 'node:path';
import { restoreBench } from '../../../db/restore';
import { toCliExit, type CliCommand } from '../context';
import { currentLanguage, translatorFor } from '../../../shared/i18n/instance';

export const command: CliCommand = {
  register(program, ctx) {
    program
      .command('restore')
      .description(helpText('cli:help.commands.restore'))
      .argument('<backup>', helpText('cli:help.arguments.backupFile'))
      .action(async (file: string) => {
        const r = await restoreBench(ctx.target().path, path.resolve(file)).catch((err: unknown) => {
          throw toCliExit(err);
        });
        const t = translatorFor(currentLanguage(), 'cli');
        ctx.out.line(t('restore.done', { path: r.path, from: r.from }));
        if (r.keptAside) ctx.out.line(t('restore.keptAside', { path: r.keptAside }));
      });
  },
};
