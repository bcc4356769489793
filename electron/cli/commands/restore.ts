// `benchmatch restore BACKUP`: puts a backup back in place of the bench (db/restore.ts). It never opens
// the bench through the service: the bench may be the damaged file this command is there to replace.
import { helpText } from '../help';
import path from 'node:path';
import { restoreBench } from '../../../db/restore';
import { toCliExit, type CliCommand } from '../context';

export const command: CliCommand = {
  register(program, ctx) {
    program
      .command('restore')
      .description(helpText('cli:help.commands.restore'))
      .argument('<backup>', 'the backup file (a `backup` copy, or bench.sqlite.bak-* made before an upgrade)')
      .action(async (file: string) => {
        const r = await restoreBench(ctx.target().path, path.resolve(file)).catch((err: unknown) => {
          throw toCliExit(err);
        });
        ctx.out.line(`Restored ${r.path} from ${r.from}`);
        if (r.keptAside) ctx.out.line(`The previous file is kept as ${r.keptAside}`);
      });
  },
};
