// The terms of a posting besides skills: start date, headcount, budget (hourly, monthly or yearly, and
// converted to the hourly rate a role stores), overlap with the client's day, and seniority ranges, in
// English, Spanish and Portuguese.
import type { KeyedText } from '../api/errors';
import type { Seniority } from '../bench/schema';
import { fold } from '../text/fold';

/** Hours a month and a year the budget conversion assumes (full time: 40 h a week, 4 weeks a month). */
export const HOURS_PER_MONTH = 160;
export const HOURS_PER_YEAR = HOURS_PER_MONTH * 12;

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_ALIASES: Record<string, number> = {
  ene: 0, enero: 0, janeiro: 0, fev: 1, febrero: 1, fevereiro: 1, marzo: 2, marco: 2, abr: 3, abril: 3, mayo: 4, mai: 4, maio: 4,
  junio: 5, junho: 5, julio: 6, julho: 6, ago: 7, agosto: 7, set: 8, sept: 8, septiembre: 8, setiembre: 8, setembro: 8,
  out: 9, octubre: 9, outubro: 9, noviembre: 10, novembro: 10, dic: 11, diciembre: 11, dez: 11, dezembro: 11,
};
function monthIndex(word: string): number | undefined {
  const w = fold(word).replace(/\.$/, '');
  if (w in MONTH_ALIASES) return MONTH_ALIASES[w];
  const i = MONTHS.indexOf(w.slice(0, 3));
  return i >= 0 && (w.length === 3 || /^(january|february|march|april|may|june|july|august|september|october|november|december)$/.test(w)) ? i : undefined;
}

const pad = (n: number) => String(n).padStart(2, '0');
function iso(y: number, m: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, m, d));
  if (date.getUTCMonth() !== m || date.getUTCDate() !== d) return undefined;
  return `${y}-${pad(m + 1)}-${pad(d)}`;
}

const START_LABEL = /\b(?:start(?:ing)?(?:\s+date)?|start\s+on|begin(?:ning)?|fecha de (?:inicio|incorporaci[oó]n)|inicio|incorporaci[oó]n|data de in[ií]cio|in[ií]cio|come[cç]o|comienzo|incorporaci[oó]n inmediata)\b\s*(?:date\s*)?(?:(?:previst[oa]|estimad[oa]|planned|expected|desejad[oa]|desead[oa]|tentativ[oa]|aproximad[oa])\s*)?[:\-–]?\s*(?:on|by|in|el|em|no|en|a partir (?:del?|de))?\s*/i;
const ASAP = /\b(asap|as soon as possible|immediately|immediate start|de inmediato|inmediata|inmediato|lo antes posible|imediato|imediata|o quanto antes)\b/i;

export interface StartFound { date?: string; asap?: boolean; text: string }

/** "Start date: January 15, 2027", "Fecha de inicio: 15 de enero de 2027", "Início: 01/02/2027", "start ASAP". */
export function startDateFrom(sentence: string, today: string, dayFirst: boolean): StartFound | undefined {
  const label = START_LABEL.exec(sentence);
  if (!label) return undefined;
  const rest = sentence.slice(label.index + label[0].length, label.index + label[0].length + 60);
  if (ASAP.test(rest)) return { asap: true, text: sentence };
  const y0 = Number(today.slice(0, 4));
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-(\d{2})-(\d{2})/.exec(rest))) {
    const d = iso(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    return d ? { date: d, text: sentence } : undefined;
  }
  if ((m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})/.exec(rest))) {
    let [a, b] = [Number(m[1]), Number(m[2])];
    // 01/02/2027 is 1 February in Spanish and Portuguese, January 2 in US English; a day over 12 settles it.
    if (a > 12) dayFirst = true;
    else if (b > 12) dayFirst = false;
    if (!dayFirst) [a, b] = [b, a];
    const d = iso(Number(m[3]), b - 1, a);
    return d ? { date: d, text: sentence } : undefined;
  }
  // "January 15, 2027", "Jan 15th", "15 January 2027", "15 de enero de 2027", "March 2027", "enero 2027".
  const word = '([A-Za-zÀ-ÿ]{3,10}\\.?)';
  const tries: [RegExp, (x: RegExpExecArray) => [number | undefined, number, number | undefined]][] = [
    [new RegExp(`^${word}\\s+(\\d{1,2})(?!\\d)(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?`), (x) => [monthIndex(x[1]!), Number(x[2]), x[3] ? Number(x[3]) : undefined]],
    [new RegExp(`^(\\d{1,2})(?!\\d)(?:st|nd|rd|th|º)?\\s+(?:de\\s+|of\\s+)?${word}(?:,?\\s+(?:de\\s+|del\\s+)?(\\d{4}))?`), (x) => [monthIndex(x[2]!), Number(x[1]), x[3] ? Number(x[3]) : undefined]],
    [new RegExp(`^(?:early\\s+|mid\\s+|late\\s+|principios de\\s+|inicios de\\s+|in[ií]cio de\\s+)?${word}\\s+(?:de\\s+)?(\\d{4})`), (x) => [monthIndex(x[1]!), 1, Number(x[2])]],
  ];
  for (const [re, pick] of tries) {
    const x = re.exec(rest);
    if (!x) continue;
    const [month, day, year] = pick(x);
    if (month === undefined) continue;
    // A month without a year is the next one to come.
    let y = year ?? y0;
    if (year === undefined && `${y}-${pad(month + 1)}-${pad(day)}` < today) y++;
    const d = iso(y, month, day);
    if (d) return { date: d, text: sentence };
  }
  return undefined;
}

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  un: 1, uno: 1, una: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10,
  um: 1, uma: 1, dois: 2, duas: 2, quatro: 4, sete: 7, oito: 8, nove: 9, dez: 10,
};
const num = (s: string) => (/^\d+$/.test(s) ? Number(s) : NUMBER_WORDS[fold(s)]);
const COUNT = '(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|um|uma|dois|duas|quatro|sete|oito|nove|dez)';
const HEADCOUNT_RES = [
  new RegExp(`\\b(?:headcount|openings|positions|vacancies|seats|vacantes|posiciones|plazas|vagas|n[uú]mero de vagas|cantidad de vacantes)\\s*[:\\-–]\\s*${COUNT}\\b`, 'i'),
  new RegExp(`\\b(?:hiring|looking for|need|seeking|buscamos|contratamos|contratando|buscando|procuramos|contratar)\\s+${COUNT}\\s+(?:\\w+\\s+){0,3}?(?:engineers?|developers?|people|devs|ingenier[oa]s|desarrollador(?:e?s|as)|engenheir[oa]s|desenvolvedor(?:e?s|as)|profesionales|profissionais|personas|pessoas|scientists|analysts)\\b`, 'i'),
  new RegExp(`\\b${COUNT}\\s+(?:open\\s+)?(?:positions|openings|seats|roles|hires|vacantes|posiciones|plazas|vagas)\\b`, 'i'),
];

/** "Headcount: 3", "hiring 2 engineers", "2 vacantes", "duas vagas". */
export function headcountFrom(sentence: string): number | undefined {
  for (const re of HEADCOUNT_RES) {
    const m = re.exec(sentence);
    const n = m ? num(m[1]!) : undefined;
    if (n && n >= 1 && n <= 50) return n;
  }
  return undefined;
}

/** `notes`: how a monthly or yearly figure became hourly, and a figure in euros, as keyed words for the account manager. */
export interface BudgetFound { hourly: number; notes: KeyedText[]; text: string }

const AMOUNT = '(\\d{1,3}(?:[.,\\s]\\d{3})+|\\d+(?:[.,]\\d+)?)\\s*(k|mil)?';
const CURRENCY = '(?:US\\$|USD|U\\$S|\\$|EUR|€|dollars|d[oó]lares)';
const PER_HOUR = '(?:/\\s*(?:h|hr|hour|hora)\\b|per\\s+hour|an\\s+hour|hourly|por\\s+hora|a\\s+hora|/hora)';
const PER_MONTH = '(?:/\\s*(?:mo|month|mes|m[eê]s)\\b|per\\s+month|a\\s+month|monthly|mensual(?:es)?|mensais|mensal|al\\s+mes|por\\s+mes|por\\s+m[eê]s)';
const PER_YEAR = '(?:/\\s*(?:yr|year|a[nñ]o)\\b|per\\s+(?:year|annum)|a\\s+year|annual(?:ly)?|yearly|p\\.?a\\.?|anual(?:es)?|al\\s+a[nñ]o|por\\s+a[nñ]o|por\\s+ano)';
const BUDGET_RE = new RegExp(`(${CURRENCY})?\\s*${AMOUNT}\\s*(?:(?:-|–|to|a|até)\\s*(?:${CURRENCY})?\\s*${AMOUNT})?\\s*(${CURRENCY})?\\s*(${PER_HOUR}|${PER_MONTH}|${PER_YEAR})`, 'i');

function amount(raw: string, k: string | undefined): number {
  let s = raw.replace(/\s/g, '');
  // "6,000" and "6.000" are thousands; "37.5" and "37,5" are decimals.
  if (/^\d{1,3}([.,]\d{3})+$/.test(s)) s = s.replace(/[.,]/g, '');
  else s = s.replace(',', '.');
  return Number(s) * (k ? 1000 : 1);
}

/** The hourly budget cap, converted from a monthly or yearly figure (and said so). The top of a range is the cap. */
export function budgetFrom(sentence: string): BudgetFound | undefined {
  const m = BUDGET_RE.exec(sentence);
  if (!m) return undefined;
  const [, cur1, a1, k1, a2, k2, cur3, per] = m;
  const currency = cur1 ?? cur3;
  if (!currency && !/\b(budget|rate|salary|compensation|presupuesto|tarifa|salario|sueldo|or[cç]amento|sal[aá]rio|remunera)/i.test(sentence)) return undefined;
  const top = a2 ? amount(a2, k2 ?? k1) : amount(a1!, k1);
  if (!(top > 0)) return undefined;
  const unit = new RegExp(`^${PER_HOUR}$`, 'i').test(per!) ? 'hour' : new RegExp(`^${PER_MONTH}$`, 'i').test(per!) ? 'month' : 'year';
  const cur = currency && /eur|€/i.test(currency) ? 'EUR' : 'USD';
  const euros: KeyedText[] = cur === 'EUR' ? [{ key: 'errors:posting.euros' }] : [];
  if (unit === 'hour') return top < 1000 ? { hourly: top, text: sentence, notes: euros } : undefined;
  const hours = unit === 'month' ? HOURS_PER_MONTH : HOURS_PER_YEAR;
  const hourly = Math.round(top / hours);
  if (hourly <= 0 || hourly >= 1000) return undefined;
  const converted: KeyedText = { key: unit === 'month' ? 'errors:posting.budgetMonthly' : 'errors:posting.budgetYearly', params: { amount: top, hourly, hours } };
  return { hourly, text: sentence, notes: [converted, ...euros] };
}

const OVERLAP_RES = [
  /(\d+(?:\.\d+)?)\s*\+?\s*(?:hours?|hrs?|h|horas)\b(?:\s+(?:of|daily|a day|per day|diarias|por d[ií]a|por dia|de))*\s+(?:of\s+)?(?:daily\s+)?(?:overlap|solapamiento|superposici[oó]n|coincidencia|sobreposi[cç][aã]o)/i,
  /(?:overlap(?:ping)?|solapamiento|superposici[oó]n|sobreposi[cç][aã]o)\s*[:\-–]?\s*(?:of\s+|de\s+)?(?:at least\s+|minimum\s+|min\.?\s+|al menos\s+|m[ií]nimo\s+|pelo menos\s+)?(\d+(?:\.\d+)?)\s*\+?\s*(?:hours?|hrs?|h|horas)\b/i,
  /(?:at least|minimum(?: of)?|al menos|m[ií]nimo(?: de)?|pelo menos)\s+(\d+(?:\.\d+)?)\s*(?:hours?|hrs?|h|horas)\b[^.]{0,40}\b(?:overlap|overlapping|solapamiento|superposici[oó]n|sobreposi[cç][aã]o|in common|en com[uú]n|em comum)/i,
  // "share at least 3 hours with CET", "compartir 4 horas con EST", "4 horas em comum com o horário de Brasília"
  /\b(?:share|sharing|shared|compartir|compartiendo|compartilhar|coincidir|coincidiendo)\s+(?:at least\s+|a minimum of\s+|al menos\s+|pelo menos\s+)?(\d+(?:\.\d+)?)\s*\+?\s*(?:hours?|hrs?|h|horas)\b/i,
  /(\d+(?:\.\d+)?)\s*\+?\s*(?:hours?|hrs?|horas)\s+(?:in common|en com[uú]n|em comum)\b/i,
];

/** Minimum overlap hours ("4+ hours of overlap", "Overlap: 6+ hours with Chicago", "share at least 3 hours with CET"). */
export function overlapFrom(sentence: string): number | undefined {
  for (const re of OVERLAP_RES) {
    const m = re.exec(sentence);
    if (m) {
      const n = Number(m[1]);
      if (n > 0 && n <= 24) return n;
    }
  }
  return undefined;
}

/** "business hours" / "horario laboral" / "horário comercial" without clock times: the client's 9 to 5. */
export const BUSINESS_HOURS = /\b(business hours|working hours|office hours|work ?day|horario (?:laboral|de oficina|comercial)|hor[aá]rio (?:comercial|de trabalho))\b/i;

const LEVELS: [RegExp, Seniority][] = [
  [/\b(intern|junior|jr\.?|entry[\s-]level|trainee)\b/, 'junior'],
  [/\b(mid[\s-]?level|mid|intermediate|semi[\s-]?senior|ssr|pleno)\b/, 'mid'],
  [/\b(senior|sr\.?)\b/, 'senior'],
  [/\b(lead|principal|staff|tech lead|lider tecnico)\b/, 'lead'],
];

/** "mid to senior", "Mid/Senior", "Semi Senior a Senior", "Pleno/Sênior", "senior or lead": every level named, in order. */
export function seniorityRange(sentence: string): Seniority[] | undefined {
  const f = fold(sentence).replace(/\bsemi[\s-]?senior\b/g, 'mid');
  const m = /\b(junior|jr|mid(?:[\s-]?level)?|intermediate|pleno|ssr|senior|sr|lead|principal|staff)\b\s*(?:to|-|–|\/|or|a|o|ou|y|e|and)\s*\b(junior|jr|mid(?:[\s-]?level)?|intermediate|pleno|ssr|senior|sr|lead|principal|staff)\b/.exec(f);
  if (!m) return undefined;
  const order: Seniority[] = ['junior', 'mid', 'senior', 'lead'];
  const lv = (w: string) => LEVELS.find(([re]) => re.test(w))?.[1];
  const a = lv(m[1]!);
  const b = lv(m[2]!);
  if (!a || !b || a === b) return undefined;
  const [i, j] = [order.indexOf(a), order.indexOf(b)].sort((x, y) => x - y);
  return order.slice(i!, j! + 1);
}
