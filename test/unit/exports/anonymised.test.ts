// Anonymised exports hold no surname, e-mail, phone, cost rate, link or internal note anywhere in the
// file: checked on the PDF's extracted text, every XML part of the XLSX (not only visible cells) and
// the raw CSV bytes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fold } from '../../../shared/text/fold';
import { fixtureBench, SECRET } from './fixture';
import { benchWith, pdfText, unescapeXml, xlsxXml, type TestBench } from './helpers';

let t: TestBench;
beforeAll(async () => {
  t = await benchWith(fixtureBench());
});
afterAll(() => t?.cleanup());

const FIRST_NAMES = ['Valentina', 'João', 'Lucía'];

function expectNothingPrivate(content: string): void {
  // Folded, so "RIOS" or "Rios" (accents dropped by a font or a tool) would be caught too.
  const hay = fold(content);
  for (const s of [...SECRET.surnames, ...FIRST_NAMES]) expect(hay, s).not.toContain(fold(s));
  for (const e of SECRET.emails) expect(content).not.toContain(e);
  expect(content).not.toMatch(/@example\.org/);
  for (const c of SECRET.costRates) expect(content, String(c)).not.toContain(String(c));
  for (const l of SECRET.links) expect(content).not.toContain(l);
  expect(content).not.toContain('github.com');
  expect(content).not.toContain('5555-1234');
  expect(content).not.toContain('INTERNAL-');
  expect(content).not.toContain(SECRET.tag);
  expect(content).not.toContain('over_engineering');
  expect(content).not.toContain('Marta Ruiz'); // the assessor is internal too
  expect(content).not.toContain('eng-1'); // bench ids stay in the firm
}

describe('anonymised shortlist exports', () => {
  it('PDF: candidates by letter, nothing private in the extracted text', async () => {
    const out = join(t.dir, 'anon.pdf');
    await t.bench.call('exportShortlist', { shortlistId: 'sl-1', format: 'pdf', out, anonymize: true, asOf: '2026-11-25' });
    const text = pdfText(out);
    expectNothingPrivate(text);
    expect(text).toContain('ANONYMISED CANDIDATE SHORTLIST');
    for (const l of ['A', 'B', 'C', 'D']) expect(text).toContain(`Candidate ${l}`);
    // The pitch note that named its own candidate and another one now points to their letters.
    expect(text.replace(/\s+/g, ' ')).toContain('Candidate A shipped a fraud model end to end');
    expect(text.replace(/\s+/g, ' ')).toContain('Pairs well with Candidate B');
    // Also the raw bytes: document info (title, subject) holds no name either.
    expectNothingPrivate(readFileSync(out).toString('latin1'));
  });

  it('XLSX: no private value in any XML part', async () => {
    const out = join(t.dir, 'anon.xlsx');
    await t.bench.call('exportShortlist', { shortlistId: 'sl-1', format: 'xlsx', out, anonymize: true, asOf: '2026-11-25' });
    const xml = unescapeXml(await xlsxXml(readFileSync(out)));
    expectNothingPrivate(xml);
    expect(xml).toContain('Candidate C');
  });

  it('CSV: no private value in the bytes', async () => {
    const out = join(t.dir, 'anon.csv');
    await t.bench.call('exportShortlist', { shortlistId: 'sl-1', format: 'csv', out, anonymize: true, asOf: '2026-11-25' });
    const text = readFileSync(out, 'utf8');
    expectNothingPrivate(text);
    expect(text).toContain('Candidate D');
  });

  it('the bench view refuses private columns when anonymised', async () => {
    await expect(t.bench.call('exportBenchViewData', { engineerIds: ['eng-1'], columns: ['country', 'costRate', 'email'], format: 'csv', anonymize: true }))
      .rejects.toMatchObject({ code: 'invalid_input', problems: [{ where: '/columns/1' }, { where: '/columns/2' }] });
  });
});
