// PDF text with positions through pdf.js (legacy build: the one meant for Node), put in reading order by
// layout.ts. pdf.js runs its parser in-process here ("fake worker"): a CV is small, and a worker thread
// per file would cost more than it saves.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { pageText, type Run } from './layout';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | undefined;

function load(): Promise<PdfJs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs').then((m) => {
    // Where the parser lives when there is no worker; resolved from this package, wherever it is installed.
    m.GlobalWorkerOptions.workerSrc = pathToFileURL(createRequire(import.meta.url).resolve('pdfjs-dist/legacy/build/pdf.worker.mjs')).href;
    return m;
  });
  return pdfjs;
}

export type PdfFailure = 'password' | 'broken';
export class PdfUnreadable extends Error {
  constructor(public readonly reason: PdfFailure, detail: string) {
    super(detail);
  }
}

export interface PdfText {
  pages: string[];
}

export async function readPdf(bytes: Uint8Array, maxPages = 30): Promise<PdfText> {
  const { getDocument } = await load();
  // pdf.js wants a plain Uint8Array (not a Buffer) and detaches what it is given: hand it a copy.
  const task = getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0, stopAtErrors: false });
  let doc;
  try {
    doc = await task.promise;
  } catch (e) {
    const name = (e as { name?: string }).name;
    if (name === 'PasswordException') throw new PdfUnreadable('password', 'the PDF is protected by a password');
    throw new PdfUnreadable('broken', (e as Error).message);
  }
  try {
    const pages: string[] = [];
    for (let n = 1; n <= Math.min(doc.numPages, maxPages); n++) {
      const page = await doc.getPage(n);
      const view = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const runs: Run[] = [];
      for (const item of content.items) {
        if (!('str' in item) || !item.str) continue;
        const [a, b, , d, e, f] = item.transform as number[];
        const height = Math.hypot(b ?? 0, d ?? 0) || item.height;
        // Rotated text (a vertical sidebar label) is kept, placed where it starts.
        const [x, y] = view.convertToViewportPoint(e ?? 0, f ?? 0) as [number, number];
        runs.push({ text: item.str, x, y: y - height, width: item.width * (a && a < 0 ? -1 : 1), height });
      }
      pages.push(pageText(runs, view.width));
      page.cleanup();
    }
    return { pages };
  } finally {
    await doc.destroy();
  }
}
