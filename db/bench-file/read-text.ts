// A text file (a CSV, or a bench file read whole) as a string, or a refusal that says where and why.
// Node's 'utf8' decoding turns bad bytes into U+FFFD without a word, so a name stored wrong would be
// imported silently; here the bytes must be UTF-8, and UTF-16 (what some editors save as "Unicode") is
// named as such, with what to do.
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { ApiError, problem, type Problem } from '../../shared/api/errors';
import { DEFAULT_READ_LIMITS, placeInBytes, sizeText, type ReadLimits } from './read-limits';

const refuse = (path: string, p: Problem): never => {
  throw ApiError.keyed('invalid_input', { key: 'errors:import.refused', params: { count: 1, file: basename(path) } }, undefined, [p]);
};

export function readUtf8(path: string, limits: Pick<ReadLimits, 'maxWholeBytes'> = DEFAULT_READ_LIMITS): string {
  let bytes: Buffer;
  try {
    const size = statSync(path).size;
    if (size > limits.maxWholeBytes) {
      refuse(path, problem('/', { key: 'errors:import.json.tooBig', params: { size: sizeText(size), limit: sizeText(limits.maxWholeBytes) } }));
    }
    bytes = readFileSync(path);
  } catch (e) {
    if (e instanceof ApiError) throw e;
    throw ApiError.keyed('not_found', { key: 'errors:import.json.cannotRead', params: { path, code: (e as NodeJS.ErrnoException).code ?? (e as Error).message } });
  }
  const utf16 = utf16Kind(bytes);
  if (utf16) refuse(path, problem('/', { key: 'errors:import.json.utf16', params: { kind: utf16 } }));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Only now walk the bytes in JavaScript, to say where.
    const bad = firstInvalidUtf8(bytes);
    return refuse(path, problem(placeInBytes(bytes, bad), { key: 'errors:import.json.notUtf8', params: { byte: bytes[bad]!.toString(16).padStart(2, '0') } }));
  }
}

/** "UTF-16LE"/"UTF-16BE" when the bytes look like UTF-16: a byte-order mark, or ASCII with zero bytes between. */
export function utf16Kind(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'UTF-16LE';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'UTF-16BE';
  if (bytes.length >= 2 && bytes[0] !== 0 && bytes[1] === 0) return 'UTF-16LE';
  if (bytes.length >= 2 && bytes[0] === 0 && bytes[1] !== 0) return 'UTF-16BE';
  return undefined;
}

/** Offset of the first byte that breaks UTF-8 (overlongs, surrogates and values past U+10FFFF included), or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}
