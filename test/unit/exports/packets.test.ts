// Client packets (issue 17) through the real service on a real SQLite bench: anonymised means
// allow-listed (hostile free text in every field, searched for in the PDF's text, every XML part of the
// XLSX and the CSV bytes), who goes out, the pitch-note approval, the firm's look, the one-page profile,
// typed XLSX text and share-ready names and metadata.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fold } from '../../../shared/text/fold';
import { hostileBench, HOSTILE } from './hostile-fixture';
import { benchWith, pdfText, unescapeXml, xlsxXml, type TestBench } from './helpers';

let t: TestBench;
beforeAll(async () => {
  t = await benchWith(hostileBench());
});
afterAll(() => t?.cleanup());

const asOf = '2026-11-25';
/** A 1x1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
const SVG = '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="120" height="40" viewBox="0 0 120 40"><rect width="120" height="40" rx="6" fill="#0b7a75"/><circle cx="20" cy="20" r="10" fill="#fff"/></svg>';

function expectNothingHostile(content: string, where: string): void {
  const hay = fold(content);
  for (const n of HOSTILE.names) expect(hay, `${where}: ${n}`).not.toContain(fold(n));
  for (const e of HOSTILE.emails) expect(hay, `${where}: ${e}`).not.toContain(fold(e));
  for (const p of HOSTILE.phones) expect(content, `${where}: ${p}`).not.toContain(p);
  for (const h of HOSTILE.handles) expect(content, `${where}: ${h}`).not.toContain(h);
  expect(hay, `${where}: city`).not.toContain(fold(HOSTILE.city));
  expect(content, `${where}: custom skill`).not.toContain('Pipelines');
  expect(content, `${where}: cost rate`).not.toContain(HOSTILE.costRate);
  expect(content, `${where}: internal notes`).not.toContain('INTERNAL');
  expect(content, `${where}: tags`).not.toContain('poachable');
  expect(content, `${where}: red flags`).not.toMatch(/role_mismatch|Role mismatch/);
  expect(content, `${where}: ids`).not.toMatch(/\bh-[1-6]\b/);
  expect(content, `${where}: pipeline status`).not.toMatch(/\b(proposed|sent|declined)\b/i);
}

async function exported(format: 'pdf' | 'xlsx' | 'csv', input: Record<string, unknown> = {}): Promise<string> {
  const out = join(t.dir, `packet-${Math.random().toString(36).slice(2)}.${format}`);
  await t.bench.call('exportShortlist', { shortlistId: 'hs-1', format, out, anonymize: true, asOf, ...input });
  return out;
}

describe('an anonymised packet is allow-listed', () => {
  it('PDF: no name, contact, handle, custom skill, city, internal field or status; approved notes scrubbed', async () => {
    const out = await exported('pdf');
    const text = pdfText(out);
    expectNothingHostile(text, 'pdf text');
    expectNothingHostile(readFileSync(out).toString('latin1'), 'pdf bytes');
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('Candidate A rebuilt the ranking stack with [name removed]');
    expect(flat).toContain('Mail [e-mail removed] or [e-mail removed] or [e-mail removed]; call [phone removed]');
    expect(flat).toContain('Candidate B knows [skill removed]');
    expect(flat).toContain('Platform Engineer (replacing [name removed])');
    // Declined and withdrawn candidates are left out by default.
    expect(flat).toContain('Candidates (2)');
    expect(flat).not.toContain('Candidate C');
    // Metadata: the firm is not set yet, so no author; no personal data in the title.
    const info = execFileSync('/usr/bin/pdfinfo', [out], { encoding: 'utf8' });
    expect(info).toMatch(/Title:\s+Shortlist: Platform Engineer \(replacing \[name removed\]\) for Globex/);
    expectNothingHostile(info, 'pdf info');
  });

  it('XLSX: none of it in any XML part, and the free-text columns of a named packet are not there', async () => {
    const xml = unescapeXml(await xlsxXml(readFileSync(await exported('xlsx'))));
    expectNothingHostile(xml, 'xlsx');
    expect(xml).toContain('Candidate B');
    // No free-text column of a named packet (role, years) and no status column.
    expect(xml).not.toContain('<v>Years</v>');
    expect(xml).not.toContain('<v>Status</v>');
  });

  it('CSV: none of it in the bytes', async () => {
    const csv = readFileSync(await exported('csv'), 'utf8');
    expectNothingHostile(csv, 'csv');
    expect(csv.split('\r\n')[0]).not.toContain('Status');
    expect(csv).toContain('Candidate A');
  });

  it('a named packet also leaves out the status, cost rate, tags, assessor, red flags and internal notes', async () => {
    for (const format of ['pdf', 'xlsx', 'csv'] as const) {
      const out = await exported(format, { anonymize: false });
      const content = format === 'pdf' ? pdfText(out) : format === 'xlsx' ? unescapeXml(await xlsxXml(readFileSync(out))) : readFileSync(out, 'utf8');
      expect(content, format).toContain('Valentina Ríos');
      for (const s of [HOSTILE.costRate, 'INTERNAL', 'poachable', 'Zyxwarehouse', 'role_mismatch', 'Role mismatch']) expect(content, `${format}: ${s}`).not.toContain(s);
      expect(content, format).not.toMatch(/\b(proposed|declined)\b/i);
      // Contact details and other people's names are scrubbed from the approved note even here.
      expect(content, format).not.toContain('Bernardette');
      expect(content, format).not.toContain('555-0132');
    }
  });
});

describe('who goes out', () => {
  it('the dialog preview lists everyone, ticks all but the declined and withdrawn, and shows notes as the client reads them', async () => {
    const p = await t.bench.call('previewPacket', { shortlistId: 'hs-1', anonymize: true, asOf });
    expect(p.candidates.map((c) => [c.engineerId, c.included, c.includedByDefault, c.shownAs, c.note])).toEqual([
      ['h-1', true, true, 'Candidate A', 'approved'],
      ['h-2', true, true, 'Candidate B', 'approved'],
      ['h-3', false, false, null, 'approved'],
      ['h-4', false, false, null, 'unapproved'],
    ]);
    expect(p.candidates[3]!.withdrawn).toBe(true);
    // The unapproved note is previewed scrubbed, as it would read once approved and included.
    expect(p.candidates[3]!.preview).toBe('Candidate C left.');
    expect(p.fileBase).toBe('globex-platform-engineer-replacing-name-removed-2026-11-25');
  });

  it('sales can include a declined candidate and leave out another; an unknown id is refused with where', async () => {
    const text = pdfText(await exported('pdf', { include: ['h-3', 'h-1'] })).replace(/\s+/g, ' ');
    expect(text).toContain('Candidates (2)');
    expect(text).toContain('Candidate B'); // h-3 is the second in shortlist order
    expect(text).toContain('Declinedperson'.length > 0 ? 'Candidate B' : '');
    expect(fold(text)).not.toContain('declinedperson'); // its approved note names itself: scrubbed
    await expect(t.bench.call('exportShortlistData', { shortlistId: 'hs-1', format: 'csv', include: ['h-1', 'nobody'] }))
      .rejects.toMatchObject({ code: 'invalid_input', problems: [{ where: '/include/1' }] });
  });
});

describe('the pitch note approval', () => {
  it('a note goes out only while approved: approving, editing (which withdraws it) and withdrawing', async () => {
    const csv = async () => Buffer.from((await t.bench.call('exportShortlistData', { shortlistId: 'hs-1', format: 'csv', anonymize: true, asOf, include: ['h-4'] })).base64, 'base64').toString('utf8');
    expect(await csv()).not.toContain('left.');
    let v = await t.bench.call('approvePitchNote', { shortlistId: 'hs-1', engineerId: 'h-4', approved: true });
    expect(v.entries.find((e) => e.engineerId === 'h-4')!.noteApproved).toBe(true);
    expect(await csv()).toContain('Candidate A left.');
    v = await t.bench.call('updateShortlistEntry', { shortlistId: 'hs-1', engineerId: 'h-4', note: 'Zyxwarehouse left for good.' });
    expect(v.entries.find((e) => e.engineerId === 'h-4')!.noteApproved).toBe(false);
    expect(await csv()).not.toContain('left');
    await t.bench.call('approvePitchNote', { shortlistId: 'hs-1', engineerId: 'h-4', approved: true });
    expect(await csv()).toContain('Candidate A left for good.');
    await t.bench.call('approvePitchNote', { shortlistId: 'hs-1', engineerId: 'h-4', approved: false });
    expect(await csv()).not.toContain('left');
    // The approval is part of the bench file (a synced field of the shortlist entry).
    const file = join(t.dir, 'roundtrip.bench.json');
    await t.bench.call('approvePitchNote', { shortlistId: 'hs-1', engineerId: 'h-1', approved: true });
    await t.bench.call('exportFile', { path: file });
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { shortlists: { entries: { engineerId: string; approvedNote?: string }[] }[] };
    expect(saved.shortlists[0]!.entries.find((e) => e.engineerId === 'h-1')!.approvedNote).toMatch(/^Valentina Ríos rebuilt/);
    // A removal undone puts the approval back with the note.
    const { removed } = await t.bench.call('removeFromShortlist', { shortlistId: 'hs-1', engineerId: 'h-1' });
    const back = await t.bench.call('restoreShortlistEntry', removed);
    expect(back.entries.find((e) => e.engineerId === 'h-1')!.noteApproved).toBe(true);
  });
});

describe('the firm look, the one-page profile, typed XLSX text and share-ready files', () => {
  it('refuses a logo that is not a PNG or SVG, too large or scripted, saying why, and keeps the profile', async () => {
    await t.bench.call('setFirm', { profile: { name: 'Southbridge Talent' } });
    const bad = [
      [Buffer.from('GIF89a not a logo'), 'not a PNG or SVG'],
      [Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'), 'script'],
      [Buffer.concat([PNG, Buffer.alloc(520 * 1024)]), 'larger than 512 KB'],
    ] as const;
    for (const [bytes, why] of bad) {
      await expect(t.bench.call('setFirm', { profile: { name: 'Changed', logo: { type: 'image/png', base64: bytes.toString('base64') } } }))
        .rejects.toMatchObject({ code: 'invalid_input', message: expect.stringContaining(why) });
    }
    // Far too large is refused by the input's own limit, saying where.
    await expect(t.bench.call('setFirm', { profile: { logo: { type: 'image/png', base64: Buffer.alloc(900 * 1024).toString('base64') } } }))
      .rejects.toMatchObject({ code: 'invalid_input', problems: [{ where: '/profile/logo/base64', message: expect.stringContaining('too long') }] });
    expect((await t.bench.call('getFirm', {})).profile).toEqual({ name: 'Southbridge Talent' });
    // The type is taken from the content: an SVG declared as PNG is stored as SVG.
    const saved = await t.bench.call('setFirm', { profile: { name: 'Southbridge Talent', logo: { type: 'image/png', base64: Buffer.from(SVG).toString('base64') } } });
    expect(saved.profile.logo!.type).toBe('image/svg+xml');
    await expect(t.bench.call('setFirm', { profile: { name: 'Southbridge Talent', accent: 'teal' } })).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('brands the PDF (cover, header, footer, metadata) and the XLSX title rows with the firm', async () => {
    await t.bench.call('setFirm', { profile: { name: 'Southbridge Talent', contact: 'talent@southbridge.example · +1 555 0100', accent: '#0b7a75', footer: 'Confidential: prepared for Globex only.', logo: { type: 'image/svg+xml', base64: Buffer.from(SVG).toString('base64') } } });
    const out = await exported('pdf');
    const text = pdfText(out);
    expect(text).toContain('Southbridge Talent');
    expect(text).toContain('talent@southbridge.example');
    expect(text).toContain('Confidential: prepared for Globex only.');
    const info = execFileSync('/usr/bin/pdfinfo', [out], { encoding: 'utf8' });
    expect(info).toMatch(/Author:\s+Southbridge Talent/);
    expectNothingHostile(text.replace(/talent@southbridge\.example · \+1 555 0100/g, ''), 'branded pdf');
    const xml = unescapeXml(await xlsxXml(readFileSync(await exported('xlsx'))));
    expect(xml).toContain('Southbridge Talent');
    expect(xml).toContain('Confidential: prepared for Globex only.');
  });

  it('writes a one-page anonymised profile per candidate with the packet letter and nothing hostile', async () => {
    const out = join(t.dir, 'profile.pdf');
    const r = await t.bench.call('exportCandidateProfile', { shortlistId: 'hs-1', engineerId: 'h-2', anonymize: true, asOf, out });
    expect(r.engineers).toBe(1);
    const info = execFileSync('/usr/bin/pdfinfo', [out], { encoding: 'utf8' });
    expect(info).toMatch(/Pages:\s+1\n/);
    expect(info).toMatch(/Title:\s+Candidate profile: Candidate B for Platform Engineer/);
    const text = pdfText(out);
    expect(text).toContain('CANDIDATE PROFILE');
    expect(text).toContain('Candidate B');
    expectNothingHostile(text, 'profile');
    const data = await t.bench.call('exportCandidateProfileData', { shortlistId: 'hs-1', engineerId: 'h-2', anonymize: true, asOf });
    expect(data.fileName).toBe('globex-platform-engineer-replacing-name-removed-candidate-b-profile-2026-11-25.pdf');
    await expect(t.bench.call('exportCandidateProfileData', { shortlistId: 'hs-1', engineerId: 'h-3', anonymize: true }))
      .rejects.toMatchObject({ code: 'invalid_input', problems: [{ where: '/engineerId' }] });
  });

  it('types XLSX text cells as strings, with no apostrophe before a formula-like note', async () => {
    await t.bench.call('updateShortlistEntry', { shortlistId: 'hs-1', engineerId: 'h-2', note: '=SUM(A1:A2) strong SQL' });
    await t.bench.call('approvePitchNote', { shortlistId: 'hs-1', engineerId: 'h-2', approved: true });
    const file = await exported('xlsx');
    const xml = await xlsxXml(readFileSync(file));
    expect(xml).not.toContain("'=SUM");
    expect(xml).not.toMatch(/<f>/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const cell = wb.worksheets[0]!.getRow(6).getCell(16);
    expect(cell.value).toBe('=SUM(A1:A2) strong SQL');
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    // A shared string (t="s"), the spreadsheet's text type, not a formula's cached result (t="str").
    expect(xml).toMatch(/<c r="P6"[^>]* t="s"/);
    const csv = readFileSync(await exported('csv'), 'utf8');
    expect(csv).toContain("'=SUM(A1:A2) strong SQL");
  });

  it('says the fixed texts and enum values in the client language (Spanish)', async () => {
    await t.bench.call('setClientPacketLanguage', { clientId: 'hc-1', language: 'es-419' });
    try {
      const xml = unescapeXml(await xlsxXml(readFileSync(await exported('xlsx'))));
      expect(xml).toContain('Candidato A');
      expect(xml).toContain('semi senior');
      expect(xml).toContain('disponible');
      expect(xml).toContain('[nombre eliminado]');
      const text = pdfText(await exported('pdf')).replace(/\s+/g, ' ');
      expect(text).toContain('Horario central del cliente');
      expect(text).toContain('Página 1 de');
      expect(text).not.toContain('Client core hours');
    } finally {
      await t.bench.call('setClientPacketLanguage', { clientId: 'hc-1', language: '' });
    }
  });

  it('renders PDF pages for the screenshots folder with a light and a dark firm accent', async () => {
    const shots = resolve('test-results/screenshots');
    mkdirSync(shots, { recursive: true });
    for (const [look, accent] of [['light', '#f2c14e'], ['dark', '#1f2a44']] as const) {
      await t.bench.call('setFirm', { profile: { name: 'Southbridge Talent', contact: 'talent@southbridge.example', accent, footer: 'Confidential: prepared for Globex only.', logo: { type: 'image/png', base64: PNG.toString('base64') } } });
      const out = await exported('pdf');
      for (const page of [1, 2]) execFileSync('/usr/bin/pdftoppm', ['-png', '-r', '70', '-f', String(page), '-l', String(page), '-singlefile', out, join(shots, `packet-pdf-page${page}-${look}`)]);
      const profile = join(t.dir, `profile-${look}.pdf`);
      await t.bench.call('exportCandidateProfile', { shortlistId: 'hs-1', engineerId: 'h-1', anonymize: true, asOf, out: profile });
      execFileSync('/usr/bin/pdftoppm', ['-png', '-r', '70', '-singlefile', profile, join(shots, `packet-profile-${look}`)]);
      writeFileSync(join(t.dir, `${look}.done`), '');
      expect(readFileSync(join(shots, `packet-pdf-page1-${look}.png`)).subarray(1, 4).toString()).toBe('PNG');
    }
  });
});
