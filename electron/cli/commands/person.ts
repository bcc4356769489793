// `benchmatch person export ID --out FILE`: everything the bench holds about one person, as JSON (a
// data-subject access request). Written whole or not at all, readable by its owner only.
import path from 'node:path';
import type { CliCommand } from '../context';

export const command: CliCommand = {
  register(program, ctx) {
    const person = program.command('person').description('one person\'s data');
    person
      .command('export')
      .description('write everything the bench holds about a person to a JSON file')
      .argument('<id>', 'the engineer\'s id')
      .requiredOption('--out <file>', 'where to write the JSON')
      .action(async (id: string, opts: { out: string }) => {
        const r = await ctx.call('exportPerson', { engineerId: id, out: path.resolve(opts.out) });
        ctx.out.line(`Wrote ${r.bytes} bytes about ${id} to ${r.path}`);
      });
  },
};
