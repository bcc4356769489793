// One document (a CV or a job posting) as text, or a refusal that says what the file is and what to do.
// The kind comes from the bytes; the name only adds a warning when it promises something else. Nothing
// here writes anything, and no refusal quotes the document's content (candidate data stays out of logs).
import { ApiError } from '../../shared/api/errors';
import { readDocx } from './docx-text';
import { PdfUnreadable, readPdf } from './pdf-text';
import { DOCUMENT_MAX_BYTES, tooLargeMessage } from './limit';
import { kindByName, sniff, type DocumentKind } from './sniff';

export interface DocumentText {
  kind: DocumentKind;
  text: string;
  pages: number;
  warnings: string[];
}

export { DOCUMENT_MAX_BYTES } from './limit';
/** Fewer letters than this per page and the PDF is pictures of text. */
const MIN_LETTERS_PER_PAGE = 25;

const refuse = (name: string, message: string, hint: string): never => {
  throw new ApiError('invalid_input', `${name}: ${message}.`, [{ where: name, message }], hint);
};

const READABLE = 'BenchMatch reads PDF, DOCX and plain-text files.';

export async function readDocument(bytes: Uint8Array, name: string): Promise<DocumentText> {
  if (bytes.length > DOCUMENT_MAX_BYTES) refuse(name, tooLargeMessage(bytes.length), 'Save a smaller copy (without embedded images) and try again.');
  const found = sniff(bytes);
  if (!found.kind) {
    const image = /image/.test(found.what);
    return refuse(name, `this is ${found.what}, not a document BenchMatch can read`,
      image ? 'It looks like a scan or photo: run it through OCR elsewhere (for example, your scanner\'s software or a PDF editor) and import the PDF with text.'
        : found.what.includes('.doc') ? 'Open it in Word or LibreOffice and save it as DOCX or PDF.' : READABLE);
  }
  const warnings: string[] = [];
  const promised = kindByName(name);
  if (promised && promised !== found.kind) warnings.push(`The name says ${promised.toUpperCase()}, but the file is ${found.what}; it was read as such.`);
  if (found.kind === 'text') return { kind: 'text', text: decodeText(bytes, warnings), pages: 1, warnings };
  if (found.kind === 'docx') {
    let text: string;
    try {
      text = await readDocx(bytes);
    } catch {
      return refuse(name, 'this Word document (DOCX) is damaged and cannot be read', 'Open it in Word or LibreOffice, save it again (or as PDF), and try again.');
    }
    if (!text.trim()) refuse(name, 'this Word document (DOCX) has no text', 'If it holds a picture of a CV, run it through OCR elsewhere first.');
    return { kind: 'docx', text, pages: 1, warnings };
  }
  let pages: string[];
  try {
    ({ pages } = await readPdf(bytes));
  } catch (e) {
    if (e instanceof PdfUnreadable && e.reason === 'password') {
      return refuse(name, 'this PDF is protected by a password', 'Open it with the password and save (or print to PDF) an unprotected copy, then try again.');
    }
    return refuse(name, 'this PDF is damaged and cannot be read', 'Ask for the file again, or open it and save (print to PDF) a new copy.');
  }
  const letters = pages.join('').replace(/[^\p{L}]/gu, '').length;
  if (pages.length === 0 || letters < MIN_LETTERS_PER_PAGE * pages.length) {
    refuse(name, `this PDF has no text layer (${pages.length} page${pages.length === 1 ? '' : 's'} of images, probably a scan)`,
      'Run it through OCR elsewhere (a scanner app or PDF editor with text recognition), then import the PDF it makes.');
  }
  return { kind: 'pdf', text: pages.join('\n\n'), pages: pages.length, warnings };
}

/** UTF-8 (with or without BOM), UTF-16 with a BOM, or Windows-1252 for text a Spanish Windows saved. */
function decodeText(bytes: Uint8Array, warnings: string[]): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    warnings.push('The text is not UTF-8; it was read as Windows-1252 (Latin-1). Check accented letters.');
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
