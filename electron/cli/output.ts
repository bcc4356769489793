// Everything the command line writes. Results go to stdout (so they pipe), diagnostics and the progress
// bar to stderr. Nothing here logs bench content on its own: commands print what the user asked for.
// Every write passes through printable.ts, so no bench text can drive the terminal.
import { sayProblem, type Problem } from '../../shared/api/errors';
import { currentLanguage } from '../../shared/i18n/instance';
import { printable, printableJson } from './printable';

export interface Output {
  /** One line of result text on stdout. */
  line(text?: string): void;
  /** One JSON document on stdout. */
  json(value: unknown): void;
  /** A diagnostic on stderr (warnings, refusals). */
  error(text: string): void;
  /** Problems on stderr, one "where: message" a line, in the CLI's language. */
  problems(list: readonly Problem[]): void;
}

export function consoleOutput(stdout: NodeJS.WritableStream = process.stdout, stderr: NodeJS.WritableStream = process.stderr): Output {
  return {
    line: (text = '') => void stdout.write(printable(text) + '\n'),
    json: (value) => void stdout.write(printableJson(JSON.stringify(value, null, 2)) + '\n'),
    error: (text) => void stderr.write(printable(text) + '\n'),
    problems: (list) => {
      for (const p of list) {
        const s = sayProblem(p, currentLanguage());
        stderr.write(printable(`${s.where}: ${s.message}`) + '\n');
      }
    },
  };
}

/** Left-aligned key/value lines ("engineers   500"), the plain-text form of small result objects. */
export function formatPairs(pairs: ReadonlyArray<readonly [string, string | number]>): string {
  const width = Math.max(0, ...pairs.map(([k]) => k.length));
  return pairs.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n');
}

/** Bytes for people: 1536 -> "1.5 KB". */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let v = bytes;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return i === 0 ? `${v} B` : `${v.toFixed(1)} ${units[i]}`;
}
