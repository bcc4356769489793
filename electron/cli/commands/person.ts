// `benchmatch person export ID --out FILE`: everything the bench holds about one person, as JSON (a
// data-subject access request). Written whole or not at all, readable by its owner only.
import { helpText } from '../help';
import path from 'node:path';
import type { CliCommand } from '../context';
import { currentLanguage, translatorFor } from '../../../shared/i18n/instance';

export const command: CliCommand = {
  register(program, ctx) {
    const person = program.command('person').description(helpText('cli:help.commands.person'));
    person
      .command('export')
      .description(helpText('cli:help.commands.personExport'))
      .argument('<id>', helpText('cli:help.arguments.engineerId'))
      .requiredOption('--out <file>', helpText('cli:help.options.personOut'))
      .action(async (id: string, opts: { out: string }) => {
        const r = await ctx.call('exportPerson', { engineerId: id, out: path.resolve(opts.out) });
        const t = translatorFor(currentLanguage(), 'cli');
        ctx.out.line(t('person.wrote', { bytes: r.bytes, id, path: r.path }));
      });
  },
};
