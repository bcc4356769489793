// Job description -> draft role profile. Pure and deterministic: the same pasted text always gives the
// same draft, offline. Every field found carries the sentence it came from (`evidence`) so the role
// editor can show the account manager why it filled a field, and they stay in charge of the result.
import type { KeyedText } from '../api/errors';
import { DEFAULT_CORE_HOURS, type Cefr, type Hours, type Requirement, type Role, type Seniority } from '../bench/schema';
import { findEnglish } from '../cv/english';
import { conceptOfSkill } from '../taxonomy/concepts';
import { findSkills, type SkillMention } from './skills';
import { BUSINESS_HOURS, budgetFrom, headcountFrom, overlapFrom, seniorityRange, startDateFrom } from './terms';
import { findTimeZone } from './zones';

export type DraftRole = Omit<Role, 'id' | 'clientId'>;
export interface Evidence {
  field: string;
  text: string;
}
export interface RoleDraft {
  role: DraftRole;
  evidence: Evidence[];
  /** What the reader decided and the account manager should know (a converted budget, a concept read as a family),
   * as keyed words: the role editor and the CLI say them in the reader's language (renderText). */
  notes: KeyedText[];
}

type Mode = 'must' | 'nice' | 'neutral' | 'ignore';

// "We also use" names the stack around the role, not what the hire must know; Spanish and Portuguese
// postings say "deseable", "valorable", "diferencial", "desejável".
const NICE_CUE = /\b(nice[\s-]to[\s-]haves?|bonus|a plus|is a plus|are a plus|plus\s*:|big plus|preferred|preferably|desirable|ideally|would be (?:great|nice|a plus)|good to have|familiarity with|exposure to|not required|optional|we also use|also use|also using|our stack also|we also work with|deseables?|valorables?|se valora|valoramos|suma puntos|es un plus|ser[aá] un plus|plus\b|diferencia(?:l|is)|desej[aá]ve(?:l|is)|[eé] um plus|seria (?:um|un) plus|tambi[eé]n usamos|tambi[eé]n utilizamos|tamb[eé]m usamos|tamb[eé]m utilizamos)(?![\p{L}])/iu;
const MUST_CUE = /\b(required|requirements?|must|mandatory|essential|you have|you bring|you(?:'|’)ll need|we need|need to have|proven|strong|solid|deep|expert|extensive|hands[\s-]on|proficien(?:t|cy)|\d+\+?\s*(?:years|yrs|a[ñn]os|anos)|requisitos?|excluyente|obligatori[oa]|indispensable|imprescindible|necesari[oa]|obrigat[oó]ri[oa]|necess[aá]ri[oa]|s[oó]lid[oa]s?|amplia experiencia|experiencia (?:con|en)|experi[eê]ncia (?:com|em)|dominio de|dom[ií]nio de)(?![\p{L}])/iu;
const MUST_HEADER = /(requirement|qualification|must|what you (?:bring|have|need)|what we need|you have|you bring|you(?:'|’)ll need|required|essential|minimum|skills|tech stack|stack|who you are|about you|what we(?:'|’)re looking for|we(?:'|’)re looking for|ideal candidate|requisitos|requerimientos|lo que buscamos|qu[eé] buscamos|perfil buscado|o que buscamos|qualifica[cç][oõ]es|conocimientos|conhecimentos|habilidades|competencias)/i;
const NICE_HEADER = /(nice|bonus|plus|preferred|desirable|extra|good to have|would be great|deseable|valorable|se valora|diferencia|desej[aá]ve|b[oô]nus)/i;
const IGNORE_HEADER = /(about us|about the (?:company|team)|who we are|benefits|perks|what we offer|we offer|compensation|why join|our company|equal opportunity|how to apply|sobre nosotros|qui[eé]nes somos|beneficios|benef[ií]cios|ofrecemos|oferecemos|sobre n[oó]s|quem somos|c[oó]mo postular|como se candidatar)/i;

const TITLE_PREFIX = /^(?:#+\s*)?(?:job title|title|position|role|opening|we(?:'|’)re hiring|hiring|vacante|vaga|puesto|cargo|posici[oó]n|oportunidad|oportunidade|t[ií]tulo(?: del puesto| da vaga)?|estamos contratando|contratamos)\s*[:\-–]\s*/i;
const SENIORITY_WORDS: [RegExp, Seniority][] = [
  [/\b(intern|junior|jr\.?|entry[\s-]level|graduate)\b/i, 'junior'],
  [/\b(mid[\s-]?level|mid|intermediate|ssr)\b/i, 'mid'],
  [/\b(senior|sr\.?)\b/i, 'senior'],
  [/\b(lead|principal|staff|head of|architect|manager)\b/i, 'lead'],
];

function clean(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

const NEUTRAL_HEADER = /^(?:what you(?:'|’)ll do|what you will do|responsibilities|the role|about the role|your role|day to day|the job|location|details|responsabilidades|funciones|tus tareas|atividades|atribui[cç][oõ]es|o que voc[eê] vai fazer|qu[eé] har[aá]s|sobre el rol|sobre a vaga|sobre el puesto|detalles|detalhes)$/i;

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
  // "Semi-senior" (LatAm usage) and "Pleno" (Brazil) are mid-level; "Sênior" is senior.
  const t = title.normalize('NFD').replace(/\p{M}/gu, '').replace(/\bsemi[\s-]?senior\b/gi, 'mid').replace(/\bpleno\b/gi, 'mid');
  for (const [re, s] of SENIORITY_WORDS) if (re.test(t)) out.push(s);
  return out;
}

function seniorityFromYears(years: number): Seniority[] {
  if (years < 2) return ['junior'];
  if (years < 5) return ['mid'];
  if (years < 8) return ['senior'];
  return ['senior', 'lead'];
}

/** The CV reader's English levels (one table of words and tests); English named without a level is B2. */
function englishFrom(sentence: string): Cefr | undefined {
  if (!/\b(english|ingl[eéê]s)\b/i.test(sentence)) return undefined;
  return findEnglish(sentence)?.level ?? (/\bstrong\b/i.test(sentence) ? 'B2' : 'B2');
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

// "9am-5pm", "09:00-17:00", "9h–18h", "9h00 às 18h00", "de 9:00 a 18:00".
const RANGE_RE = /\b(\d{1,2})(?:[:h](\d{2}))?\s*(h\b)?\s*([ap]\.?m\.?)?\s*(?:-|–|to|until|a|às|as|até|hasta|al)\s*(\d{1,2})(?:[:h](\d{2}))?\s*(h\b)?\s*([ap]\.?m\.?)?/gi;
function coreHoursFrom(sentence: string): Hours | undefined {
  for (const m of sentence.matchAll(RANGE_RE)) {
    const [, h1, m1, hm1, a1, h2, m2, hm2, a2] = m;
    // "3-5 years" is not a clock: a range needs am/pm, minutes, or an h on both ends ("9h-18h").
    if (!a1 && !a2 && m1 === undefined && m2 === undefined && !(hm1 && hm2)) continue;
    const start = to24(Number(h1), Number(m1 ?? 0), a1 ?? (a2 && Number(h1) <= Number(h2) ? a2 : a1));
    const end = to24(Number(h2), Number(m2 ?? 0), a2 ?? a1);
    if (start && end && start !== end) return { start, end };
  }
  return undefined;
}

// "3-5 years", "3 to 5 years", "entre 3 y 5 años": the lower figure is the minimum.
const YEARS_RE = /(\d+(?:\.\d+)?)\s*\+?\s*(?:(?:-|–|to|a|y|e|and)\s*\d+\s*\+?\s*)?(?:years?|yrs?|a[ñn]os|anos)(?![\p{L}])/iu;
/** "at least 3 of them", "3 de ellos", "3 deles": part of the years just named. */
const OF_THEM = /\b(\d{1,2})\s+(?:of them|of those|of which|de ellos|de los cuales|deles|dos quais)\b/gi;
/** Two or more skills offered as alternatives: "MLflow or W&B", "Python, Go o Rust", "AWS ou GCP", "and/or". */
const OR_GAP = /^\s*(?:,\s*)?(?:or|o|ou|u|and\/or|y\/o|e\/ou|either)\s+$/i;
const LIST_GAP = /^\s*(?:,|\/)\s*$/;
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

/** Spans of the parenthesized asides that carry a nice-to-have cue ("(NestJS é um diferencial)"). */
function niceAsides(s: string): [number, number][] {
  return [...s.matchAll(/\(([^()]*)\)/g)].filter((m) => NICE_CUE.test(m[1]!)).map((m) => [m.index, m.index + m[0].length]);
}

/** Sentences of one line: bullets and lines are split at ". " and ";" so one cue governs one clause. */
function sentencesOf(line: string): string[] {
  return line.split(/(?<=[.!?])\s+(?=[A-Z])|;\s*/).map((s) => s.trim()).filter(Boolean);
}

/** Mentions that are offered as alternatives: chains joined by commas with at least one "or". */
function alternatives(s: string, mentions: SkillMention[]): SkillMention[][] {
  const groups: SkillMention[][] = [];
  let chain: SkillMention[] = [mentions[0]!];
  let hasOr = false;
  const close = () => {
    if (hasOr && chain.length > 1) groups.push(chain);
  };
  for (let i = 1; i < mentions.length; i++) {
    const gap = s.slice(mentions[i - 1]!.end, mentions[i]!.start);
    if (OR_GAP.test(gap)) {
      hasOr = true;
      chain.push(mentions[i]!);
    } else if (LIST_GAP.test(gap)) chain.push(mentions[i]!);
    else {
      close();
      chain = [mentions[i]!];
      hasOr = false;
    }
  }
  close();
  return groups;
}

/** Spanish or Portuguese text writes dates day first (01/02/2027 is 1 February). */
const DAY_FIRST = /\b(requisitos|experiencia|experi[eê]ncia|a[nñ]os|anos|vaga|puesto|conocimientos|conhecimentos|inicio|in[ií]cio)\b/i;

export function draftRoleFromText(text: string, today: string = new Date().toISOString().slice(0, 10)): RoleDraft {
  const evidence: Evidence[] = [];
  const notes: KeyedText[] = [];
  const dayFirst = DAY_FIRST.test(text);
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
  let rate: { rate: number; text: string; notes: KeyedText[] } | undefined;
  let start: { date?: string; asap?: boolean; text: string } | undefined;
  let headcount: { n: number; text: string } | undefined;
  let range: { levels: Seniority[]; text: string } | undefined;
  let businessHours: string | undefined;
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
        if (h && !hours && (z || /\b(core|working|business|hours|time|overlap|horario|hor[aá]rio|horas|jornada|expediente|solapamiento|sobreposi[cç][aã]o)(?![\p{L}])/iu.test(s))) hours = { hours: h, text: s };
        const o = overlapFrom(s);
        if (o !== undefined && !overlap) overlap = { hours: o, text: s };
        const r = budgetFrom(s);
        if (r && !rate) rate = { rate: r.hourly, text: s, notes: r.notes };
        start ??= startDateFrom(s, today, dayFirst);
        const n = headcountFrom(s);
        if (n && !headcount) headcount = { n, text: s };
        const lv = seniorityRange(s);
        if (lv && !range && (li === titleIdx || /\b(level|seniority|nivel|n[ií]vel|senioridad|senioridade|experience|experiencia|experi[eê]ncia)\b/i.test(s) || /^\W*\w+\W+(to|a|ou|o)\W+\w+\W*$/i.test(s))) range = { levels: lv, text: s };
        if (!businessHours && BUSINESS_HOURS.test(s)) businessHours = s;
      }
      const yearsMatch = YEARS_RE.exec(s);
      const years = yearsMatch ? Number(yearsMatch[1]) : undefined;
      const sentenceNice = NICE_CUE.test(s.replace(/\([^()]*\)/g, ' ')) || ctxMode === 'nice';
      if (years !== undefined && ctxMode !== 'ignore' && !sentenceNice && years <= 30 && (!maxYears || years > maxYears.years)) maxYears = { years, text: s };
      if (ctxMode === 'ignore') continue;
      const mentions = findSkills(s);
      if (mentions.length === 0) continue;
      // "Node.js (NestJS is a plus)": the cue in the aside governs the aside only.
      const asides = niceAsides(s);
      const main = asides.reduceRight((t, [a, b]) => t.slice(0, a) + ' '.repeat(b - a) + t.slice(b), s);
      const cueMode: Mode = NICE_CUE.test(main) ? 'nice' : MUST_CUE.test(main) ? 'must' : ctxMode;
      const alternative = new Set<SkillMention>();
      for (const group of alternatives(s, mentions)) {
        group.forEach((m) => alternative.add(m));
        if (cueMode !== 'nice') notes.push({ key: 'errors:posting.alternatives', params: { skills: group.map((m) => m.skill) } });
      }
      const level = LEVEL_WORDS.find(([re]) => re.test(s))?.[1];
      // "Expert SQL and 4 years of dbt": years go to the skills named after them; "PyTorch (3+ years)"
      // has none after, so they go to every skill of the sentence. Never to a nice-to-have.
      const yearsAt = yearsMatch?.index ?? -1;
      const after = mentions.some((m) => m.start > yearsAt);
      // "7+ years in platform roles, at least 3 of them running Kubernetes": a later, narrower figure
      // goes to the skills named after it.
      const narrower = [...s.matchAll(OF_THEM)].filter((x) => x.index > yearsAt);
      for (const m of mentions) {
        const mMode: Mode = alternative.has(m) || asides.some(([a, b]) => m.start >= a && m.end <= b) ? 'nice' : cueMode;
        const req: Requirement = { skill: m.skill };
        const own = narrower.findLast((x) => x.index < m.start);
        if (own && mMode !== 'nice') req.minYears = Number(own[1]);
        else if (years !== undefined && years <= 30 && mMode !== 'nice' && (!after || m.start > yearsAt)) req.minYears = years;
        if (level !== undefined && mMode !== 'nice') req.minLevel = level;
        const f: Found = { mode: mMode === 'nice' ? 'nice' : 'must', req, order: order++, text: s.slice(0, 200) };
        if (mMode === 'neutral') {
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
  conceptsToFamilies(found, notes, order);

  const role: DraftRole = { title };
  const titleSen = senioritiesFrom(lines[titleIdx] ?? title);
  if (range && range.levels.length > titleSen.length) {
    role.seniority = range.levels;
    evidence.push({ field: 'seniority', text: range.text });
  } else if (titleSen.length) {
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
  } else if (businessHours && zone) {
    role.coreHours = { ...DEFAULT_CORE_HOURS };
    evidence.push({ field: 'coreHours', text: businessHours });
    notes.push({ key: 'errors:posting.businessHours', params: { start: DEFAULT_CORE_HOURS.start, end: DEFAULT_CORE_HOURS.end, zone: zone.zone } });
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
    notes.push(...rate.notes);
  }
  if (start?.date) {
    role.startDate = start.date;
    evidence.push({ field: 'startDate', text: start.text });
  } else if (start?.asap) notes.push({ key: 'errors:posting.asap' });
  if (headcount) {
    role.headcount = headcount.n;
    evidence.push({ field: 'headcount', text: headcount.text });
  }
  return { role, evidence, notes };
}

/**
 * A field named as a skill ("Machine Learning", "MLOps") is a word on a CV, not an ability an engineer can be
 * matched on: it stays a nice-to-have only. When the posting names none of the field's skills, the first
 * three of its family become nice-to-haves too; a note says so either way.
 */
function conceptsToFamilies(found: Map<string, Found>, notes: KeyedText[], order: number): void {
  for (const [skill, f] of [...found]) {
    const concept = conceptOfSkill(skill);
    if (!concept) continue;
    const wasMust = f.mode === 'must';
    found.set(skill, { ...f, mode: 'nice', req: { skill } });
    const named = concept.skills.filter((s) => s !== skill && found.has(s));
    const family = named.length ? [] : concept.skills.filter((s) => s !== skill).slice(0, 3);
    family.forEach((s, i) => found.set(s, { mode: 'nice', req: { skill: s }, order: f.order + (order + i) / 1e6, text: f.text }));
    if (!wasMust && !family.length) continue;
    notes.push(family.length
      ? { key: 'errors:posting.fieldWithFamily', params: { skill, family } }
      : { key: 'errors:posting.fieldNamed', params: { skill, named: named.slice(0, 3) } });
  }
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
