// `benchmatch stats [--json]`: counts, file size and schema version.
import { helpText } from '../help';
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
        ctx.out.line(formatPairs([
          ['database', s.path],
          ['schema version', s.schemaVersion],
          ['file size', formatBytes(s.fileBytes)],
          ['engineers', `${s.engineers} (${s.vetted} vetted, ${s.archived} archived)`],
          ['assessments', s.assessments],
          ['skills', s.skills],
          ['clients', s.clients],
          ['roles', `${s.roles} (${s.openRoles} open)`],
          ['shortlists', s.shortlists],
        ]));
      });
  },
};
