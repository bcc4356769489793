// A CV's text -> a draft engineer in which every value carries the text it came from and a confidence
// (0-1), for the review form and `cv read`. Pure and deterministic: `today` closes "present" jobs.
import type { KeyedText } from '../api/errors';
import type { Cefr, Engineer, Seniority } from '../bench/schema';
import { findEmail, findLinks, findName } from './contact';
import { findDateRanges, monthsCovered } from './dates';
import { findEnglish } from './english';
import { findPlace } from './places';
import { roleOf, seniorityOfTitle, seniorityOfYears } from './role';
import { splitSections, type Section } from './sections';
import { findCvSkills, type Job } from './skills';

export interface Sourced<T> {
  value: T;
  /** The line of the document it was read from. */
  source: string;
  /** 0-1: how sure the reader is (a labelled field is surer than a guess from the layout). */
  confidence: number;
}

export interface CvSkillDraft extends Sourced<string> {
  level: number;
  years?: number;
  lastUsed?: number;
}

export interface CvFields {
  name?: Sourced<string>;
  email?: Sourced<string>;
  city?: Sourced<string>;
  country?: Sourced<string>;
  timeZone?: Sourced<string>;
  englishLevel?: Sourced<Cefr>;
  yearsExperience?: Sourced<number>;
  primaryRole?: Sourced<string>;
  seniority?: Sourced<Seniority>;
  summary?: Sourced<string>;
}

export interface CvDraft {
  fields: CvFields;
  links: Sourced<string>[];
  skills: CvSkillDraft[];
  /** What the reader should check, as keyed words (errors catalog, section `cv`). */
  warnings: KeyedText[];
}

const STATED_YEARS = [
  /(?:over|more than|\+)?\s*(\d{1,2})\s*\+?\s*(?:years?|yrs?)\b(?:\s+of)?[^.\n]{0,40}?\bexperience/i,
  /(?:m[aá]s de\s+)?(\d{1,2})\s*\+?\s*a[ñn]os\b(?:\s+de)?[^.\n]{0,40}?\bexperiencia/i,
  /(?:mais de\s+)?(\d{1,2})\s*\+?\s*anos\b(?:\s+de)?[^.\n]{0,40}?\bexperi[eê]ncia/i,
  /\bexperience\s*(?:of\s*)?[:\-–]?\s*(\d{1,2})\s*\+?\s*(?:years?|yrs?)\b/i,
  /\bexperi[eê]ncia\s*[:\-–]?\s*(\d{1,2})\s*\+?\s*(?:a[ñn]os|anos)\b/i,
  // "Frontend developer with 9+ years building web apps", "con 6 años desarrollando", "com 7 anos atuando".
  /\b(?:with|con|com)\s+(?:over\s+|more than\s+|m[aá]s de\s+|mais de\s+)?(\d{1,2})\s*\+?\s*(?:years?|a[ñn]os|anos)\s+(?:building|developing|working|designing|shipping|writing|creating|leading|construyendo|desarrollando|trabajando|dise[nñ]ando|liderando|construindo|desenvolvendo|trabalhando|atuando|criando)\b/i,
];

function findJobs(lines: readonly string[], sections: readonly Section[], today: string): Job[] {
  const experience = sections.filter((s) => s.kind === 'experience');
  // Without an experience header, dates anywhere but education and certifications count as jobs.
  const areas = experience.length ? experience : sections.filter((s) => s.kind !== 'education' && s.kind !== 'certifications' && s.kind !== 'projects');
  const jobs: Job[] = [];
  for (const area of areas) {
    const starts: { line: number; range: ReturnType<typeof findDateRanges>[number] }[] = [];
    for (let i = area.from; i < area.to; i++) {
      const range = findDateRanges(lines[i]!, today)[0];
      if (range) starts.push({ line: i, range });
    }
    starts.forEach((s, k) => {
      // The title and company usually sit on the one or two short lines just above the dates.
      let from = s.line;
      // A date line that carries its own title ("Frontend Developer  Kavak  Jan 2020 – Dec 2022") starts the job.
      const titled = lines[s.line]!.replace(s.range.text, '').replace(/[\s|·•,()–—-]+/g, ' ').trim().length > 3;
      const floor = k > 0 ? starts[k - 1]!.line + 1 : area.from;
      for (let j = s.line - 1; !titled && j >= floor && s.line - j <= 2; j--) {
        const t = lines[j]!.trim();
        // A bullet or a sentence is the previous job's description, not this one's title.
        if (!t || t.length > 90 || /^[-•*▪●]/.test(t) || /[.;]$/.test(t)) break;
        from = j;
      }
      const to = k + 1 < starts.length ? starts[k + 1]!.line : area.to;
      const candidates = lines.slice(from, s.line + 1).map((l) => l.replace(s.range.text, '').trim()).filter(Boolean);
      const title = candidates.find((c) => roleOf(c)) ?? candidates[0] ?? '';
      jobs.push({ from, to, range: s.range, title });
    });
    // A job's block ends where the next one's title begins.
    for (let k = 0; k + 1 < jobs.length; k++) if (jobs[k]!.to > jobs[k + 1]!.from) jobs[k]!.to = jobs[k + 1]!.from;
  }
  return jobs;
}

const sourced = <T>(value: T, source: string, confidence: number): Sourced<T> => ({ value, source: source.slice(0, 300), confidence });

export function draftCv(text: string, today: string): CvDraft {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ').split('\n').map((l) => l.replace(/[ \t]+/g, ' ').trimEnd());
  const sections = splitSections(lines);
  const fields: CvFields = {};
  const warnings: KeyedText[] = [];

  const name = findName(lines);
  if (name) fields.name = sourced(name.value, name.text, name.confidence);
  else warnings.push({ key: 'errors:cv.noName' });
  const email = findEmail(lines);
  if (email) fields.email = sourced(email.value, email.text, email.confidence);
  const links = findLinks(lines).map((l) => sourced(l.value, l.text, l.confidence));

  // The name's own words are not a place (Santiago, Salvador, Natal are first names), but the rest of its line may be.
  const place = findPlace(name ? lines.map((l, i) => (i === name.line ? l.replace(name.value, ' ').replace(name.value.toUpperCase(), ' ') : l)) : lines);
  if (place) {
    if (place.city) fields.city = sourced(place.city, place.text, place.confidence);
    fields.country = sourced(place.country, place.text, place.confidence);
    fields.timeZone = sourced(place.zone, place.text, place.city ? place.confidence : place.confidence - 0.1);
  } else warnings.push({ key: 'errors:cv.noPlace' });

  const english = findEnglish(lines.join('\n'));
  if (english) fields.englishLevel = sourced(english.level, english.text, english.confidence);

  const jobs = findJobs(lines, sections, today);
  const stated = STATED_YEARS.map((re) => ({ re, m: re.exec(text) })).find((x) => x.m)?.m;
  if (stated) {
    const line = lines.find((l) => l.includes(stated[0].trim().split(/\s+/).slice(-1)[0]!) && l.includes(stated[1]!)) ?? stated[0];
    fields.yearsExperience = sourced(Number(stated[1]), line.trim(), 0.9);
  } else if (jobs.length) {
    const months = monthsCovered(jobs.map((j) => j.range));
    fields.yearsExperience = sourced(Math.round(months / 12), jobs.map((j) => j.range.text).join('; '), 0.75);
  }

  const headLines = sections[0]!.kind === 'head' ? lines.slice(0, Math.min(sections[0]!.to, 8)) : lines.slice(0, 6);
  const headline = headLines.map((l, i) => ({ l, i })).find(({ l, i }) => i !== name?.line && roleOf(l.split(/[|·•]/)[0]!) !== undefined)
    ?? headLines.map((l, i) => ({ l, i })).find(({ l, i }) => roleOf(l) !== undefined && (i !== name?.line || l !== name?.text || l.length > (name?.value.length ?? 0) + 3));
  const latest = [...jobs].sort((a, b) => b.range.end - a.range.end || b.range.start - a.range.start)[0];
  const roleText = headline?.l ?? latest?.title;
  if (roleText) {
    const role = roleOf(headline ? headline.l.replace(name?.value ?? '\u0000', '') : roleText);
    if (role) fields.primaryRole = sourced(role, roleText, headline ? 0.85 : 0.7);
  }
  const titled = (headline && seniorityOfTitle(headline.l)) ?? (latest && seniorityOfTitle(latest.title));
  if (titled) fields.seniority = sourced(titled, headline && seniorityOfTitle(headline.l) ? headline.l : latest!.title, 0.8);
  else if (fields.yearsExperience) fields.seniority = sourced(seniorityOfYears(fields.yearsExperience.value), fields.yearsExperience.source, 0.55);

  const summary = sections.find((s) => s.kind === 'summary');
  if (summary) {
    const body = lines.slice(summary.from, summary.to).join(' ').replace(/\s+/g, ' ').trim();
    if (body) fields.summary = sourced(body.slice(0, 1000), body.slice(0, 200), 0.9);
  }

  const skills = findCvSkills(lines, sections, jobs, today).map(({ name: skill, text: t, confidence, ...rest }) => ({ value: skill, source: t, confidence, ...rest }));
  if (!skills.length) warnings.push({ key: 'errors:cv.noSkills' });
  return { fields, links, skills, warnings };
}

/** The draft as a bench-file engineer (no id), and where each value came from by JSON pointer. */
export function draftToEngineer(draft: CvDraft): { engineer: Partial<Omit<Engineer, 'id'>>; sources: Record<string, string> } {
  const f = draft.fields;
  const sources: Record<string, string> = {};
  const engineer: Partial<Omit<Engineer, 'id'>> = {};
  const set = <K extends keyof CvFields & keyof Engineer>(key: K) => {
    const v = f[key];
    if (!v) return;
    (engineer as Record<string, unknown>)[key] = v.value;
    sources[`/${key}`] = v.source;
  };
  (['name', 'email', 'country', 'city', 'timeZone', 'englishLevel', 'seniority', 'yearsExperience', 'primaryRole', 'summary'] as const).forEach(set);
  engineer.skills = draft.skills.map((s, i) => {
    sources[`/skills/${i}`] = s.source;
    return { name: s.value, level: s.level, ...(s.years !== undefined ? { years: s.years } : {}), ...(s.lastUsed !== undefined ? { lastUsed: s.lastUsed } : {}) };
  });
  if (draft.links.length) {
    engineer.links = draft.links.map((l, i) => {
      sources[`/links/${i}`] = l.source;
      return l.value;
    });
  }
  engineer.vettingStatus = 'sourced';
  return { engineer, sources };
}
