// Job description -> draft role profile. Pure and deterministic: the same pasted text always gives the
// same draft, offline. Every field found carries the sentence it came from (`evidence`) so the role
// editor can show the account manager why it filled a field, and they stay in charge of the result.
import type { Cefr, Hours, Requirement, Role, Seniority } from '../bench/schema';
import { findSkills } from './skills';
import { findTimeZone } from './zones';

export type DraftRole = Omit<Role, 'id' | 'clientId'>;
export interface Evidence {
  field: string;
  text: string;
}
export interface RoleDraft {
  role: DraftRole;
  evidence: Evidence[];
}

type Mode = 'must' | 'nice' | 'neutral' | 'ignore';

const NICE_CUE = /\b(nice[\s-]to[\s-]haves?|bonus|a plus|is a plus|are a plus|plus\s*:|big plus|preferred|preferably|desirable|ideally|would be (?:great|nice|a plus)|good to have|familiarity with|exposure to|not required|optional)\b/i;
const MUST_CUE = /\b(required|requirements?|must|mandatory|essential|you have|you bring|you(?:'|’)ll need|we need|need to have|proven|strong|solid|deep|expert|extensive|hands[\s-]on|proficien(?:t|cy)|\d+\+?\s*(?:years|yrs))\b/i;
const MUST_HEADER = /(requirement|qualification|must|what you (?:bring|have|need)|what we need|you have|you bring|you(?:'|’)ll need|required|essential|minimum|skills|tech stack|stack|who you are|about you|what we(?:'|’)re looking for|we(?:'|’)re looking for|ideal candidate)/i;
const NICE_HEADER = /(nice|bonus|plus|preferred|desirable|extra|good to have|would be great)/i;
const IGNORE_HEADER = /(about us|about the (?:company|team)|who we are|benefits|perks|what we offer|we offer|compensation|why join|our company|equal opportunity|how to apply)/i;

const TITLE_PREFIX = /^(?:#+\s*)?(?:job title|title|position|role|opening|we(?:'|’)re hiring|hiring)\s*[:\-–]\s*/i;
const SENIORITY_WORDS: [RegExp, Seniority][] = [
  [/\b(intern|junior|jr\.?|entry[\s-]level|graduate)\b/i, 'junior'],
  [/\b(mid[\s-]?level|mid|intermediate|ssr)\b/i, 'mid'],
  [/\b(senior|sr\.?)\b/i, 'senior'],
  [/\b(lead|principal|staff|head of|architect|manager)\b/i, 'lead'],
];

function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

const NEUTRAL_HEADER = /^(?:what you(?:'|’)ll do|what you will do|responsibilities|the role|about the role|your role|day to day|the job|location|details)$/i;

function isHeader(line: string): boolean {
  const t = line.trim();
  if (!t) return false;
  if (/^#{1,6}\s/.test(t)) return true;
  // A bullet is content, never a header ("- JAX" is a skill, not a section).
  if (/^[-•]\s|^\*\s/.test(t)) return false;
  const bare = t.replace(/^[*_]+|[*_]+$/g, '').trim();
  if (bare.length <= 60 && /:$/.test(bare)) return true;
  if (bare.length <= 40 && bare === bare.toUpperCase() && (bare.match(/[A-Z]/g)?.length ?? 0) >= 5) return true;
  // A short line without sentence punctuation that names a section ("Nice to have", "About us").
  return bare.length <= 40 && !/[.!?,]$/.test(bare) && !/^[-*•]/.test(bare) &&
    (NEUTRAL_HEADER.test(bare) || IGNORE_HEADER.test(bare) || NICE_HEADER.test(bare) || MUST_HEADER.test(bare));
}

/** "Tech stack: Java, Spring Boot" or "Nice to have: Docker": a label that governs its own line only. */
function inlineMode(line: string): Mode | undefined {
  const m = /^\s*[-*•]?\s*\**([^:]{2,40}?)\**\s*:\s*\S/.exec(line);
  if (!m) return undefined;
  const mode = headerMode(m[1]!);
  return mode === 'neutral' ? undefined : mode;
}

function headerMode(line: string): Mode {
  if (IGNORE_HEADER.test(line)) return 'ignore';
  if (NICE_HEADER.test(line)) return 'nice';
  if (MUST_HEADER.test(line)) return 'must';
  return 'neutral';
}

function pickTitle(lines: string[], ev: Evidence[]): string {
  const labelled = lines.find((l) => TITLE_PREFIX.test(l.trim()) && /^(?:#+\s*)?(?:job title|title|position|role)\s*[:\-–]/i.test(l.trim()));
  const first = labelled ?? lines.find((l) => l.trim().length > 0) ?? '';
  let title = clean(first.replace(/^#+\s*/, '').replace(TITLE_PREFIX, '').replace(/[*_]/g, ''));
  // "Senior ML Engineer - Remote (LatAm) | Acme" -> "Senior ML Engineer".
  title = clean(title.split(/\s+[-–—|@]\s+|\s+\(|\s+at\s+[A-Z]/)[0] ?? title).replace(/[:.]$/, '');
  if (!title) title = 'Untitled role';
  if (title.length > 200) title = title.slice(0, 197) + '...';
  ev.push({ field: 'title', text: clean(first).slice(0, 200) });
  return title;
}

function senioritiesFrom(title: string): Seniority[] {
  const out: Seniority[] = [];
  // "Semi-senior" (LatAm usage) is mid-level, not senior.
  const t = title.replace(/\bsemi[\s-]?senior\b/gi, 'mid');
  for (const [re, s] of SENIORITY_WORDS) if (re.test(t)) out.push(s);
  return out;
}

function seniorityFromYears(years: number): Seniority[] {
  if (years < 2) return ['junior'];
  if (years < 5) return ['mid'];
  if (years < 8) return ['senior'];
  return ['senior', 'lead'];
}

const CEFR_RE = /\b([ABC][12])\b/;
function englishFrom(sentence: string): Cefr | undefined {
  if (!/\benglish\b/i.test(sentence)) return undefined;
  const cefr = CEFR_RE.exec(sentence);
  if (cefr) return cefr[1] as Cefr;
  if (/\b(native|bilingual|c2)\b/i.test(sentence)) return 'C2';
  if (/\b(fluent|fluency|advanced|excellent|full professional)\b/i.test(sentence)) return 'C1';
  if (/\b(upper[\s-]intermediate|professional|good|strong|conversational|working)\b/i.test(sentence)) return 'B2';
  if (/\bintermediate\b/i.test(sentence)) return 'B1';
  if (/\bbasic\b/i.test(sentence)) return 'A2';
  return 'B2';
}

function to24(h: number, m: number, ap: string | undefined): string | null {
  let hh = h;
  if (ap) {
    const pm = ap.toLowerCase().startsWith('p');
    if (hh < 1 || hh > 12) return null;
    hh = (hh % 12) + (pm ? 12 : 0);
  }
  if (hh > 23 || m > 59) return null;
  return `${String(hh).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

const RANGE_RE = /\b(\d{1,2})(?::(\d{2}))?\s*([ap]\.?m\.?)?\s*(?:-|–|to|until)\s*(\d{1,2})(?::(\d{2}))?\s*([ap]\.?m\.?)?/gi;
function coreHoursFrom(sentence: string): Hours | undefined {
  for (const m of sentence.matchAll(RANGE_RE)) {
    const [, h1, m1, a1, h2, m2, a2] = m;
    // "3-5 years" is not a clock: a range needs am/pm or minutes.
    if (!a1 && !a2 && m1 === undefined && m2 === undefined) continue;
    const start = to24(Number(h1), Number(m1 ?? 0), a1 ?? (a2 && Number(h1) <= Number(h2) ? a2 : a1));
    const end = to24(Number(h2), Number(m2 ?? 0), a2 ?? a1);
    if (start && end && start !== end) return { start, end };
  }
  return undefined;
}

const OVERLAP_RE = [
  /(\d+(?:\.\d+)?)\s*\+?\s*(?:hours?|hrs?|h)\b(?:\s+(?:of|daily|a day|per day))*\s+(?:of\s+)?(?:daily\s+)?overlap/i,
  /overlap(?:ping)?\s+(?:of\s+)?(?:at least\s+|minimum\s+|min\.?\s+)?(\d+(?:\.\d+)?)\s*\+?\s*(?:hours?|hrs?|h)\b/i,
  /(?:at least|minimum(?: of)?)\s+(\d+(?:\.\d+)?)\s*(?:hours?|hrs?|h)\b[^.]{0,40}\b(?:overlap|overlapping)/i,
];
function overlapFrom(sentence: string): number | undefined {
  for (const re of OVERLAP_RE) {
    const m = re.exec(sentence);
    if (m) {
      const n = Number(m[1]);
      if (n > 0 && n <= 24) return n;
    }
  }
  return undefined;
}

const RATE_RES = [
  /(?:up to|max(?:imum)?|budget(?: of| is|:)?|rate(?: of|:)?|cap(?: of|:)?|not (?:to )?exceed)?\s*(?:US)?\$\s*(\d+(?:\.\d+)?)(?:\s*(?:-|–|to)\s*(?:US)?\$?\s*(\d+(?:\.\d+)?))?\s*(?:USD\s*)?(?:\/\s*(?:h|hr|hour)\b|per\s+hour|an\s+hour|hourly|\/hr)/i,
  /(\d+(?:\.\d+)?)(?:\s*(?:-|–|to)\s*(\d+(?:\.\d+)?))?\s*(?:USD|US dollars|dollars)\s*(?:\/\s*(?:h|hr|hour)\b|per\s+hour|an\s+hour|hourly)/i,
];
function rateFrom(sentence: string): number | undefined {
  for (const re of RATE_RES) {
    const m = re.exec(sentence);
    if (m) {
      const v = Number(m[2] ?? m[1]);
      if (v > 0 && v < 1000) return v;
    }
  }
  return undefined;
}

const YEARS_RE = /(\d+(?:\.\d+)?)\s*\+?\s*(?:-\s*\d+\s*)?(?:years?|yrs?)\b/i;
const LEVEL_WORDS: [RegExp, number][] = [
  [/\b(expert|mastery|deep expertise)\b/i, 5],
  [/\b(strong|advanced|deep|extensive|senior-level)\b/i, 4],
  [/\b(solid|proficien(?:t|cy)|hands[\s-]on|production)\b/i, 3],
  [/\b(basic|familiarity|exposure|some)\b/i, 2],
];

interface Found {
  mode: 'must' | 'nice';
  req: Requirement;
  order: number;
  text: string;
}

/** Sentences of one line: bullets and lines are split at ". " and ";" so one cue governs one clause. */
function sentencesOf(line: string): string[] {
  return line.split(/(?<=[.!?])\s+(?=[A-Z])|;\s*/).map((s) => s.trim()).filter(Boolean);
}

export function draftRoleFromText(text: string): RoleDraft {
  const evidence: Evidence[] = [];
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const title = pickTitle(lines, evidence);
  const titleIdx = lines.findIndex((l) => l.trim().length > 0);

  const found = new Map<string, Found>();
  let order = 0;
  let mode: Mode = 'neutral';
  let sawMustSection = false;
  let english: { level: Cefr; text: string } | undefined;
  let zone: { zone: string; text: string } | undefined;
  let hours: { hours: Hours; text: string } | undefined;
  let overlap: { hours: number; text: string } | undefined;
  let rate: { rate: number; text: string } | undefined;
  let maxYears: { years: number; text: string } | undefined;
  const neutral: Found[] = [];

  lines.forEach((line, li) => {
    if (li !== titleIdx && isHeader(line)) {
      mode = headerMode(line);
      if (mode === 'must') sawMustSection = true;
      // A header may carry its own list: "Nice to have: Docker, Terraform".
      const rest = line.split(':').slice(1).join(':');
      if (!rest.trim()) return;
    }
    const lineMode = li === titleIdx ? 'must' : (inlineMode(line) ?? mode);
    for (const sentence of sentencesOf(line)) {
      const s = clean(sentence);
      const ctxMode: Mode = lineMode;
      if (ctxMode !== 'ignore') {
        const e = englishFrom(s);
        if (e && !english) english = { level: e, text: s };
        const z = findTimeZone(s);
        if (z && !zone) zone = { zone: z, text: s };
        const h = coreHoursFrom(s);
        if (h && !hours && (z || /\b(core|working|business|hours|time|overlap)\b/i.test(s))) hours = { hours: h, text: s };
        const o = overlapFrom(s);
        if (o !== undefined && !overlap) overlap = { hours: o, text: s };
        const r = rateFrom(s);
        if (r !== undefined && !rate) rate = { rate: r, text: s };
      }
      const yearsMatch = YEARS_RE.exec(s);
      const years = yearsMatch ? Number(yearsMatch[1]) : undefined;
      if (years !== undefined && ctxMode !== 'ignore' && years <= 30 && (!maxYears || years > maxYears.years)) maxYears = { years, text: s };
      if (ctxMode === 'ignore') continue;
      const mentions = findSkills(s);
      if (mentions.length === 0) continue;
      const cueMode: Mode = NICE_CUE.test(s) ? 'nice' : MUST_CUE.test(s) ? 'must' : ctxMode;
      const level = LEVEL_WORDS.find(([re]) => re.test(s))?.[1];
      // "Expert SQL and 4 years of dbt": years go to the skills named after them; "PyTorch (3+ years)"
      // has none after, so they go to every skill of the sentence. Never to a nice-to-have.
      const yearsAt = yearsMatch?.index ?? -1;
      const after = mentions.some((m) => m.start > yearsAt);
      for (const m of mentions) {
        const req: Requirement = { skill: m.skill };
        if (years !== undefined && years <= 30 && cueMode !== 'nice' && (!after || m.start > yearsAt)) req.minYears = years;
        if (level !== undefined && cueMode !== 'nice') req.minLevel = level;
        const f: Found = { mode: cueMode === 'nice' ? 'nice' : 'must', req, order: order++, text: s.slice(0, 200) };
        if (cueMode === 'neutral') {
          neutral.push(f);
          continue;
        }
        merge(found, f);
      }
    }
  });
  // Skills only named in neutral places (responsibilities, an unheaded paragraph) are must-haves when
  // the posting has no requirements list of its own, and nice-to-haves when it does.
  for (const f of neutral) merge(found, { ...f, mode: sawMustSection ? 'nice' : 'must' });

  const role: DraftRole = { title };
  const titleSen = senioritiesFrom(lines[titleIdx] ?? title);
  if (titleSen.length) {
    role.seniority = titleSen;
    evidence.push({ field: 'seniority', text: title });
  } else if (maxYears) {
    role.seniority = seniorityFromYears(maxYears.years);
    evidence.push({ field: 'seniority', text: maxYears.text });
  }
  const all = [...found.values()].sort((a, b) => a.order - b.order);
  const must = all.filter((f) => f.mode === 'must');
  const nice = all.filter((f) => f.mode === 'nice');
  if (must.length) role.mustHave = must.map((f) => f.req);
  if (nice.length) role.niceToHave = nice.map((f) => ({ skill: f.req.skill }));
  for (const f of all) evidence.push({ field: `${f.mode === 'must' ? 'mustHave' : 'niceToHave'}:${f.req.skill}`, text: f.text });
  if (zone) {
    role.timeZone = zone.zone;
    evidence.push({ field: 'timeZone', text: zone.text });
  }
  if (hours) {
    role.coreHours = hours.hours;
    evidence.push({ field: 'coreHours', text: hours.text });
  }
  if (overlap) {
    role.minOverlapHours = overlap.hours;
    evidence.push({ field: 'minOverlapHours', text: overlap.text });
  }
  if (english) {
    role.minEnglish = english.level;
    evidence.push({ field: 'minEnglish', text: english.text });
  }
  if (rate) {
    role.maxBillRate = rate.rate;
    evidence.push({ field: 'maxBillRate', text: rate.text });
  }
  return { role, evidence };
}

/** The strongest reading wins: must over nice; the larger years and level asked anywhere. */
function merge(found: Map<string, Found>, f: Found): void {
  const prev = found.get(f.req.skill);
  if (!prev) {
    found.set(f.req.skill, f);
    return;
  }
  if (f.mode === 'must' && prev.mode === 'nice') {
    found.set(f.req.skill, { ...f, order: prev.order });
    return;
  }
  if (f.mode === 'must' && prev.mode === 'must') {
    if (f.req.minYears !== undefined && (prev.req.minYears ?? 0) < f.req.minYears) prev.req.minYears = f.req.minYears;
    if (f.req.minLevel !== undefined && (prev.req.minLevel ?? 0) < f.req.minLevel) prev.req.minLevel = f.req.minLevel;
  }
}
