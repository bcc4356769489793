// The `team` command group (team.md): several command modules add subcommands to it (`team server`,
// `team init`, `team user add`, `team log`, `team join`, `team status`), so they find-or-create it here
// rather than each registering its own `team`.
import { helpText } from '../help';
import type { Command } from 'commander';
import { renderText } from '../../../shared/api/errors';
import { currentLanguage } from '../../../shared/i18n/instance';
import { TeamError } from '../../../shared/team/team-error';
import { CliExit, EXIT } from '../exit';

export function teamCommand(program: Command): Command {
  return program.commands.find((c) => c.name() === 'team') ?? program.command('team').description(helpText('cli:help.commands.team'));
}

/** `team user`, the people subgroup. */
export function teamUserCommand(program: Command): Command {
  const team = teamCommand(program);
  return team.commands.find((c) => c.name() === 'user') ?? team.command('user').description(helpText('cli:help.commands.teamUser'));
}

/** A TeamError as the command line's exit: 3 when the server cannot be reached, else 1 (refused). */
export function teamExit(err: unknown): unknown {
  if (!(err instanceof TeamError)) return err;
  // In the reader's language when the error carries its words as keys (every TeamError the laptop raises).
  const lang = currentLanguage();
  const said = err.text ? { message: renderText(err.text.message, lang), hint: err.text.hint ? renderText(err.text.hint, lang) : undefined } : { message: err.message, hint: err.hint };
  const message = said.hint ? `${said.message} ${said.hint}` : said.message;
  return new CliExit(err.kind === 'unreachable' ? EXIT.unreachable : EXIT.refused, message);
}
