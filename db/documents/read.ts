// One document (a CV or a job posting) as text, or a refusal that says what the file is and what to do.
// The kind comes from the bytes; the name only adds a warning when it promises something else. Nothing
// here writes anything, and no refusal quotes the document's content (candidate data stays out of logs).
import { ApiError, problem, type KeyedText } from '../../shared/api/errors';
import { readDocx } from './docx-text';
import { PdfUnreadable, readPdf } from './pdf-text';
import { DOCUMENT_MAX_BYTES, tooLarge } from './limit';
import { FILE_WORDS, IMAGES, kindByName, sniff, type DocumentKind } from './sniff';

export interface DocumentText {
  kind: DocumentKind;
  text: string;
  pages: number;
  warnings: KeyedText[];
}

export { DOCUMENT_MAX_BYTES } from './limit';
/** Fewer letters than this per page and the PDF is pictures of text. */
const MIN_LETTERS_PER_PAGE = 25;

/** A refusal said in the errors catalog (section `document`): what the file is, then what to do. */
const refuse = (name: string, why: KeyedText, hint: KeyedText['key']): never => {
  throw ApiError.keyed('invalid_input', { key: 'errors:document.refused', params: { name, why } }, { key: hint }, [problem(name, why)]);
};

export async function readDocument(bytes: Uint8Array, name: string): Promise<DocumentText> {
  if (bytes.length > DOCUMENT_MAX_BYTES) refuse(name, tooLarge(bytes.length), 'errors:document.tooBigHint');
  const found = sniff(bytes);
  if (!found.kind) {
    return refuse(name, { key: 'errors:document.notADocument', params: { what: { key: FILE_WORDS[found.what] } } },
      IMAGES.has(found.what) ? 'errors:document.imageHint' : found.what === 'doc' ? 'errors:document.oldWordHint' : 'errors:document.readableHint');
  }
  const warnings: KeyedText[] = [];
  const promised = kindByName(name);
  if (promised && promised !== found.kind) warnings.push({ key: 'errors:document.kindMismatch', params: { promised: promised.toUpperCase(), what: { key: FILE_WORDS[found.what] } } });
  if (found.kind === 'text') return { kind: 'text', text: decodeText(bytes, warnings), pages: 1, warnings };
  if (found.kind === 'docx') {
    let text: string;
    try {
      text = await readDocx(bytes);
    } catch {
      return refuse(name, { key: 'errors:document.docxDamaged' }, 'errors:document.docxDamagedHint');
    }
    if (!text.trim()) refuse(name, { key: 'errors:document.docxNoText' }, 'errors:document.docxNoTextHint');
    return { kind: 'docx', text, pages: 1, warnings };
  }
  let pages: string[];
  try {
    ({ pages } = await readPdf(bytes));
  } catch (e) {
    if (e instanceof PdfUnreadable && e.reason === 'password') {
      return refuse(name, { key: 'errors:document.pdfPassword' }, 'errors:document.pdfPasswordHint');
    }
    return refuse(name, { key: 'errors:document.pdfDamaged' }, 'errors:document.pdfDamagedHint');
  }
  const letters = pages.join('').replace(/[^\p{L}]/gu, '').length;
  if (pages.length === 0 || letters < MIN_LETTERS_PER_PAGE * pages.length) {
    refuse(name, { key: 'errors:document.pdfNoText', params: { count: pages.length } }, 'errors:document.pdfNoTextHint');
  }
  return { kind: 'pdf', text: pages.join('\n\n'), pages: pages.length, warnings };
}

/** UTF-8 (with or without BOM), UTF-16 with a BOM, or Windows-1252 for text a Spanish Windows saved. */
function decodeText(bytes: Uint8Array, warnings: KeyedText[]): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    warnings.push({ key: 'errors:document.notUtf8' });
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
