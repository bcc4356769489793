// What a file is, by its first bytes rather than its name: a CV called "cv.pdf" may be a photo of one,
// a Word 97 file or a zip, and the refusal has to say which.
export type DocumentKind = 'pdf' | 'docx' | 'text';

export interface Sniffed {
  /** A kind we can read, or undefined when the bytes are something else. */
  kind?: DocumentKind;
  /** What the bytes are, in words, for messages ("a PNG image", "a zip archive"). */
  what: string;
}

const startsWith = (b: Uint8Array, sig: number[], at = 0) => sig.every((x, i) => b[at + i] === x);
const ascii = (b: Uint8Array, from: number, to: number) => String.fromCharCode(...b.subarray(from, Math.min(to, b.length)));

export function sniff(bytes: Uint8Array): Sniffed {
  if (bytes.length === 0) return { what: 'an empty file' };
  // "%PDF-" may follow a few bytes of junk some mail gateways prepend; pdf.js tolerates 1 KB of it.
  if (ascii(bytes, 0, 1024).includes('%PDF-')) return { kind: 'pdf', what: 'a PDF document' };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    // A DOCX is a zip holding word/document.xml; the name sits in a local header near the start.
    const head = ascii(bytes, 0, Math.min(bytes.length, 64 * 1024));
    if (head.includes('word/')) return { kind: 'docx', what: 'a Word document (DOCX)' };
    if (head.includes('xl/')) return { what: 'an Excel workbook (XLSX)' };
    if (head.includes('ppt/')) return { what: 'a PowerPoint presentation (PPTX)' };
    if (head.includes('content.xml') || head.includes('mimetypeapplication/vnd.oasis')) return { what: 'an OpenDocument file' };
    return { what: 'a zip archive' };
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return { what: 'an old Word or Office 97-2003 file (.doc)' };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47])) return { what: 'a PNG image' };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { what: 'a JPEG image' };
  if (ascii(bytes, 0, 4) === 'GIF8') return { what: 'a GIF image' };
  if (startsWith(bytes, [0x49, 0x49, 0x2a, 0x00]) || startsWith(bytes, [0x4d, 0x4d, 0x00, 0x2a])) return { what: 'a TIFF image' };
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return { what: 'a WebP image' };
  if (ascii(bytes, 0, 5) === '{\\rtf') return { what: 'an RTF document' };
  if (startsWith(bytes, [0x1f, 0x8b])) return { what: 'a gzip archive' };
  if (ascii(bytes, 0, 4) === 'Rar!' || startsWith(bytes, [0x37, 0x7a, 0xbc, 0xaf])) return { what: 'a compressed archive' };
  if (ascii(bytes, 0, 2) === 'MZ' || startsWith(bytes, [0x7f, 0x45, 0x4c, 0x46])) return { what: 'a program' };
  const head = bytes.subarray(0, 4096);
  if (head[0] === 0xff && head[1] === 0xfe) return { kind: 'text', what: 'UTF-16 text' };
  if (head[0] === 0xfe && head[1] === 0xff) return { kind: 'text', what: 'UTF-16 text' };
  // Text has no NUL bytes and few control characters.
  let control = 0;
  for (const b of head) {
    if (b === 0) return { what: 'a binary file of a kind BenchMatch does not read' };
    if (b < 0x09 || (b > 0x0d && b < 0x20)) control++;
  }
  if (control > head.length / 50) return { what: 'a binary file of a kind BenchMatch does not read' };
  const text = ascii(bytes, 0, 512).trimStart().toLowerCase();
  if (text.startsWith('<!doctype html') || text.startsWith('<html')) return { kind: 'text', what: 'a web page (HTML)' };
  return { kind: 'text', what: 'plain text' };
}

/** The kind a file's name promises, if any. */
export function kindByName(name: string): DocumentKind | undefined {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  if (ext === 'pdf') return 'pdf';
  if (ext === 'docx') return 'docx';
  if (ext === 'txt' || ext === 'md' || ext === 'text') return 'text';
  return undefined;
}
