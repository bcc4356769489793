// `benchmatch search QUERY [--limit N] [--json]`: the same search the Bench screen runs as you type.
// JSON is cli.md's shape ({ query, results: [{ engineerId, name, score }] }, best first) plus `total`.
import { helpText } from '../help';
import { currentLanguage, translatorFor } from '../../../shared/i18n/instance';
import type { CliCommand } from '../context';
import { intOption } from './parse';

const DEFAULT_LIMIT = 20;

export const command: CliCommand = {
  register(program, ctx) {
    program
      .command('search')
      .description(helpText('cli:help.commands.search'))
      .argument('<query...>', helpText('cli:help.arguments.query'))
      .option('--limit <n>', helpText('cli:help.options.top', { n: String(DEFAULT_LIMIT) }), intOption(1, 100_000))
      .option('--include-archived', helpText('cli:help.options.includeArchived'))
      .option('--json', helpText('cli:help.options.json'))
      .action(async (words: string[], opts: { limit?: number; includeArchived?: boolean; json?: boolean }) => {
        const query = words.join(' ');
        const r = await ctx.call('search', {
          query,
          limit: opts.limit ?? DEFAULT_LIMIT,
          ...(opts.includeArchived ? { includeArchived: true } : {}),
        });
        if (opts.json) return ctx.out.json({ query: r.query, total: r.total, results: r.results });
        const t = translatorFor(currentLanguage(), 'cli');
        if (r.results.length === 0) return ctx.out.line(t('search.none', { query }));
        const nameW = Math.min(32, Math.max(4, ...r.results.map((x) => x.name.length)));
        ctx.out.line(r.total > r.results.length ? t('search.found', { count: r.total, query, shown: r.results.length }) : t('search.foundAll', { count: r.total, query }));
        // The column is as wide as its heading in this language ("puntaje", "pontuação").
        const scoreW = Math.max(5, t('search.score').length);
        ctx.out.line(`${t('search.score').padStart(scoreW)}  ${t('search.name').padEnd(nameW)}  id`);
        for (const x of r.results) {
          const name = x.name.length > nameW ? x.name.slice(0, nameW - 1) + '…' : x.name.padEnd(nameW);
          ctx.out.line(`${x.score.toFixed(2).padStart(scoreW)}  ${name}  ${x.engineerId}`);
        }
      });
  },
};
