// DOCX text through mammoth: its HTML output keeps paragraphs, list items and table cells apart, which the
// plain-text output runs together; the HTML is turned back into lines here.

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

export async function readDocx(bytes: Uint8Array): Promise<string> {
  // Loaded on first use: the command line is one bundle, and a static import would load mammoth at the
  // start of every command (a cold `benchmatch search` paid for it, issue 20).
  const { default: mammoth } = await import('mammoth');
  const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  return value
    .replace(/<\/(p|h[1-6]|li|tr)>/g, '\n')
    .replace(/<br\s*\/?>/g, '\n')
    .replace(/<li>/g, '• ')
    .replace(/<\/t[dh]>/g, '\t')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#?\w+);/g, (m, e: string) => ENTITIES[e] ?? (e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : m))
    .split('\n').map((l) => l.replace(/[ \t]+/g, ' ').trim()).join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
