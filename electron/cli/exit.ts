// Exit statuses of the command line (cli.md): scripts and CI branch on them, so they are named once.
import type { Problem } from '../../shared/api/errors';

export const EXIT = {
  ok: 0,
  /** The input was refused: reasons on stderr, nothing written. */
  refused: 1,
  /** The command line itself was wrong (unknown command, bad option). */
  usage: 2,
  /** The team server could not be reached (team.md): nothing was lost, try again later. */
  unreachable: 3,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** Thrown by a command to stop with a status; main.ts prints the message and problems, then exits. */
export class CliExit extends Error {
  constructor(
    public readonly code: ExitCode,
    message: string,
    public readonly problems: Problem[] = [],
  ) {
    super(message);
    this.name = 'CliExit';
  }
}

/** A usage error found by a command after parsing (a flag value commander cannot check, like --engineers -3). */
export function usageError(message: string): CliExit {
  return new CliExit(EXIT.usage, message);
}

/** Input refused: every problem by place ("where: message"). */
export function refused(message: string, problems: Problem[] = []): CliExit {
  return new CliExit(EXIT.refused, message, problems);
}
