// `benchmatch backup [--out FILE]`: a consistent copy through SQLite's online backup.
import { helpText } from '../help';
import path from 'node:path';
import type { CliCommand } from '../context';
import { formatBytes } from '../output';
import { currentLanguage, translatorFor } from '../../../shared/i18n/instance';

export const command: CliCommand = {
  register(program, ctx) {
    program
      .command('backup')
      .description(helpText('cli:help.commands.backup'))
      .option('--out <file>', helpText('cli:help.options.backupOut'))
      .action(async (opts: { out?: string }) => {
        const r = await ctx.call('backup', opts.out ? { out: path.resolve(opts.out) } : {}, { progress: true });
        const t = translatorFor(currentLanguage(), 'cli');
        ctx.out.line(t('backup.done', { path: r.path, size: formatBytes(r.bytes) }));
      });
  },
};
