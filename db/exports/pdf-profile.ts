// The one-page candidate profile: a client-ready CV in the firm's template, from the same allow-listed
// packet data as the shortlist (so an anonymised profile carries exactly what the anonymised packet
// does, and the candidate keeps the packet's letter). The band names the candidate and the role, a fact
// table gives seniority, location, English, availability and bill rate, then the overlap picture,
// skills, the assessment in words and the approved pitch note.
import type { ShortlistExport, ShortlistExportEngineer } from '../../shared/export/types';
import { drawFrame, newPdf } from './pdf-brand';
import { cap, drawBand, drawEngineer, factTable, words } from './pdf';

export async function candidateProfilePdf(doc: ShortlistExport, e: ShortlistExportEngineer): Promise<Buffer> {
  const { t, date, money } = words(doc);
  const { pdf, done } = await newPdf(doc, t('packet:pdf.profileTitle', { candidate: e.name, role: doc.role.title }));
  await drawBand(pdf, doc, t('packet:pdf.profileHeading'), e.name, t('packet:pdf.forRole', { role: doc.role.title, client: doc.clientName }));
  const facts: [string, string][] = [
    [t('packet:pdf.seniority'), cap(e.seniorityWords) + (e.primaryRole ? ` · ${e.primaryRole}` : '') + (e.yearsExperience !== undefined ? ` · ${t('packet:pdf.years', { n: e.yearsExperience })}` : '')],
    [t('packet:pdf.location'), `${e.countryName} (${e.timeZone})`],
    [t('packet:pdf.english'), e.english ? t('packet:pdf.englishLevel', { level: e.english }) + (e.englishAssessedOn ? ' ✓' : '') : t('packet:pdf.englishNotAssessed')],
  ];
  if (e.availability) facts.push([t('packet:pdf.availability'), e.availableFrom ? t('packet:pdf.availableFrom', { availability: cap(e.availability), date: date(e.availableFrom) }) : cap(e.availability)]);
  facts.push([t('packet:pdf.rate'), money(e.billRate, e.currency)]);
  factTable(pdf, facts);
  pdf.moveDown(0.8);
  drawEngineer(pdf, doc, e, false);
  drawFrame(pdf, doc, `${doc.clientName} · ${doc.role.title}`, new Set([0]));
  pdf.end();
  return done;
}
