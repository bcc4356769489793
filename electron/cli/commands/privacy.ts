// `benchmatch privacy due [--as-of D] [--json]`: people held without a legal basis, or past their
// retention date, longest overdue first.
import { helpText } from '../help';
import type { CliCommand } from '../context';
import { dateOption } from './parse';

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
        if (r.records.length === 0) return ctx.out.line(`Nothing is due on ${r.asOf}: every person has a legal basis and is within retention.`);
        ctx.out.line(`${r.records.length} record${r.records.length === 1 ? '' : 's'} due on ${r.asOf}:`);
        for (const d of r.records) {
          const why = d.reason === 'past_retention' ? `retention ended ${d.retainUntil} (${d.daysOverdue} days ago)` : 'no legal basis recorded';
          ctx.out.line(`  ${d.engineerId}  ${d.name}  ${why}`);
        }
        ctx.out.line('Record a basis and retention date in the app (Engineer > Edit), export with `benchmatch person export ID --out FILE`, or erase with `benchmatch erase ID`.');
      });
  },
};
