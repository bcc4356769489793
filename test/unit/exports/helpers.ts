// Shared by the export tests: a real SQLite bench in a temp folder with the fixture imported through
// the service, and readers that look inside files the way a client's tools (or a snoop) would.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { openBench, type Bench } from '../../../db/service/bench-service';
import type { BenchFile } from '../../../shared/bench/schema';

export interface TestBench {
  bench: Bench;
  dir: string;
  cleanup(): Promise<void>;
}

export async function benchWith(file: BenchFile): Promise<TestBench> {
  const dir = mkdtempSync(join(tmpdir(), 'bm-exports-'));
  const bench = await openBench({ path: join(dir, 'bench.sqlite') });
  const input = join(dir, 'input.bench.json');
  writeFileSync(input, JSON.stringify(file));
  await bench.importFile(input);
  return {
    bench,
    dir,
    async cleanup() {
      await bench.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The PDF's text as pdftotext extracts it (reading order, no layout). */
export function pdfText(path: string): string {
  return execFileSync('/usr/bin/pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' });
}

/** Every XML part of an XLSX (sheets, shared strings, workbook and document properties) joined. */
export async function xlsxXml(bytes: Buffer): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = await Promise.all(Object.values(zip.files).filter((f) => !f.dir).map((f) => f.async('string')));
  return parts.join('\n');
}

/** XML text escapes undone, so a search for a name with an apostrophe or ampersand still hits. */
export function unescapeXml(xml: string): string {
  return xml.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}
