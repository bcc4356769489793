// Turns file text into a value, or a placed problem: an empty file and text that is not JSON are the
// two ways a bench file can fail before the schema sees it.
import { problem, type KeyedText, type Problem } from '../../shared/api/errors';
import { jsonErrorOffset } from './json-error-offset';
import { DEFAULT_READ_LIMITS, lineColumn } from './read-limits';

export type Parsed = { ok: true; value: unknown } | { ok: false; problem: Problem };

export function parseJsonText(text: string, maxDepth = DEFAULT_READ_LIMITS.maxDepth): Parsed {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, problem: problem('/', { key: 'errors:import.json.empty' }) };
  // Checked before parsing: what walks the parsed value (and the error scanner) recurses per level.
  const deep = tooDeepAt(body, maxDepth);
  if (deep >= 0) return { ok: false, problem: at(placeOfOffset(body, deep), { key: 'errors:import.json.tooDeep', params: { max: maxDepth } }) };
  try {
    return { ok: true, value: JSON.parse(body) };
  } catch (e) {
    // The detail is the JSON parser's own English (where it has one); the rest is said in the reader's language.
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, problem: at(placeOf(body), { key: 'errors:import.json.notJson', params: { detail } }) };
  }
}

const at = (place: KeyedText | '/', text: KeyedText): Problem => problem(place, text);

/** Offset of the bracket that opens level maxDepth + 1 (outside strings), or -1. */
function tooDeepAt(text: string, maxDepth: number): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > maxDepth) return i;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return -1;
}

/** "line L, column C" of the first error, found by a scanner (V8's message does not always carry it). */
function placeOf(text: string): KeyedText | '/' {
  return placeOfOffset(text, jsonErrorOffset(text));
}

function placeOfOffset(text: string, offset: number): KeyedText | '/' {
  const n = Math.min(offset, text.length);
  if (n < 0) return '/';
  const before = text.slice(0, n);
  const line = before.split('\n').length;
  const column = n - before.lastIndexOf('\n');
  return lineColumn(line, column);
}
