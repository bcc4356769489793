// A bench file read item by item. At 100k engineers the file is ~160 MB: reading it into memory whole,
// decoding it into one string (two bytes a character once any name has an accent) and parsing that in
// one go costs seconds -- most of it faulting in and then collecting fresh memory -- and then 100k
// engineers stay alive until the import ends. Here the file is read in chunks into one reused buffer;
// a byte scanner finds where each top-level value and each item of a top-level record array begins and
// ends, and each item is decoded, parsed and handed on by itself, then let go.
//
// Items parse exactly as JSON.parse of the whole text would give them (own "__proto__" keys included).
// Anything the scanner does not expect -- a broken structure, an item that is not JSON or not UTF-8, a
// record array named twice (JSON.parse keeps only the last) -- throws NeedsWholeText: the caller then
// starts over with the whole text parsed the ordinary way, which also places a syntax error for the user.
// A value past the limits (read-limits.ts: too long, nested too deep) is refused here, with its place.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { basename } from 'node:path';
import { ApiError, problem, type KeyedText } from '../../shared/api/errors';
import { DEFAULT_READ_LIMITS, placeInBytes, placeInFile, sizeText, type ReadLimits } from './read-limits';

/** Each item of a record array, in the order the source holds them. */
export type ItemVisitor = (key: string, item: unknown, index: number) => void;

export interface JsonSource {
  /**
   * Visits every item of the record arrays and returns the rest: the top-level object without those
   * arrays, or the top-level value itself when it is not an object (then nothing is visited).
   */
  read(visit: ItemVisitor): unknown;
  /** How far `read` has got, 0..1, for progress. */
  fraction(): number;
}

/** The file the scanner cannot read item by item: read it whole instead (see the top). */
export class NeedsWholeText extends Error {}

/** A value past a limit: where it is (a pointer, and the byte it starts or breaks the limit at) and why. */
class OverLimit extends Error {
  constructor(public readonly pointer: string, public readonly offset: number, public readonly why: KeyedText) {
    super(why.key);
  }
}

/** An OverLimit as the refusal the user sees: the pointer, then line and column. */
function refusal(e: unknown, name: string | KeyedText, place: (offset: number) => KeyedText): unknown {
  if (!(e instanceof OverLimit)) return e;
  return ApiError.keyed('invalid_input', { key: 'errors:import.refused', params: { count: 1, file: name } }, undefined, [
    problem(e.pointer, { key: 'errors:import.json.at', params: { place: place(e.offset), why: e.why } }),
  ]);
}

type ScanLimits = Pick<ReadLimits, 'maxValueBytes' | 'maxDepth'>;

// As JSON.parse does: an own data property, even for "__proto__".
const define = (o: object, key: string, value: unknown) =>
  Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });

/** A value already in memory (a whole-text parse, a CSV's rows), seen through the same interface. */
export function sourceOfValue(value: unknown, split: readonly string[]): JsonSource {
  let done = 0;
  return {
    read(visit) {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
      const head: Record<string, unknown> = {};
      for (const k of Object.keys(value)) {
        const v = (value as Record<string, unknown>)[k];
        if (split.includes(k) && Array.isArray(v)) v.forEach((item, i) => visit(k, item, i));
        else define(head, k, v);
      }
      done = 1;
      return head;
    },
    fraction: () => done,
  };
}

const enum B {
  Tab = 0x09, Lf = 0x0a, Cr = 0x0d, Space = 0x20, Quote = 0x22, Comma = 0x2c, Colon = 0x3a,
  Backslash = 0x5c, OpenBracket = 0x5b, CloseBracket = 0x5d, OpenBrace = 0x7b, CloseBrace = 0x7d,
}

const isSpace = (b: number | undefined) => b === B.Space || b === B.Lf || b === B.Cr || b === B.Tab;

/**
 * Index just past the value starting at `i`, scanning no further than `limit`; -1 if it does not end
 * before `limit`; -2 - j when the bracket at j opens a level deeper than `maxDepth`. Not validated:
 * JSON.parse does that. A number may end exactly at `limit` and still go on in the next chunk: the
 * caller asks again with more bytes unless the file has ended.
 */
function valueEnd(buf: Uint8Array, i: number, limit: number, maxDepth: number): number {
  const first = buf[i];
  if (first === B.Quote || first === B.OpenBrace || first === B.OpenBracket) {
    // One pass with the string state inline: most strings in a record are short keys and values.
    let depth = 0;
    let inString = false;
    for (let j = i; j < limit; j++) {
      const b = buf[j]!;
      if (inString) {
        if (b === B.Backslash) j++;
        else if (b === B.Quote) {
          inString = false;
          if (depth === 0) return j + 1; // the value was this string
        }
      } else if (b === B.Quote) inString = true;
      else if (b === B.OpenBrace || b === B.OpenBracket) {
        if (++depth > maxDepth) return -2 - j;
      } else if (b === B.CloseBrace || b === B.CloseBracket) {
        if (--depth === 0) return j + 1;
      }
    }
    return -1;
  }
  // A number, true, false or null: up to the next delimiter.
  let j = i;
  while (j < limit && buf[j] !== B.Comma && buf[j] !== B.CloseBrace && buf[j] !== B.CloseBracket && !isSpace(buf[j])) j++;
  return j > i ? j : -1;
}

const CHUNK = 8 * 1024 * 1024;

/** Bytes from a file descriptor or a buffer, read into `into` at `at`; 0 at the end. */
type Reader = (into: Buffer, at: number, length: number) => number;

/** A bench file on disk, read item by item (see the top). */
export function sourceOfFile(path: string, split: readonly string[], limits: ScanLimits = DEFAULT_READ_LIMITS): JsonSource {
  let size = 1;
  let scanner: Scanner | undefined;
  return {
    read(visit) {
      const fd = openSync(path, 'r');
      try {
        size = Math.max(1, fstatSync(fd).size);
        scanner = new Scanner((into, at, length) => readSync(fd, into, at, length, null), split, limits);
        return scanner.run(visit);
      } catch (e) {
        throw refusal(e, basename(path), (offset) => placeInFile(path, offset));
      } finally {
        closeSync(fd);
      }
    },
    fraction: () => (scanner ? scanner.consumed / size : 0),
  };
}

/** The same, over bytes in memory (tests; small inputs). */
export function sourceOfBytes(bytes: Uint8Array, split: readonly string[], chunk = CHUNK, limits: ScanLimits = DEFAULT_READ_LIMITS): JsonSource {
  let scanner: Scanner | undefined;
  return {
    read(visit) {
      let at = 0;
      scanner = new Scanner((into, to, length) => {
        const n = Math.min(length, bytes.length - at);
        into.set(bytes.subarray(at, at + n), to);
        at += n;
        return n;
      }, split, limits, chunk);
      try {
        return scanner.run(visit);
      } catch (e) {
        throw refusal(e, { key: 'errors:import.json.theInput' }, (offset) => placeInBytes(bytes, offset));
      }
    },
    fraction: () => (scanner ? scanner.consumed / Math.max(1, bytes.length) : 0),
  };
}

class Scanner {
  private buf: Buffer;
  private i = 0; // the next byte to look at
  private end = 0; // bytes in buf
  private eof = false;
  /** Bytes of the file before buf[0]. */
  private base = 0;
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });
  /** The JSON pointer of the value being read, for a refusal, and the arrays and objects around it. */
  private pointer = '/';
  private above = 1;

  constructor(private readonly read: Reader, private readonly split: readonly string[], private readonly limits: ScanLimits, chunk = CHUNK) {
    this.buf = Buffer.allocUnsafe(chunk);
  }

  get consumed(): number {
    return this.base + this.i;
  }

  /** Makes bytes after `i` available: keeps buf[i..end), reads more behind them. False at the end of the file. */
  private more(): boolean {
    if (this.eof) return false;
    const keep = this.end - this.i;
    if (this.i > 0) {
      this.buf.copy(this.buf, 0, this.i, this.end);
      this.base += this.i;
      this.i = 0;
      this.end = keep;
    }
    if (this.end === this.buf.length) {
      // One value longer than the buffer: grow it.
      const grown = Buffer.allocUnsafe(this.buf.length * 2);
      this.buf.copy(grown, 0, 0, this.end);
      this.buf = grown;
    }
    const n = this.read(this.buf, this.end, this.buf.length - this.end);
    if (n === 0) this.eof = true;
    this.end += n;
    return n > 0;
  }

  private peek(): number {
    while (this.i >= this.end) if (!this.more()) return -1;
    return this.buf[this.i]!;
  }

  private skip() {
    while (isSpace(this.peek())) this.i++;
  }

  private expect(b: number) {
    if (this.peek() !== b) throw new NeedsWholeText();
    this.i++;
  }

  /** Parses the value starting at i and moves past it. */
  private value(): unknown {
    if (this.peek() < 0) throw new NeedsWholeText();
    for (;;) {
      // Depth counts from the top of the file, as when it is read whole: the value sits `above` levels down.
      const e = valueEnd(this.buf, this.i, this.end, this.limits.maxDepth - this.above);
      if (e <= -2) throw new OverLimit(this.pointer, this.base - 2 - e, { key: 'errors:import.json.tooDeep', params: { max: this.limits.maxDepth } });
      if (e >= 0 && (e < this.end || this.eof)) {
        if (e - this.i > this.limits.maxValueBytes) throw this.tooLong();
        let v: unknown;
        try {
          v = JSON.parse(this.decoder.decode(this.buf.subarray(this.i, e)));
        } catch {
          throw new NeedsWholeText();
        }
        this.i = e;
        return v;
      }
      // Checked before reading more: the buffer would double to hold it, up to what V8 cannot decode.
      if (this.end - this.i > this.limits.maxValueBytes) throw this.tooLong();
      if (!this.more()) {
        if (e < 0) throw new NeedsWholeText();
      }
    }
  }

  private tooLong(): OverLimit {
    return new OverLimit(this.pointer, this.base + this.i, { key: 'errors:import.json.tooLong', params: { limit: sizeText(this.limits.maxValueBytes) } });
  }

  run(visit: ItemVisitor): unknown {
    if (this.peek() === 0xef) {
      // A byte-order mark.
      this.expect(0xef);
      this.expect(0xbb);
      this.expect(0xbf);
    }
    this.skip();
    this.expect(B.OpenBrace);
    const head: Record<string, unknown> = {};
    const seen = new Set<string>();
    this.skip();
    if (this.peek() === B.CloseBrace) this.i++;
    else {
      for (;;) {
        this.skip();
        if (this.peek() !== B.Quote) throw new NeedsWholeText();
        this.pointer = '/';
        this.above = 1;
        const key = this.value() as string;
        this.pointer = pointerTo(key);
        this.skip();
        this.expect(B.Colon);
        this.skip();
        // A record array already handed on cannot be taken back, as JSON.parse would for a repeated key.
        if (seen.has(key)) throw new NeedsWholeText();
        if (this.split.includes(key) && this.peek() === B.OpenBracket) {
          seen.add(key);
          delete head[key];
          this.items(key, visit);
        } else {
          define(head, key, this.value());
        }
        this.skip();
        if (this.peek() === B.Comma) this.i++;
        else {
          this.expect(B.CloseBrace);
          break;
        }
      }
    }
    this.skip();
    if (this.peek() !== -1) throw new NeedsWholeText();
    return head;
  }

  private items(key: string, visit: ItemVisitor) {
    this.i++; // [
    this.skip();
    if (this.peek() === B.CloseBracket) {
      this.i++;
      return;
    }
    for (let n = 0; ; n++) {
      this.skip();
      this.pointer = `${pointerTo(key)}/${n}`;
      this.above = 2;
      visit(key, this.value(), n);
      this.skip();
      if (this.peek() === B.Comma) this.i++;
      else {
        this.expect(B.CloseBracket);
        return;
      }
    }
  }
}

const pointerTo = (key: string) => '/' + key.replace(/~/g, '~0').replace(/\//g, '~1');
