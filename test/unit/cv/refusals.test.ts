// Files the document reader must refuse, each with a message that says what the file is, and nothing
// written: a scan without text, a password, a damaged PDF, a picture named .pdf, an old .doc, a zip.
import { renderText } from '../../../shared/api/errors';
import PDFDocument from 'pdfkit';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../db/documents/read';
import { ApiError } from '../../../shared/api/errors';
import { toDocx, zip } from '../../fixtures/documents/render';

function pdf(draw: (d: PDFKit.PDFDocument) => void, options: PDFKit.PDFDocumentOptions = {}): Promise<Buffer> {
  const doc = new PDFDocument(options);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((r) => doc.on('end', () => r(Buffer.concat(chunks))));
  draw(doc);
  doc.end();
  return done;
}

async function refusal(bytes: Uint8Array, name: string): Promise<ApiError> {
  const e = await readDocument(bytes, name).then(() => undefined, (x: unknown) => x);
  expect(e).toBeInstanceOf(ApiError);
  return e as ApiError;
}

describe('document refusals', () => {
  it('a PDF of pictures (no text layer) says so and suggests OCR', async () => {
    const scan = await pdf((d) => { for (let i = 0; i < 40; i++) d.rect(50 + i * 5, 50 + i * 7, 200, 10).fill('#333'); });
    const e = await refusal(scan, 'scan.pdf');
    expect(e.message).toMatch(/no text layer/);
    expect(e.hint).toMatch(/OCR/);
  });

  it('a password-protected PDF says so', async () => {
    const locked = await pdf((d) => d.text('Ana Souza, Data Engineer'), { userPassword: 'secret', ownerPassword: 'owner' });
    expect((await refusal(locked, 'locked.pdf')).message).toMatch(/protected by a password/);
  });

  it('a damaged PDF says so', async () => {
    const good = await pdf((d) => d.text('Ana Souza'));
    expect((await refusal(good.subarray(0, 200), 'cut.pdf')).message).toMatch(/damaged/);
  });

  it('a photo named .pdf, an old .doc, a zip and an empty file say what they are, by their bytes', async () => {
    expect((await refusal(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]), 'cv.pdf')).message).toMatch(/PNG image/);
    expect((await refusal(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]), 'cv.docx')).hint).toMatch(/OCR/);
    expect((await refusal(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'cv.doc')).message).toMatch(/Word or Office 97-2003/);
    expect((await refusal(zip([['notes.txt', Buffer.from('hello')]]), 'cv.docx')).message).toMatch(/zip archive/);
    expect((await refusal(Buffer.alloc(0), 'cv.txt')).message).toMatch(/empty file/);
  });

  it('a DOCX named .pdf is read as what it is, with a warning', async () => {
    const doc = await readDocument(toDocx({ head: ['Ana Souza'], side: [], main: ['Python'] }), 'cv.pdf');
    expect(doc.kind).toBe('docx');
    expect(doc.text).toContain('Ana Souza');
    expect(renderText(doc.warnings[0]!, 'en')).toMatch(/name says PDF, but the file is a Word document/);
  });

  it('Windows-1252 text is read with a warning rather than refused', async () => {
    const doc = await readDocument(Buffer.from('Jos\xe9 P\xe9rez\nIngl\xe9s avanzado', 'latin1'), 'cv.txt');
    expect(doc.text).toContain('José Pérez');
    expect(renderText(doc.warnings[0]!, 'en')).toMatch(/Windows-1252/);
  });
});
