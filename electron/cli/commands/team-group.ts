// The `team` command group (team.md): several command modules add subcommands to it (`team server`,
// `team init`, `team user add`, `team log`, `team join`, `team status`), so they find-or-create it here
// rather than each registering its own `team`.
import { helpText } from '../help';
import type { Command } from 'commander';
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
  const message = err.hint ? `${err.message} ${err.hint}` : err.message;
  return new CliExit(err.kind === 'unreachable' ? EXIT.unreachable : EXIT.refused, message);
}
