// `benchmatch [--db PATH] <command>`: the command line (cli.md). Commands come from the registry in
// commands/index.ts; this file only wires commander, the exit statuses and the shared context.
import { Command, CommanderError } from 'commander';
import * as registry from './commands';
import { createContext, type CliCommand } from './context';
import { CliExit, EXIT } from './exit';
import { consoleOutput } from './output';

export async function runCli(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const out = consoleOutput();
  const program = new Command('benchmatch')
    .description('BenchMatch: rank a staff-augmentation bench against client roles, offline.')
    .option('--db <path>', "the database file (default: the desktop app's own; BENCHMATCH_DB also sets it)")
    .configureHelp({ sortSubcommands: true })
    .showSuggestionAfterError()
    // Commander exits on its own by default (status 1); overriding lets usage errors exit 2 as cli.md says.
    // Set before commands are registered: subcommands inherit it when they are created.
    .exitOverride();
  const ctx = createContext(program, out, env);
  for (const command of Object.values(registry) as CliCommand[]) command.register(program, ctx);

  try {
    await program.parseAsync(argv as string[], { from: 'node' });
    return EXIT.ok;
  } catch (err) {
    return report(err, out);
  } finally {
    await ctx.close();
  }
}

function report(err: unknown, out: ReturnType<typeof consoleOutput>): number {
  if (err instanceof CommanderError) {
    // Commander already printed its message (or the help); --help and --version end with exitCode 0.
    return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
  }
  if (err instanceof CliExit) {
    out.error(`benchmatch: ${err.message}`);
    out.problems(err.problems);
    return err.code;
  }
  // An unexpected failure: say what broke in one line; the stack only on request, for a bug report.
  const debug = process.env.BENCHMATCH_DEBUG === '1' && err instanceof Error && err.stack;
  out.error(`benchmatch: ${debug || (err instanceof Error ? err.message : String(err))}`);
  if (!debug) out.error('This is a bug in BenchMatch. Run again with BENCHMATCH_DEBUG=1 to see where it happened, and report it.');
  return EXIT.internal;
}

process.exitCode = await runCli(process.argv);
