// `benchmatch erase ID [--json]`: erases a person's personal data everywhere in the bench (a request
// under LGPD / GDPR), keeping an anonymous remainder. It cannot be undone: export first if the person
// asked for their data too (`person export`). On a team bench (admins only) the person is deleted on the
// server, its history included, and on every laptop as it syncs; the password comes from
// BENCHMATCH_TEAM_URL, as for `sync`.
import { helpText } from '../help';
import type { CliCommand } from '../context';
import { refused } from '../exit';
import { TEAM_URL_ENV } from './team-url-env';
import { currentLanguage, translatorFor } from '../../../shared/i18n/instance';

export const command: CliCommand = {
  register(program, ctx) {
    program
      .command('erase')
      .description(helpText('cli:help.commands.erase'))
      .argument('<id>', helpText('cli:help.arguments.engineerId'))
      .option('--json', helpText('cli:help.options.json'))
      .action(async (id: string, opts: { json?: boolean }) => {
        const t = translatorFor(currentLanguage(), 'cli');
        const status = await ctx.call('teamStatus', {});
        if (status.joined) {
          const url = ctx.env[TEAM_URL_ENV]?.trim();
          if (!url) throw refused(t('erase.needPassword', { env: TEAM_URL_ENV }));
          await ctx.call('syncNow', { url });
        }
        const r = await ctx.call('erasePerson', { engineerId: id });
        if (opts.json) return ctx.out.json(r);
        if (status.joined) {
          ctx.out.line(t('erase.teamDone', { id: r.engineerId, mentions: r.mentionsScrubbed }));
          return ctx.out.line(t('erase.teamOthers'));
        }
        const fields = r.fieldsCleared.join(', ') || t('erase.nothingElse');
        ctx.out.line(t('erase.done', { id: r.engineerId, fields, notes: r.notesCleared, drafts: r.draftsDeleted, files: r.documentsDeleted, mentions: r.mentionsScrubbed }));
        ctx.out.line(t('erase.remainder'));
      });
  },
};
