// `benchmatch team log --server URL [--record ID] [--json]`: the audit history (admin): every accepted
// change with its author and the server's time, oldest first.
import { helpText } from '../help';
import { connectTeam, type LogEntry } from '../../../db/team/server/client';
import type { CliCommand } from '../context';
import { teamCommand, teamExit } from './team-group';
import { currentLanguage, translatorFor } from '../../../shared/i18n/instance';

const PAGE = 1000;

export const command: CliCommand = {
  register(program, ctx) {
    teamCommand(program)
      .command('log')
      .description(helpText('cli:help.commands.teamLog'))
      .requiredOption('--server <url>', helpText('cli:help.options.adminUrl'))
      .option('--record <id>', helpText('cli:help.options.record'))
      .option('--json', helpText('cli:help.options.logJson'))
      .action(async (opts: { server: string; record?: string; json?: boolean }) => {
        const team = await connectTeam(opts.server).catch((e: unknown) => {
          throw teamExit(e);
        });
        try {
          const entries: LogEntry[] = [];
          let count = 0;
          for (let after = 0; ;) {
            const page = await team.log({ ...(opts.record ? { recordId: opts.record } : {}), after, limit: PAGE }).catch((e: unknown) => {
              throw teamExit(e);
            });
            count += page.length;
            if (!opts.json) for (const e of page) ctx.out.line(formatEntry(e));
            else entries.push(...page);
            if (page.length < PAGE) break;
            after = page.at(-1)!.seq;
          }
          if (opts.json) ctx.out.json({ entries });
          else if (count === 0) {
            const t = translatorFor(currentLanguage(), 'cli');
            ctx.out.line(opts.record ? t('teamAdmin.noChangesFor', { record: opts.record }) : t('teamAdmin.noChanges'));
          }
        } finally {
          await team.close();
        }
      });
  },
};

function formatEntry(e: LogEntry): string {
  const value = JSON.stringify(e.value) ?? 'null';
  const shown = value.length > 80 ? value.slice(0, 77) + '...' : value;
  return `${e.seq}  ${e.acceptedAt}  ${e.author}  ${e.entity} ${e.recordId}  ${e.field} = ${shown}${e.won ? '' : '  (an earlier edit; a later one already held)'}`;
}
