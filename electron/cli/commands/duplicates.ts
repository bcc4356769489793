// `benchmatch duplicates [--min-score S] [--json]`: pairs of records that are probably the same person,
// best first (cli.md); without --min-score, the pairs the app would show.
import { helpText } from '../help';
import { InvalidArgumentError } from 'commander';
import type { CliCommand } from '../context';
import { renderText } from '../../../shared/api/errors';
import { reasonText } from '../../../shared/duplicates/reasons';
import { formatNumber } from '../../../shared/i18n/format';
import { currentLanguage, translatorFor } from '../../../shared/i18n/instance';

function scoreOption(value: string): number {
  const n = Number(value);
  const t = translatorFor(currentLanguage(), 'cli');
  if (!/^\d*\.?\d+$/.test(value.trim()) || n < 0 || n > 1) throw new InvalidArgumentError(t('duplicates.badScore', { value }));
  return n;
}

export const command: CliCommand = {
  register(program, ctx) {
    program
      .command('duplicates')
      .description(helpText('cli:help.commands.duplicates'))
      .option('--min-score <s>', helpText('cli:help.options.minScore'), scoreOption)
      .option('--json', helpText('cli:help.options.json'))
      .action(async (opts: { minScore?: number; json?: boolean }) => {
        const r = await ctx.call('findDuplicates', opts.minScore !== undefined ? { minScore: opts.minScore } : {});
        if (opts.json) return ctx.out.json({ pairs: r.pairs.map(({ a, b, score, reasons }) => ({ a, b, score, reasons })) });
        const lng = currentLanguage();
        const t = translatorFor(lng, 'cli');
        if (r.pairs.length === 0) return ctx.out.line(t('duplicates.none'));
        ctx.out.line(t('duplicates.pairs', { count: r.pairs.length }));
        const score = (s: number) => formatNumber(lng, s, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
        for (const p of r.pairs) ctx.out.line(`  ${score(p.score)}  ${p.a} ${r.names[p.a] ?? ''}  ${p.b} ${r.names[p.b] ?? ''}  ${p.why.map((w) => renderText(reasonText(w), lng)).join('; ')}`);
      });
  },
};
