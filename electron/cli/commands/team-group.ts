// `benchmatch team ...`: several command modules add subcommands to one `team` group (join, status,
// leave here; server, init, user add, log beside them). Whichever registers first creates the group.
import type { Command } from 'commander';

export function teamGroup(program: Command): Command {
  return program.commands.find((c) => c.name() === 'team') ?? program.command('team').description('the team bench: many laptops, one bench (see `team --help`)');
}

/** The environment variable that carries the team URL (with the password) for `sync` and `team join`. */
export const TEAM_URL_ENV = 'BENCHMATCH_TEAM_URL';
