// The firm's look on a packet PDF (Settings > Firm): a new document with the packet's metadata, the
// accent colour, the logo (PNG through pdfkit, SVG through svg-to-pdfkit) and the frame drawn on every
// page once they all exist: the firm's name and contact line at the top, its footer text and the page
// numbers at the bottom. Metadata carry the firm as author and no personal data in an anonymised packet
// (the title names the role and client, or the candidate's letter).
import type { ShortlistExport } from '../../shared/export/types';
import type { FirmLogo } from '../../shared/firm/profile';
import { translatorFor } from '../../shared/i18n/instance';
import { FONT_FILES } from './pdf-fonts';

type Doc = PDFKit.PDFDocument;

export const MARGIN = 50;
export const FOOTER = 30;
export const HEADER = 18;
const INK = '#1f2a44';
const MUTED = '#6b7385';
const RULE = '#d9dde5';
export const DEFAULT_ACCENT = '#2f6fde';

/** Text colour that reads on the accent: white on a dark one, ink on a light one (WCAG relative luminance). */
export function onAccent(accent: string): string {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(accent.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.35 ? INK : '#ffffff';
}

export const accentOf = (doc: ShortlistExport) => doc.firm.accent ?? DEFAULT_ACCENT;

/** A buffered A4 document with the packet's fonts and metadata; `done` resolves to the bytes after end(). */
export async function newPdf(doc: ShortlistExport, title: string): Promise<{ pdf: Doc; done: Promise<Buffer> }> {
  // Loaded on first use: pdfkit costs a noticeable part of a second to import, and most commands and
  // app sessions never render a PDF.
  const { default: PDFDocument } = await import('pdfkit');
  const t = translatorFor(doc.language, ['packet']);
  const pdf = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN + HEADER, bottom: MARGIN + FOOTER, left: MARGIN, right: MARGIN },
    bufferPages: true,
    autoFirstPage: true,
    info: {
      Title: title,
      // The firm wrote it; without a firm profile the author is left empty rather than the product's name.
      Author: doc.firm.name ?? '',
      Subject: doc.anonymized ? t('packet:pdf.subjectAnonymised') : t('packet:pdf.subject'),
      Creator: doc.firm.name ?? '',
      Producer: doc.firm.name ?? '',
      // A fixed date: the file's content is the shortlist, not the moment it was rendered.
      CreationDate: new Date(`${doc.date}T00:00:00Z`),
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (c: Buffer) => chunks.push(c));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  pdf.registerFont('body', FONT_FILES.regular);
  pdf.registerFont('bold', FONT_FILES.bold);
  pdf.font('body');
  return { pdf, done };
}

/** Draws the logo fitted in a w x h box; PNG or SVG (an SVG may only embed data: images, never a file or URL). */
export async function drawLogo(pdf: Doc, logo: FirmLogo, x: number, y: number, w: number, h: number): Promise<void> {
  const bytes = Buffer.from(logo.base64, 'base64');
  if (logo.type === 'image/png') {
    pdf.image(bytes, x, y, { fit: [w, h], align: 'right', valign: 'center' });
    return;
  }
  const { default: SVGtoPDF } = await import('svg-to-pdfkit');
  SVGtoPDF(pdf, bytes.toString('utf8'), x, y, {
    width: w, height: h, preserveAspectRatio: 'xMaxYMid meet',
    imageCallback: (link) => (/^data:image\/(png|jpeg);base64,/i.test(link.trim()) ? link.replace(/\s+/g, '') : ''),
    documentCallback: () => null,
    warningCallback: () => undefined,
  });
}

/**
 * The frame of every page, drawn once all pages exist (they are buffered): above, the firm's name and
 * contact line (not on pages that draw their own band: `bandPages`); below, a rule, the footer text (or
 * the client and role) and "Page n of m".
 */
export function drawFrame(pdf: Doc, doc: ShortlistExport, caption: string, bandPages: ReadonlySet<number>): void {
  const t = translatorFor(doc.language, ['packet']);
  const range = pdf.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    pdf.switchToPage(i);
    // Writing outside the margins would start a new page: lift them while drawing the frame.
    const saved = { ...pdf.page.margins };
    pdf.page.margins.bottom = 0;
    pdf.page.margins.top = 0;
    const x = MARGIN;
    const w = pdf.page.width - 2 * MARGIN;
    const firmLine = [doc.firm.name, doc.firm.contact].filter(Boolean).join('  ·  ');
    if (firmLine && !bandPages.has(i - range.start)) {
      pdf.fillColor(MUTED).font('bold').fontSize(8).text(firmLine, x, MARGIN - 22, { width: w, lineBreak: false, ellipsis: true, height: 10 });
      pdf.moveTo(x, MARGIN - 10).lineTo(x + w, MARGIN - 10).lineWidth(1.2).strokeColor(accentOf(doc)).stroke();
    }
    const y = pdf.page.height - MARGIN;
    pdf.moveTo(x, y - 8).lineTo(x + w, y - 8).lineWidth(0.5).strokeColor(RULE).stroke();
    pdf.fillColor(MUTED).font('body').fontSize(8);
    pdf.text(doc.firm.footer ?? caption, x, y, { width: w * 0.75, lineBreak: false, ellipsis: true, height: 10 });
    pdf.text(t('packet:pdf.page', { n: i + 1 - range.start, total: range.count }), x + w * 0.75, y, { width: w * 0.25, align: 'right', lineBreak: false });
    pdf.page.margins.bottom = saved.bottom;
    pdf.page.margins.top = saved.top;
  }
}
