// The client-ready shortlist PDF, drawn in-process with pdfkit (the command line needs no browser):
// a cover with the client, role, date and the role profile; then each engineer in shortlist order with
// the overlap band drawn as a 24-hour picture, seniority, English, key skills (✓ verified), the
// assessment in words, the pitch note and the bill rate; page numbers on every page.
// Layout rule: every block is measured before it is drawn, an engineer's section starts on a new page
// when it would not fit in what is left, and text always wraps inside the content width, so nothing
// is ever cut off. Only fields of ShortlistExport are drawn: private data is not in it to begin with.
import type { ExportSkill, OverlapBand, ShortlistExport, ShortlistExportEngineer } from '../../shared/export/types';
import type { PacketT } from '../../shared/export/columns';
import { translatorFor } from '../../shared/i18n/instance';
import { accentOf, drawFrame, drawLogo, newPdf, onAccent } from './pdf-brand';
import { OVERLAP_KEY, SENIORITY_KEY } from '../../shared/export/packet-words';

export type Doc = PDFKit.PDFDocument;

const C = {
  ink: '#1f2a44',
  text: '#27303f',
  muted: '#6b7385',
  rule: '#d9dde5',
  track: '#eef0f4',
  client: '#9fb3e6',
  engineer: '#8fd3c4',
  overlap: '#1f9d55',
  accent: '#2f6fde',
  chip: '#f1f4f9',
  chipVerified: '#e3f3ea',
  noteBg: '#f6f8fb',
};

/** Renders the shortlist packet to PDF bytes: the cover, then each candidate. */
export async function shortlistPdf(doc: ShortlistExport): Promise<Buffer> {
  const { t } = words(doc);
  const { pdf, done } = await newPdf(doc, t('packet:pdf.title', { role: doc.role.title, client: doc.clientName }));
  await drawCover(pdf, doc);
  doc.engineers.forEach((e, i) => {
    if (i === 0) pdf.addPage();
    drawEngineer(pdf, doc, e);
  });
  drawFrame(pdf, doc, `${doc.clientName} · ${doc.role.title}`, new Set([0]));
  pdf.end();
  return done;
}

// ---------------------------------------------------------------------------------------------------
// Helpers

const width = (pdf: Doc) => pdf.page.width - pdf.page.margins.left - pdf.page.margins.right;
const left = (pdf: Doc) => pdf.page.margins.left;
const bottom = (pdf: Doc) => pdf.page.height - pdf.page.margins.bottom;
const usable = (pdf: Doc) => bottom(pdf) - pdf.page.margins.top;

function ensure(pdf: Doc, height: number): void {
  if (pdf.y + height > bottom(pdf)) pdf.addPage();
}

function textHeight(pdf: Doc, text: string, font: string, size: number, w: number, opts: PDFKit.Mixins.TextOptions = {}): number {
  pdf.font(font).fontSize(size);
  return pdf.heightOfString(text, { width: w, ...opts });
}

/** The packet's own words in its language (the client's), and its dates and numbers. */
export function words(doc: ShortlistExport) {
  const t = translatorFor(doc.language, ['packet']);
  // English packets keep the day-month-year dates they always had ("5 March 2026"), read alike on both sides of the Atlantic.
  const locale = doc.language === 'en' ? 'en-GB' : doc.language;
  return {
    t,
    date: (date: string) => new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`)),
    money(amount: number | undefined, currency: string): string {
      if (amount === undefined) return t('packet:pdf.rateOnRequest');
      const n = new Intl.NumberFormat(doc.language === 'en' ? 'en-US' : doc.language, { minimumFractionDigits: Number.isInteger(amount) ? 0 : 2, maximumFractionDigits: 2 }).format(amount);
      return t('packet:pdf.ratePerHour', { currency, amount: n });
    },
  };
}

export const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

// ---------------------------------------------------------------------------------------------------
// Cover

/** The cover band in the firm's accent, its logo and name on white above it, then the role and the list. */
export async function drawBand(pdf: Doc, doc: ShortlistExport, kicker: string, title: string, subtitle: string): Promise<void> {
  const { t, date: formatDate } = words(doc);
  const w = width(pdf);
  const x = left(pdf);
  const firm = doc.firm;
  // The firm strip: logo on the right, name and contact line on the left.
  const stripY = 28;
  if (firm.logo) await drawLogo(pdf, firm.logo, x + w - 150, stripY, 150, 44);
  if (firm.name) pdf.fillColor(C.ink).font('bold').fontSize(14).text(firm.name, x, stripY + 4, { width: w - 160 });
  if (firm.contact) pdf.fillColor(C.muted).font('body').fontSize(8.5).text(firm.contact, x, pdf.y + 1, { width: w - 160 });
  const top = firm.logo || firm.name || firm.contact ? 86 : 0;
  // The band grows with a long title, so its text never spills onto white.
  const bandH = Math.max(190, 60 + textHeight(pdf, title, 'bold', 24, w) + 8 + textHeight(pdf, subtitle, 'body', 14, w) + 40);
  const ink = onAccent(accentOf(doc));
  pdf.rect(0, top, pdf.page.width, bandH).fill(accentOf(doc));
  pdf.fillColor(ink).fillOpacity(0.8).font('body').fontSize(10.5).text(kicker, x, top + 34, { width: w });
  pdf.fillOpacity(1).fillColor(ink).font('bold').fontSize(24).text(title, x, top + 56, { width: w });
  pdf.moveDown(0.3);
  pdf.fillColor(ink).font('body').fontSize(14).text(subtitle, { width: w });
  pdf.fillColor(ink).fillOpacity(0.8).fontSize(10.5).text(t('packet:pdf.preparedOn', { date: formatDate(doc.date) }), { width: w });
  pdf.fillOpacity(1);
  pdf.y = Math.max(pdf.y + 30, top + bandH + 30);
  pdf.x = x;
}

async function drawCover(pdf: Doc, doc: ShortlistExport): Promise<void> {
  const { t, money } = words(doc);
  const w = width(pdf);
  const x = left(pdf);
  await drawBand(pdf, doc, doc.anonymized ? t('packet:pdf.coverTitleAnonymised') : t('packet:pdf.coverTitle'), doc.role.title, t('packet:pdf.forClient', { client: doc.clientName }));
  const formatDate = words(doc).date;

  heading(pdf, t('packet:pdf.theRole'));
  const r = doc.role;
  const facts: [string, string][] = [
    [t('packet:pdf.client'), doc.clientIndustry ? `${doc.clientName} (${doc.clientIndustry})` : doc.clientName],
    [t('packet:pdf.seniority'), r.seniority.length ? r.seniority.map((s) => cap(t(SENIORITY_KEY[s]))).join(', ') : t('packet:pdf.any')],
    [t('packet:pdf.mustHave'), r.mustHave.join(', ') || '—'],
    [t('packet:pdf.niceToHave'), r.niceToHave.join(', ') || '—'],
    [t('packet:pdf.coreHours'), r.timeZone ? `${r.coreHours.start}–${r.coreHours.end} ${r.timeZone}` : t('packet:pdf.noTimeZone', { hours: `${r.coreHours.start}–${r.coreHours.end}` })],
  ];
  if (r.minOverlapHours !== undefined) facts.push([t('packet:pdf.minOverlap'), t('packet:pdf.hours', { n: r.minOverlapHours })]);
  if (r.minEnglish) facts.push([t('packet:pdf.english'), t('packet:pdf.englishOrBetter', { level: r.minEnglish })]);
  if (r.startDate) facts.push([t('packet:pdf.start'), formatDate(r.startDate)]);
  if (r.headcount !== undefined) facts.push([t('packet:pdf.headcount'), String(r.headcount)]);
  if (doc.shortlistName) facts.push([t('packet:pdf.shortlist'), doc.shortlistName]);
  factTable(pdf, facts);

  pdf.moveDown(1);
  heading(pdf, t('packet:pdf.candidates', { n: doc.engineers.length }));
  if (doc.engineers.length === 0) {
    pdf.font('body').fontSize(10).fillColor(C.muted).text(t('packet:pdf.noCandidates'), { width: w });
  }
  for (const e of doc.engineers) {
    const line = `${e.position}.  ${e.name}`;
    const detail = [cap(e.seniorityWords), e.countryName, e.overlap.hours === null ? t('packet:pdf.overlapUnknown') : t('packet:pdf.hOverlap', { n: e.overlap.hours }), money(e.billRate, e.currency)].join('  ·  ');
    const h = Math.max(textHeight(pdf, line, 'bold', 10, w * 0.4), textHeight(pdf, detail, 'body', 9, w * 0.6)) + 5;
    ensure(pdf, h);
    const y = pdf.y;
    pdf.fillColor(C.text).font('bold').fontSize(10).text(line, x, y, { width: w * 0.4 - 8 });
    pdf.fillColor(C.muted).font('body').fontSize(9).text(detail, x + w * 0.4, y + 1, { width: w * 0.6, align: 'right' });
    pdf.y = y + h;
    pdf.x = x;
  }
  if (doc.anonymized) {
    pdf.moveDown(1);
    const note = t('packet:pdf.anonymisedNote');
    ensure(pdf, textHeight(pdf, note, 'body', 8.5, w));
    pdf.fillColor(C.muted).font('body').fontSize(8.5).text(note, x, pdf.y, { width: w });
  }
}

function heading(pdf: Doc, text: string): void {
  const w = width(pdf);
  ensure(pdf, 40);
  pdf.fillColor(C.ink).font('bold').fontSize(13).text(text, left(pdf), pdf.y, { width: w });
  const y = pdf.y + 3;
  pdf.moveTo(left(pdf), y).lineTo(left(pdf) + w, y).lineWidth(0.8).strokeColor(C.rule).stroke();
  pdf.y = y + 8;
}

export function factTable(pdf: Doc, facts: [string, string][]): void {
  const x = left(pdf);
  const w = width(pdf);
  const labelW = 110;
  for (const [label, value] of facts) {
    const h = Math.max(textHeight(pdf, value, 'body', 10, w - labelW), textHeight(pdf, label, 'bold', 9, labelW - 8)) + 5;
    ensure(pdf, h);
    const y = pdf.y;
    pdf.fillColor(C.muted).font('bold').fontSize(9).text(label, x, y + 1, { width: labelW - 8 });
    pdf.fillColor(C.text).font('body').fontSize(10).text(value, x + labelW, y, { width: w - labelW });
    pdf.y = y + h;
  }
  pdf.x = x;
}

// ---------------------------------------------------------------------------------------------------
// One engineer

interface Block {
  height: number;
  draw: () => void;
}

/** One candidate's section; a profile page draws its own title and facts (`withTitle` false). */
export function drawEngineer(pdf: Doc, doc: ShortlistExport, e: ShortlistExportEngineer, withTitle = true): void {
  const blocks = engineerBlocks(pdf, doc, e);
  if (!withTitle) blocks.shift();
  const total = blocks.reduce((s, b) => s + b.height, 0);
  // Keep a section on one page when it can fit one; a longer one flows block by block.
  if (total <= usable(pdf)) ensure(pdf, total);
  for (const b of blocks) {
    if (b.height <= usable(pdf)) ensure(pdf, b.height);
    b.draw();
  }
}

function engineerBlocks(pdf: Doc, doc: ShortlistExport, e: ShortlistExportEngineer): Block[] {
  const { t, date: formatDate, money } = words(doc);
  const x = left(pdf);
  const w = width(pdf);
  const blocks: Block[] = [];

  // Title line: position and name on the left, bill rate on the right.
  const rate = money(e.billRate, e.currency);
  pdf.font('bold').fontSize(11);
  const rateW = Math.min(pdf.widthOfString(rate) + 4, w * 0.4);
  const nameText = `${e.position}. ${e.name}`;
  const nameH = textHeight(pdf, nameText, 'bold', 16, w - rateW - 12);
  const subline = [
    cap(e.seniorityWords) + (e.primaryRole ? ` · ${e.primaryRole}` : ''),
    e.yearsExperience !== undefined ? t('packet:pdf.years', { n: e.yearsExperience }) : '',
    `${e.countryName} (${e.timeZone})`,
    e.english ? t('packet:pdf.englishLevel', { level: e.english }) + (e.englishAssessedOn ? ' ✓' : '') : t('packet:pdf.englishNotAssessed'),
    e.availability ? (e.availableFrom ? t('packet:pdf.availableFrom', { availability: cap(e.availability), date: formatDate(e.availableFrom) }) : cap(e.availability)) : '',
  ].filter(Boolean).join('  ·  ');
  const subH = textHeight(pdf, subline, 'body', 9.5, w);
  blocks.push({
    height: 14 + nameH + 4 + subH + 10,
    draw: () => {
      const y0 = pdf.y + 6;
      pdf.rect(x, y0, 3, nameH + 4 + subH).fill(accentOf(doc));
      pdf.fillColor(C.ink).font('bold').fontSize(16).text(nameText, x + 10, y0, { width: w - rateW - 22 });
      pdf.fillColor(C.ink).font('bold').fontSize(11).text(rate, x + w - rateW, y0 + 4, { width: rateW, align: 'right' });
      pdf.fillColor(C.muted).font('body').fontSize(9.5).text(subline, x + 10, y0 + nameH + 4, { width: w - 10 });
      pdf.y = y0 + nameH + 4 + subH + 12;
      pdf.x = x;
    },
  });

  blocks.push(overlapBlock(pdf, doc, e.overlap));
  blocks.push(skillsBlock(pdf, e.skills, t));

  // Assessment: the recommendation and the strengths in words.
  const assessTitle = e.assessedOn ? t('packet:pdf.assessed', { recommendation: e.recommendationWords, date: formatDate(e.assessedOn) }) : e.recommendationWords;
  const strengths = e.strengths.map((s) => `•  ${s}`);
  const strengthsH = strengths.reduce((s, t) => s + textHeight(pdf, t, 'body', 9.5, w - 10) + 1.5, 0);
  blocks.push({
    height: 16 + textHeight(pdf, assessTitle, 'bold', 10, w) + 3 + strengthsH + 8,
    draw: () => {
      label(pdf, t('packet:pdf.assessment'));
      pdf.fillColor(C.text).font('bold').fontSize(10).text(assessTitle, x, pdf.y, { width: w });
      pdf.moveDown(0.2);
      for (const s of strengths) {
        pdf.fillColor(C.text).font('body').fontSize(9.5).text(s, x + 10, pdf.y, { width: w - 10 });
        pdf.y += 1.5;
      }
      pdf.x = x;
      pdf.y += 8;
    },
  });

  if (e.summary) blocks.push(paragraphBlock(pdf, t('packet:pdf.profile'), e.summary, false, accentOf(doc)));
  if (e.pitchNote) blocks.push(paragraphBlock(pdf, t('packet:pdf.whyPropose'), e.pitchNote, true, accentOf(doc)));

  blocks.push({
    height: 22,
    draw: () => {
      const y = pdf.y + 6;
      pdf.moveTo(x, y).lineTo(x + w, y).lineWidth(0.8).strokeColor(C.rule).stroke();
      pdf.y = y + 16;
      pdf.x = x;
    },
  });
  return blocks;
}

function label(pdf: Doc, text: string): void {
  pdf.fillColor(C.muted).font('bold').fontSize(8).text(text.toUpperCase(), left(pdf), pdf.y, { width: width(pdf) });
  pdf.y += 3;
}

function paragraphBlock(pdf: Doc, title: string, text: string, boxed: boolean, accent: string): Block {
  const x = left(pdf);
  const w = width(pdf);
  const pad = boxed ? 8 : 0;
  const textH = textHeight(pdf, text, 'body', 9.5, w - 2 * pad - (boxed ? 3 : 0));
  const height = 16 + textH + 2 * pad + 8;
  return {
    height,
    draw: () => {
      label(pdf, title);
      const y = pdf.y;
      // A box that cannot fit on one page would be cut: then the text flows across pages unboxed.
      const fits = y + textH + 2 * pad <= bottom(pdf);
      if (boxed && fits) {
        pdf.rect(x, y, w, textH + 2 * pad).fill(C.noteBg);
        pdf.rect(x, y, 3, textH + 2 * pad).fill(accent);
        pdf.fillColor(C.text).font('body').fontSize(9.5).text(text, x + pad + 3, y + pad, { width: w - 2 * pad - 3 });
        pdf.y = y + textH + 2 * pad + 8;
      } else {
        pdf.fillColor(C.text).font('body').fontSize(9.5).text(text, x, y, { width: w });
        pdf.y += 8;
      }
      pdf.x = x;
    },
  };
}

// ---------------------------------------------------------------------------------------------------
// The overlap picture: the client's day as a 24-hour bar with two lanes (client core hours, engineer
// working hours) and the overlap highlighted across both.

function overlapBlock(pdf: Doc, doc: ShortlistExport, band: OverlapBand): Block {
  const { t } = words(doc);
  const x = left(pdf);
  const w = width(pdf);
  const judgement = t(OVERLAP_KEY[band.label]);
  const title = band.hours === null
    ? t('packet:band.unknown', { label: judgement, hours: band.engineerLocal })
    : t('packet:band.title', { hours: band.hours, start: band.coreHours.start, end: band.coreHours.end, zone: band.clientZone, label: judgement });
  const titleH = textHeight(pdf, title, 'bold', 9.5, w);
  const detail = band.hours === null ? '' : t('packet:band.detail', { local: band.engineerLocal.replace('-', '–'), client: band.engineerOnClientClock?.replace('-', '–') ?? '' });
  const detailH = detail ? textHeight(pdf, detail, 'body', 8.5, w) : 0;
  const barH = band.hours === null ? 0 : 58;
  return {
    height: 16 + titleH + 2 + detailH + 6 + barH + 10,
    draw: () => {
      label(pdf, t('packet:pdf.timeZoneOverlap'));
      pdf.fillColor(C.text).font('bold').fontSize(9.5).text(title, x, pdf.y, { width: w });
      if (detail) pdf.fillColor(C.muted).font('body').fontSize(8.5).text(detail, x, pdf.y + 2, { width: w });
      const barY = pdf.y + 6;
      if (band.hours !== null) drawBar(pdf, band, x, barY, w, t);
      pdf.y = barY + barH + 10;
      pdf.x = x;
    },
  };
}

function drawBar(pdf: Doc, band: OverlapBand, x: number, y: number, w: number, t: PacketT): void {
  const labelW = 62;
  const bx = x + labelW;
  const bw = w - labelW;
  const laneH = 11;
  const gap = 4;
  const scale = (h: number) => bx + (h / band.dayHours) * bw;
  const lanes: [string, string, { start: number; end: number }[]][] = [
    [t('packet:band.client'), C.client, band.client ? [band.client] : []],
    [t('packet:band.engineer'), C.engineer, band.engineer],
  ];
  lanes.forEach(([name, color, spans], i) => {
    const ly = y + i * (laneH + gap);
    pdf.fillColor(C.muted).font('body').fontSize(8).text(name, x, ly + 1.5, { width: labelW - 6, lineBreak: false });
    pdf.roundedRect(bx, ly, bw, laneH, 2).fill(C.track);
    for (const s of spans) pdf.roundedRect(scale(s.start), ly, Math.max(1, scale(s.end) - scale(s.start)), laneH, 2).fill(color);
  });
  // The overlap, highlighted through both lanes.
  const top = y - 2;
  const h = 2 * laneH + gap + 4;
  for (const s of band.overlap) {
    const ox = scale(s.start);
    const ow = Math.max(1, scale(s.end) - ox);
    pdf.save().fillOpacity(0.28).rect(ox, top, ow, h).fill(C.overlap).restore();
    pdf.rect(ox, top, ow, h).lineWidth(1).strokeColor(C.overlap).stroke();
  }
  // Hour ticks every 3 hours on the client's clock.
  const ty = y + 2 * laneH + gap + 5;
  for (let hr = 0; hr <= 24; hr += 3) {
    const tx = scale(Math.min(hr, band.dayHours));
    pdf.moveTo(tx, ty).lineTo(tx, ty + 3).lineWidth(0.5).strokeColor(C.muted).stroke();
    const t = `${String(hr % 24).padStart(2, '0')}:00`;
    pdf.fillColor(C.muted).font('body').fontSize(7);
    const tw = pdf.widthOfString(t);
    pdf.text(t, Math.min(Math.max(tx - tw / 2, bx), bx + bw - tw), ty + 4, { lineBreak: false });
  }
  // Legend.
  const ly = ty + 16;
  let lx = bx;
  for (const [name, color, opacity] of [[t('packet:band.legendClient'), C.client, 1], [t('packet:band.legendEngineer'), C.engineer, 1], [t('packet:band.legendOverlap'), C.overlap, 0.6]] as const) {
    pdf.save().fillOpacity(opacity).rect(lx, ly + 1, 8, 8).fill(color).restore();
    pdf.fillColor(C.muted).font('body').fontSize(7.5).text(name, lx + 11, ly + 1.5, { lineBreak: false });
    lx += 11 + pdf.widthOfString(name) + 14;
  }
  pdf.fillColor(C.muted).font('body').fontSize(7.5);
  const clockNote = t('packet:band.clock', { zone: band.clientZone ?? '' });
  const cw = pdf.widthOfString(clockNote);
  if (lx + cw < bx + bw) pdf.text(clockNote, bx + bw - cw, ly + 1.5, { lineBreak: false });
}

// ---------------------------------------------------------------------------------------------------
// Skills as chips that wrap across lines.

function skillsBlock(pdf: Doc, skills: ExportSkill[], t: PacketT): Block {
  const x = left(pdf);
  const w = width(pdf);
  const chipH = 16;
  const gap = 5;
  pdf.font('body').fontSize(8.5);
  const chips = skills.map((s) => {
    const text = `${s.name}  ${s.level}/5${s.verified ? '  ✓' : ''}`;
    // A chip never exceeds the line; a very long custom skill name wraps inside a taller chip.
    const cw = Math.min(pdf.widthOfString(text) + 14, w);
    const ch = cw >= w ? pdf.heightOfString(text, { width: w - 14 }) + 7 : chipH;
    return { text, cw, ch, verified: s.verified };
  });
  // Lay out once to know the height, then draw at the same offsets.
  const placed: { dx: number; dy: number; chip: (typeof chips)[number] }[] = [];
  let dx = 0;
  let dy = 0;
  let lineH = chipH;
  for (const chip of chips) {
    if (dx > 0 && dx + chip.cw > w) {
      dx = 0;
      dy += lineH + gap;
      lineH = chipH;
    }
    placed.push({ dx, dy, chip });
    dx += chip.cw + gap;
    lineH = Math.max(lineH, chip.ch);
  }
  const chipsH = chips.length ? dy + lineH : 12;
  const anyVerified = skills.some((s) => s.verified);
  const legendH = anyVerified ? 12 : 0;
  return {
    height: 16 + chipsH + legendH + 10,
    draw: () => {
      label(pdf, t('packet:pdf.keySkills'));
      const y = pdf.y;
      if (!chips.length) pdf.fillColor(C.muted).font('body').fontSize(9).text(t('packet:pdf.noSkills'), x, y, { width: w });
      for (const { dx: cx, dy: cy, chip } of placed) {
        pdf.roundedRect(x + cx, y + cy, chip.cw, chip.ch, 4).fill(chip.verified ? C.chipVerified : C.chip);
        pdf.fillColor(chip.verified ? '#17643a' : C.text).font('body').fontSize(8.5).text(chip.text, x + cx + 7, y + cy + 3.5, { width: chip.cw - 14 });
      }
      pdf.y = y + chipsH + 3;
      if (anyVerified) {
        pdf.fillColor(C.muted).font('body').fontSize(7.5).text(t('packet:pdf.verifiedLegend'), x, pdf.y, { width: w });
      }
      pdf.y = y + chipsH + legendH + 10;
      pdf.x = x;
    },
  };
}
