// What a file is, by its first bytes rather than its name: a CV called "cv.pdf" may be a photo of one,
// a Word 97 file or a zip, and the refusal has to say which.
import type { KeyedText } from '../../shared/api/errors';

export type DocumentKind = 'pdf' | 'docx' | 'text';

export interface Sniffed {
  /** A kind we can read, or undefined when the bytes are something else. */
  kind?: DocumentKind;
  /** What the bytes are, for messages ("a PNG image", "a zip archive": FILE_WORDS). */
  what: FileWhat;
}

export type FileWhat = keyof typeof FILE_WORDS;
/** What a file is, in words (errors catalog, section `fileKind`). */
export const FILE_WORDS = {
  empty: 'errors:fileKind.empty',
  pdf: 'errors:fileKind.pdf',
  docx: 'errors:fileKind.docx',
  xlsx: 'errors:fileKind.xlsx',
  pptx: 'errors:fileKind.pptx',
  odf: 'errors:fileKind.odf',
  zip: 'errors:fileKind.zip',
  doc: 'errors:fileKind.doc',
  png: 'errors:fileKind.png',
  jpeg: 'errors:fileKind.jpeg',
  gif: 'errors:fileKind.gif',
  tiff: 'errors:fileKind.tiff',
  webp: 'errors:fileKind.webp',
  rtf: 'errors:fileKind.rtf',
  gzip: 'errors:fileKind.gzip',
  archive: 'errors:fileKind.archive',
  program: 'errors:fileKind.program',
  utf16: 'errors:fileKind.utf16',
  binary: 'errors:fileKind.binary',
  html: 'errors:fileKind.html',
  text: 'errors:fileKind.text',
} as const satisfies Record<string, KeyedText['key']>;
export const IMAGES: ReadonlySet<FileWhat> = new Set(['png', 'jpeg', 'gif', 'tiff', 'webp']);

const startsWith = (b: Uint8Array, sig: number[], at = 0) => sig.every((x, i) => b[at + i] === x);
const ascii = (b: Uint8Array, from: number, to: number) => String.fromCharCode(...b.subarray(from, Math.min(to, b.length)));

export function sniff(bytes: Uint8Array): Sniffed {
  if (bytes.length === 0) return { what: 'empty' };
  // "%PDF-" may follow a few bytes of junk some mail gateways prepend; pdf.js tolerates 1 KB of it.
  if (ascii(bytes, 0, 1024).includes('%PDF-')) return { kind: 'pdf', what: 'pdf' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // A DOCX is a zip holding word/document.xml; the name sits in a local header near the start.
    const head = ascii(bytes, 0, Math.min(bytes.length, 64 * 1024));
    if (head.includes('word/')) return { kind: 'docx', what: 'docx' };
    if (head.includes('xl/')) return { what: 'xlsx' };
    if (head.includes('ppt/')) return { what: 'pptx' };
    if (head.includes('content.xml') || head.includes('mimetypeapplication/vnd.oasis')) return { what: 'odf' };
    return { what: 'zip' };
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return { what: 'doc' };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) return { what: 'png' };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { what: 'jpeg' };
  if (ascii(bytes, 0, 4) === 'GIF8') return { what: 'gif' };
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return { what: 'tiff' };
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return { what: 'webp' };
  if (ascii(bytes, 0, 5) === '{\\rtf') return { what: 'rtf' };
  if (startsWith(bytes, [0x1f, 0x8b])) return { what: 'gzip' };
  if (ascii(bytes, 0, 4) === 'Rar!' || startsWith(bytes, [0x37, 0x7a, 0xbc, 0xaf])) return { what: 'archive' };
  if (ascii(bytes, 0, 2) === 'MZ' || startsWith(bytes, [0x7f, 0x45, 0x4c, 0x46])) return { what: 'program' };
  const head = bytes.subarray(0, 4096);
  if (head[0] === 0xff && head[1] === 0xfe) return { kind: 'text', what: 'utf16' };
  if (head[0] === 0xfe && head[1] === 0xff) return { kind: 'text', what: 'utf16' };
  // Text has no NUL bytes and few control characters.
  let control = 0;
  for (const b of head) {
    if (b === 0) return { what: 'binary' };
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  if (control > head.length / 50) return { what: 'binary' };
  const text = ascii(bytes, 0, 512).trimStart().toLowerCase();
  if (text.startsWith('<!doctype html') || text.startsWith('<html')) return { kind: 'text', what: 'html' };
  return { kind: 'text', what: 'text' };
}

/** The kind a file's name promises, if any. */
export function kindByName(name: string): DocumentKind | undefined {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (ext === 'pdf') return 'pdf';
  if (ext === 'docx') return 'docx';
  if (ext === 'txt' || ext === 'md' || ext === 'text') return 'text';
  return undefined;
}
