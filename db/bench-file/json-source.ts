// A bench file read item by item. At 100k engineers the file is ~160 MB: decoding it into one string
// (two bytes a character once any name has an accent) and parsing that in one go costs seconds, most of
// it allocating fresh memory and collecting it, and then 100k engineers stay alive until the import
// ends. Here a byte scanner finds where each top-level value and each item of a top-level array begins
// and ends; each item is decoded and parsed on its own when the import reaches it, and dropped after.
//
// Items parse exactly as JSON.parse of the whole text would give them (own "__proto__" keys included,
// the last of repeated keys wins). Anything the scanner does not expect gives null, and the caller
// parses the whole text the ordinary way, which also places a syntax error (line, column) for the user.

/** A top-level array, item by item. Each `at` call parses afresh: read every item once. */
export interface Items {
  readonly length: number;
  at(i: number): unknown;
}

export interface JsonSource {
  /** The top-level value; when it is an object, its arrays named in `split` are left out (read them with `items`). */
  head: unknown;
  items(key: string): Items | undefined;
}

/** A value already in memory (a whole-text parse, a CSV's rows), seen through the same interface. */
export function sourceOfValue(value: unknown, split: readonly string[]): JsonSource {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { head: value, items: () => undefined };
  const head: Record<string, unknown> = {};
  const lists = new Map<string, unknown[]>();
  for (const k of Object.keys(value)) {
    const v = (value as Record<string, unknown>)[k];
    if (split.includes(k) && Array.isArray(v)) lists.set(k, v);
    else define(head, k, v);
  }
  return { head, items: (k) => lists.get(k) };
}

// As JSON.parse does: an own data property, even for "__proto__".
const define = (o: object, key: string, value: unknown) =>
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });

const enum B {
  Tab = 0x09, Lf = 0x0a, Cr = 0x0d, Space = 0x20, Quote = 0x22, Comma = 0x2c, Colon = 0x3a,
  Backslash = 0x5c, OpenBracket = 0x5b, CloseBracket = 0x5d, OpenBrace = 0x7b, CloseBrace = 0x7d,
}

const isSpace = (b: number | undefined) => b === B.Space || b === B.Lf || b === B.Cr || b === B.Tab;

/** Index just past the string whose opening quote is at `i`, or -1. */
function stringEnd(buf: Uint8Array, i: number): number {
  let at = i + 1;
  for (;;) {
    const q = buf.indexOf(B.Quote, at);
    if (q < 0) return -1;
    // Escaped when preceded by an odd run of backslashes.
    let k = q - 1;
    while (buf[k] === B.Backslash) k--;
    if ((q - 1 - k) % 2 === 0) return q + 1;
    at = q + 1;
  }
}

/** Index just past the value starting at `i` (not validated: JSON.parse does that), or -1. */
function valueEnd(buf: Uint8Array, i: number): number {
  const first = buf[i];
  if (first === B.Quote) return stringEnd(buf, i);
  if (first === B.OpenBrace || first === B.OpenBracket) {
    // One pass over the bytes with the string state inline: most strings in a record are short keys
    // and values, where a call per string (indexOf) would cost more than reading their bytes.
    let depth = 0;
    let inString = false;
    for (let j = i; j < buf.length; j++) {
      const b = buf[j]!;
      if (inString) {
        if (b === B.Backslash) j++;
        else if (b === B.Quote) inString = false;
      } else if (b === B.Quote) inString = true;
      else if (b === B.OpenBrace || b === B.OpenBracket) depth++;
      else if (b === B.CloseBrace || b === B.CloseBracket) {
        if (--depth === 0) return j + 1;
      }
    }
    return -1;
  }
  // A number, true, false or null: up to the next delimiter.
  let j = i;
  while (j < buf.length && buf[j] !== B.Comma && buf[j] !== B.CloseBrace && buf[j] !== B.CloseBracket && !isSpace(buf[j])) j++;
  return j > i ? j : -1;
}

class Unexpected extends Error {}

/** An item of a byte source that is not valid JSON or UTF-8: read the file the whole-text way instead. */
export class UnreadableItem extends Error {}

/** The file's bytes as a source whose `split` arrays are read item by item, or null (see the top). */
export function sourceOfBytes(buf: Uint8Array, split: readonly string[]): JsonSource | null {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const parse = (from: number, to: number): unknown => JSON.parse(decoder.decode(buf.subarray(from, to)));
  let i = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
  const skip = () => {
    while (isSpace(buf[i])) i++;
  };
  const expect = (b: number) => {
    if (buf[i] !== b) throw new Unexpected();
    i++;
  };
  const end = (from: number) => {
    const e = valueEnd(buf, from);
    if (e < 0) throw new Unexpected();
    return e;
  };
  /** [start, end) of each item of the array whose "[" is at i. */
  const itemRanges = (): Uint32Array => {
    i++;
    let ranges = new Uint32Array(1024);
    let n = 0;
    skip();
    if (buf[i] === B.CloseBracket) i++;
    else {
      for (;;) {
        skip();
        const itemEnd = end(i);
        if (2 * n + 2 > ranges.length) {
          const grown = new Uint32Array(ranges.length * 2);
          grown.set(ranges);
          ranges = grown;
        }
        ranges[2 * n] = i;
        ranges[2 * n + 1] = itemEnd;
        n++;
        i = itemEnd;
        skip();
        if (buf[i] === B.Comma) i++;
        else {
          expect(B.CloseBracket);
          break;
        }
      }
    }
    return ranges.subarray(0, 2 * n);
  };
  try {
    if (buf.length > 0xffffffff) return null; // offsets are kept as 32-bit
    skip();
    expect(B.OpenBrace);
    const head: Record<string, unknown> = {};
    const lists = new Map<string, Items>();
    skip();
    if (buf[i] === B.CloseBrace) i++;
    else {
      for (;;) {
        skip();
        if (buf[i] !== B.Quote) throw new Unexpected();
        const keyEnd = end(i);
        const key = parse(i, keyEnd) as string;
        i = keyEnd;
        skip();
        expect(B.Colon);
        skip();
        if (buf[i] === B.OpenBracket && split.includes(key)) {
          const ranges = itemRanges();
          // A repeated key: the last one wins, as in JSON.parse.
          delete head[key];
          lists.set(key, {
            length: ranges.length / 2,
            at: (k) => {
              try {
                return parse(ranges[2 * k]!, ranges[2 * k + 1]!);
              } catch {
                throw new UnreadableItem();
              }
            },
          });
        } else {
          const valueEndAt = end(i);
          lists.delete(key);
          define(head, key, parse(i, valueEndAt));
          i = valueEndAt;
        }
        skip();
        if (buf[i] === B.Comma) i++;
        else {
          expect(B.CloseBrace);
          break;
        }
      }
    }
    skip();
    if (i !== buf.length) return null;
    // The scan found where each item ends, not that it is valid JSON: checking that here would parse
    // everything twice. The first read of an item is its check; `at` throws UnreadableItem on failure.
    return { head, items: (k) => lists.get(k) };
  } catch {
    // Unexpected structure, invalid UTF-8 or a piece JSON.parse refuses: the whole-text path reports it.
    return null;
  }
}
