// The `team` command group: several command modules add subcommands to it, so they find-or-create it
// here rather than each registering its own `team`.
import type { Command } from 'commander';

export function teamCommand(program: Command): Command {
  return program.commands.find((c) => c.name() === 'team') ?? program.command('team').description('the team bench: a shared PostgreSQL (see team.md)');
}
