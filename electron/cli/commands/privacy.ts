// `benchmatch privacy due [--as-of D] [--json]`: people held without a legal basis, or past their
// retention date, longest overdue first.
import { helpText } from '../help';
import type { CliCommand } from '../context';
import { dateOption } from './parse';
import { currentLanguage, translatorFor } from '../../../shared/i18n/instance';

export const command: CliCommand = {
  register(program, ctx) {
    const privacy = program.command('privacy').description(helpText('cli:help.commands.privacy'));
    privacy
      .command('due')
      .description(helpText('cli:help.commands.privacyDue'))
      .option('--as-of <date>', helpText('cli:help.options.privacyAsOf'), dateOption)
      .option('--json', helpText('cli:help.options.json'))
      .action(async (opts: { asOf?: string; json?: boolean }) => {
        const r = await ctx.call('privacyDue', { asOf: opts.asOf ?? ctx.today() });
        if (opts.json) return ctx.out.json(r);
        const t = translatorFor(currentLanguage(), 'cli');
        if (r.records.length === 0) return ctx.out.line(t('privacy.nothingDue', { date: r.asOf }));
        ctx.out.line(t('privacy.due', { count: r.records.length, date: r.asOf }));
        for (const d of r.records) {
          const why = d.reason === 'past_retention' ? t('privacy.pastRetention', { date: d.retainUntil, days: d.daysOverdue }) : t('privacy.noBasis');
          ctx.out.line(`  ${d.engineerId}  ${d.name}  ${why}`);
        }
        ctx.out.line(t('privacy.hint'));
      });
  },
};
