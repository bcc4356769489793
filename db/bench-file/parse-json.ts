// Turns file text into a value, or a placed problem: an empty file and text that is not JSON are the
// two ways a bench file can fail before the schema sees it.
import type { Problem } from '../../shared/api/errors';
import { jsonErrorOffset } from './json-error-offset';

export type Parsed = { ok: true; value: unknown } | { ok: false; problem: Problem };

export function parseJsonText(text: string): Parsed {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, problem: { where: '/', message: 'the file is empty' } };
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    return { ok: false, problem: { where: placeOf(body), message: `not valid JSON: ${msg}` } };
  }
}

/** "line L, column C" of the first error, found by a scanner (V8's message does not always carry it). */
function placeOf(text: string): string {
  const n = Math.min(jsonErrorOffset(text), text.length);
  if (n < 0) return '/';
  const before = text.slice(0, n);
  const line = before.split('\n').length;
  const column = n - before.lastIndexOf('\n');
  return `line ${line}, column ${column}`;
}
