// `benchmatch stats [--json]`: counts, file size and schema version.
import { helpText } from '../help';
import { currentLanguage, translatorFor } from '../../../shared/i18n/instance';
import { formatNumber } from '../../../shared/i18n/format';
import type { CliCommand } from '../context';
import { formatBytes, formatPairs } from '../output';

export const command: CliCommand = {
  register(program, ctx) {
    program
      .command('stats')
      .description(helpText('cli:help.commands.stats'))
      .option('--json', helpText('cli:help.options.json'))
      .action(async (opts: { json?: boolean }) => {
        const s = await ctx.call('stats', {});
        if (opts.json) return ctx.out.json(s);
        const lng = currentLanguage();
        const t = translatorFor(lng, 'cli');
        const n = (v: number) => formatNumber(lng, v);
        ctx.out.line(formatPairs([
          [t('stats.database'), s.path],
          [t('stats.schemaVersion'), s.schemaVersion],
          [t('stats.fileSize'), formatBytes(s.fileBytes)],
          [t('stats.engineers'), t('stats.engineersDetail', { n: s.engineers, vetted: s.vetted, archived: s.archived })],
          [t('stats.assessments'), n(s.assessments)],
          [t('stats.skills'), n(s.skills)],
          [t('stats.clients'), n(s.clients)],
          [t('stats.roles'), t('stats.rolesDetail', { n: s.roles, open: s.openRoles })],
          [t('stats.shortlists'), n(s.shortlists)],
        ]));
      });
  },
};
