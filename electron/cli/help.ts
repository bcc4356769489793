// The command line's help in the user's language: commands describe themselves with helpText (called
// when they are registered, after main.ts has chosen the language from --lang or LC_ALL / LANG), and
// commander's own words (Usage:, Options:, the help option) and every option's and argument's description
// come from the cli catalog too (help.options.*, help.arguments.*).
import type { Command, HelpConfiguration } from 'commander';
import { currentLanguage, i18n } from '../../shared/i18n/instance';

/** A key of the cli catalog's help section (test/unit/i18n checks that each one written exists). */
type HelpKey = `cli:help.${string}`;

/** A help text of the cli catalog ('cli:help.commands.import') in the current language. */
export function helpText(key: HelpKey, values?: Record<string, string>): string {
  return i18n.t(key as never, { ...values, lng: currentLanguage() }) as string;
}

/** Commander's section titles, which it passes through styleTitle ('Usage:', 'Options:'...). */
const TITLES: Record<string, HelpKey> = {
  'Usage:': 'cli:help.titles.usage',
  'Options:': 'cli:help.titles.options',
  'Commands:': 'cli:help.titles.commands',
  'Arguments:': 'cli:help.titles.arguments',
  'Global Options:': 'cli:help.titles.globalOptions',
};

/** Help configuration and the help option / command in the current language, for the program (subcommands inherit them). */
export function localizeHelp(program: Command, base: HelpConfiguration = {}): Command {
  return program
    .configureHelp({ ...base, styleTitle: (title: string) => (TITLES[title] ? helpText(TITLES[title]!) : title) })
    .helpOption('-h, --help', helpText('cli:help.helpOption'))
    .helpCommand('help [command]', helpText('cli:help.helpCommand'));
}
