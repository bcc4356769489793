// `benchmatch backup [--out FILE]`: a consistent copy through SQLite's online backup.
import { helpText } from '../help';
import path from 'node:path';
import type { CliCommand } from '../context';
import { formatBytes } from '../output';

export const command: CliCommand = {
  register(program, ctx) {
    program
      .command('backup')
      .description(helpText('cli:help.commands.backup'))
      .option('--out <file>', 'where to write the copy (default: beside the database, dated)')
      .action(async (opts: { out?: string }) => {
        const r = await ctx.call('backup', opts.out ? { out: path.resolve(opts.out) } : {}, { progress: true });
        ctx.out.line(`Backed up to ${r.path} (${formatBytes(r.bytes)})`);
      });
  },
};
