// What a bench file may hold before BenchMatch refuses it, and where a refusal points. Without limits a
// 1.6 GB field failed deep inside V8 (ERR_STRING_TOO_LONG) and 100,000 nested arrays overflowed the
// stack, both with no place. The limits sit far above any real bench and far below what breaks.
import { closeSync, openSync, readSync } from 'node:fs';
import type { KeyedText } from '../../shared/api/errors';

export interface ReadLimits {
  /** Bytes of one top-level value or one record of a record array (one engineer, with its notes). */
  maxValueBytes: number;
  /** Arrays and objects inside one another; a bench file needs about six. */
  maxDepth: number;
  /** Bytes of a file read whole: a CSV, or a bench file the reader cannot split into records. */
  maxWholeBytes: number;
}

export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxValueBytes: 64 * 1024 * 1024,
  maxDepth: 64,
  // V8's longest string is about 512 M characters; the upload limit (256 MB) is this too.
  maxWholeBytes: 256 * 1024 * 1024,
};

/** 1536 -> "1.5 KB"; for limits in messages. */
export function sizeText(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB'];
  let v = bytes;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return i === 0 ? `${v} bytes` : `${Number.isInteger(v) ? v : v.toFixed(1)} ${units[i]}`;
}

/** "line L, column C" as keyed words (the reader's language), the one way a place in a file is said. */
export const lineColumn = (line: number, column: number): KeyedText => ({ key: 'errors:place.lineColumn', params: { line, column } });

/** "line L, column C" of byte `offset` in `bytes` (columns count characters, as editors do). */
export function placeInBytes(bytes: Uint8Array, offset: number): KeyedText {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < bytes.length; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  return lineColumn(line, charsIn(bytes.subarray(lineStart, offset)) + 1);
}

/** The same for a file on disk, read a chunk at a time (only ever on the way to a refusal). */
export function placeInFile(path: string, offset: number): KeyedText {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.allocUnsafe(1024 * 1024);
    let line = 1;
    let at = 0;
    let lineBytes: number[] = [];
    while (at < offset) {
      const n = readSync(fd, buf, 0, Math.min(buf.length, offset - at), at);
      if (n === 0) break;
      let from = 0;
      for (let i = 0; i < n; i++) {
        if (buf[i] === 0x0a) {
          line++;
          lineBytes = [];
          from = i + 1;
        }
      }
      // Only the current line's bytes are kept, for its column.
      lineBytes.push(...buf.subarray(from, n).subarray(-4096));
      at += n;
    }
    return lineColumn(line, charsIn(Uint8Array.from(lineBytes)) + 1);
  } finally {
    closeSync(fd);
  }
}

/** Characters in UTF-8 bytes: every byte that does not continue a character starts one. */
function charsIn(bytes: Uint8Array): number {
  let n = 0;
  for (const b of bytes) if ((b & 0xc0) !== 0x80) n++;
  return n;
}
