// `benchmatch erase ID [--json]`: erases a person's personal data everywhere in the bench (a request
// under LGPD / GDPR), keeping an anonymous remainder. It cannot be undone: export first if the person
// asked for their data too (`person export`). On a team bench (admins only) the person is deleted on the
// server, its history included, and on every laptop as it syncs; the password comes from
// BENCHMATCH_TEAM_URL, as for `sync`.
import { helpText } from '../help';
import type { CliCommand } from '../context';
import { refused } from '../exit';
import { TEAM_URL_ENV } from './team-url-env';

export const command: CliCommand = {
  register(program, ctx) {
    program
      .command('erase')
      .description(helpText('cli:help.commands.erase'))
      .argument('<id>', helpText('cli:help.arguments.engineerId'))
      .option('--json', helpText('cli:help.options.json'))
      .action(async (id: string, opts: { json?: boolean }) => {
        const status = await ctx.call('teamStatus', {});
        if (status.joined) {
          const url = ctx.env[TEAM_URL_ENV]?.trim();
          if (!url) throw refused(`erasing on a team bench needs your password: set ${TEAM_URL_ENV} to the team URL you were given, then run benchmatch erase again.`);
          await ctx.call('syncNow', { url });
        }
        const r = await ctx.call('erasePerson', { engineerId: id });
        if (opts.json) return ctx.out.json(r);
        if (status.joined) {
          ctx.out.line(`Erased ${r.engineerId} from the team bench (record, assessments, shortlist entries and their history) and from this laptop; ${r.mentionsScrubbed} mention${r.mentionsScrubbed === 1 ? '' : 's'} elsewhere scrubbed.`);
          return ctx.out.line('Other laptops delete them at their next sync.');
        }
        ctx.out.line(`Erased ${r.engineerId}: removed ${r.fieldsCleared.join(', ') || 'nothing else'}; ${r.notesCleared} note${r.notesCleared === 1 ? '' : 's'}, ${r.draftsDeleted} draft${r.draftsDeleted === 1 ? '' : 's'} and ${r.documentsDeleted} kept file${r.documentsDeleted === 1 ? '' : 's'} of theirs removed; ${r.mentionsScrubbed} mention${r.mentionsScrubbed === 1 ? '' : 's'} elsewhere scrubbed.`);
        ctx.out.line('The record stays as an anonymous remainder (country, seniority, skills, assessment scores) so counts still add up.');
      });
  },
};
