// `benchmatch erase ID [--json]`: erases a person's personal data everywhere in the bench (a request
// under LGPD / GDPR), keeping an anonymous remainder. It cannot be undone: export first if the person
// asked for their data too (`person export`).
import type { CliCommand } from '../context';

export const command: CliCommand = {
  register(program, ctx) {
    program
      .command('erase')
      .description('erase a person\'s personal data everywhere in the bench (cannot be undone)')
      .argument('<id>', 'the engineer\'s id')
      .option('--json', 'print one JSON object')
      .action(async (id: string, opts: { json?: boolean }) => {
        const r = await ctx.call('erasePerson', { engineerId: id });
        if (opts.json) return ctx.out.json(r);
        ctx.out.line(`Erased ${r.engineerId}: removed ${r.fieldsCleared.join(', ') || 'nothing else'}; ${r.notesCleared} note${r.notesCleared === 1 ? '' : 's'}, ${r.draftsDeleted} draft${r.draftsDeleted === 1 ? '' : 's'} and ${r.documentsDeleted} kept file${r.documentsDeleted === 1 ? '' : 's'} of theirs removed; ${r.mentionsScrubbed} mention${r.mentionsScrubbed === 1 ? '' : 's'} elsewhere scrubbed.`);
        ctx.out.line('The record stays as an anonymous remainder (country, seniority, skills, assessment scores) so counts still add up.');
      });
  },
};
