// Exit statuses of the command line (cli.md): scripts and CI branch on them, so they are named once.
import type { Problem } from '../../shared/api/errors';

export const EXIT = {
  ok: 0,
  /** The input was refused: reasons on stderr, nothing written. */
  refused: 1,
  /** The command line itself was wrong (unknown command, bad option). */
  usage: 2,
  /**
   * The bench cannot do what was asked: it is read-only, damaged, made by a newer BenchMatch, held by
   * another writer past the wait, or the disk is full. The message says what to do; nothing was written.
   */
  unavailable: 3,
  /** Something BenchMatch did not expect (a bug): the message says what; BENCHMATCH_DEBUG=1 adds the stack. */
  internal: 4,
  /** The team server could not be reached (team.md): a case of `unavailable`, named as sync's contract names it; nothing was lost. */
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
