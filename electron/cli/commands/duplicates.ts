// `benchmatch duplicates [--min-score S] [--json]`: pairs of records that are probably the same person,
// best first (cli.md); without --min-score, the pairs the app would show.
import { helpText } from '../help';
import { InvalidArgumentError } from 'commander';
import type { CliCommand } from '../context';

function scoreOption(value: string): number {
  const n = Number(value);
  if (!/^\d*\.?\d+$/.test(value.trim()) || n < 0 || n > 1) throw new InvalidArgumentError(`expected a score from 0 to 1, got "${value}".`);
  return n;
}

export const command: CliCommand = {
  register(program, ctx) {
    program
      .command('duplicates')
      .description(helpText('cli:help.commands.duplicates'))
      .option('--min-score <s>', 'the lowest score shown, 0 to 1 (default: what the app shows)', scoreOption)
      .option('--json', 'print one JSON object')
      .action(async (opts: { minScore?: number; json?: boolean }) => {
        const r = await ctx.call('findDuplicates', opts.minScore !== undefined ? { minScore: opts.minScore } : {});
        if (opts.json) return ctx.out.json({ pairs: r.pairs.map(({ a, b, score, reasons }) => ({ a, b, score, reasons })) });
        if (r.pairs.length === 0) return ctx.out.line('No likely duplicates.');
        ctx.out.line(`${r.pairs.length} likely duplicate pair${r.pairs.length === 1 ? '' : 's'}:`);
        for (const p of r.pairs) ctx.out.line(`  ${p.score.toFixed(2)}  ${p.a} ${r.names[p.a] ?? ''}  ${p.b} ${r.names[p.b] ?? ''}  ${p.reasons.join('; ')}`);
      });
  },
};
