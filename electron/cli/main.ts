// `benchmatch [--db PATH] <command>`: the command line (cli.md). Commands come from the registry in
// commands/index.ts; this file only wires commander, the exit statuses and the shared context.
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import { languageFromEnv } from '../../shared/i18n/detect';
import { currentLanguage, setLanguage, translatorFor } from '../../shared/i18n/instance';
import { isLanguage, LANGUAGES, type Language } from '../../shared/i18n/languages';
import * as registry from './commands';
import { createContext, type CliCommand } from './context';
import { CliExit, EXIT } from './exit';
import { helpText, localizeHelp } from './help';
import { consoleOutput } from './output';

export async function runCli(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const out = consoleOutput();
  // Messages for people follow LC_ALL / LC_MESSAGES / LANG, or --lang (applied before any command runs);
  // machine output (--json, CSV, exit statuses) is the same in every language.
  // --lang is read before the commands are registered, so their help is in that language too.
  setLanguage(langArgument(argv) ?? languageFromEnv(env));
  const program = localizeHelp(new Command('benchmatch'), { sortSubcommands: true })
    .description(helpText('cli:help.program'))
    .option('--db <path>', helpText('cli:help.db'))
    .option('--lang <language>', helpText('cli:help.lang', { languages: LANGUAGES.join(', ') }), languageOption)
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

/** The value of --lang (or --lang=x) when it names a language; a bad one is left to commander to refuse. */
function langArgument(argv: readonly string[]): Language | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = a === '--lang' ? argv[i + 1] : a.startsWith('--lang=') ? a.slice('--lang='.length) : undefined;
    if (value !== undefined) return isLanguage(value) ? value : undefined;
  }
  return undefined;
}

function languageOption(value: string): Language {
  const t = translatorFor(currentLanguage(), 'cli');
  if (!isLanguage(value)) throw new InvalidArgumentError(t('badLanguage', { value, choices: LANGUAGES.join(', ') }));
  return value;
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
  const t = translatorFor(currentLanguage(), 'cli');
  if (!debug) out.error(t('bug'));
  return EXIT.internal;
}

process.exitCode = await runCli(process.argv);
