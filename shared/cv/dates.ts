// Job date ranges in CVs, in English, Spanish and Portuguese: "Jan 2019 – Present", "ene. 2019 –
// actualidad", "mar/2018 - atual", "03/2018 – 06/2021", "2016 - 2019", "desde 2020". Months count from
// 0 (January 2019 = 2019*12). An open end ("actualidad") is the `today` the caller gives, so a draft
// made on a given day is always the same.
import { fold } from '../text/fold';

const MONTHS: [RegExp, number][] = [
  [/^(jan|janeiro|january|ene|enero)/, 0],
  [/^(feb|fev|fevereiro|february|febrero)/, 1],
  [/^(mar|marco|march|marzo)/, 2],
  [/^(apr|abr|abril|april)/, 3],
  [/^(may|mai|maio|mayo)/, 4],
  [/^(jun|june|junio|junho)/, 5],
  [/^(jul|july|julio|julho)/, 6],
  [/^(aug|ago|agosto|august)/, 7],
  [/^(sep|set|sept|september|septiembre|setiembre|setembro)/, 8],
  [/^(oct|out|october|octubre|outubro)/, 9],
  [/^(nov|november|noviembre|novembro)/, 10],
  [/^(dec|dic|dez|december|diciembre|dezembro)/, 11],
];

const MONTH_WORD = '(?:jan(?:uary|eiro)?|ene(?:ro)?|feb(?:ruary|rero)?|fev(?:ereiro)?|mar(?:ch|zo|co)?|apr(?:il)?|abr(?:il)?|may(?:o)?|mai(?:o)?|jun(?:e|io|ho)?|jul(?:y|io|ho)?|aug(?:ust)?|ago(?:sto)?|sep(?:t(?:ember)?|tiembre)?|set(?:iembre|embro)?|oct(?:ober|ubre)?|out(?:ubro)?|nov(?:ember|iembre|embro)?|dec(?:ember)?|dic(?:iembre)?|dez(?:embro)?)';
const PRESENT = '(?:present|current(?:ly)?|now|today|ongoing|actualidad|actualmente|actual|presente|hoy|la fecha|atual(?:mente)?|o momento|hoje|momento|em andamento|en curso)';
// One end of a range: "ene. 2019", "mar/2018", "03/2018", "2018-03", "2018".
const POINT = `(?:${MONTH_WORD}\\.?(?:\\s*(?:de|del|/|-)\\s*|\\s+)?(?:19|20)\\d{2}|\\d{1,2}\\s*[/.-]\\s*(?:19|20)\\d{2}|(?:19|20)\\d{2}\\s*[/.-]\\s*\\d{1,2}(?!\\d)|(?:19|20)\\d{2})`;
const SEP = '\\s*(?:-|–|—|~|to|a|al|hasta|ate|até|until|till|→)\\s*';
const RANGE_RE = new RegExp(`(?<![\\p{L}\\d])(${POINT})${SEP}(${POINT}|${PRESENT})(?![\\p{L}\\d])`, 'giu');
const SINCE_RE = new RegExp(`(?<![\\p{L}])(?:since|desde|from|a partir de)\\s+(${POINT})(?![\\p{L}\\d])`, 'giu');

export interface DateRange {
  /** Month index (year*12 + month) of the start, and of the end (inclusive). */
  start: number;
  end: number;
  /** The end was "present" (or equivalent). */
  current: boolean;
  text: string;
  index: number;
}

function point(raw: string, isEnd: boolean): number | undefined {
  const s = fold(raw).replace(/\s+/g, ' ').trim();
  const year = /(19|20)\d{2}/.exec(s);
  if (!year) return undefined;
  const y = Number(year[0]);
  const word = /^[a-z]+/.exec(s)?.[0];
  if (word) {
    const m = MONTHS.find(([re]) => re.test(word))?.[1];
    if (m === undefined) return undefined;
    return y * 12 + m;
  }
  const num = /^(\d{1,2})\s*[/.-]\s*\d{4}$/.exec(s) ?? /^\d{4}\s*[/.-]\s*(\d{1,2})$/.exec(s);
  if (num) {
    const m = Number(num[1]);
    if (m < 1 || m > 12) return undefined;
    return y * 12 + m - 1;
  }
  // A bare year: January for a start, December for an end ("2016 - 2019" is four years of work).
  return y * 12 + (isEnd ? 11 : 0);
}

export function monthOf(today: string): number {
  const [y, m] = today.split('-').map(Number);
  return y! * 12 + (m! - 1);
}

/** Every date range in `text`, in order; ranges that end before they start or in the future are dropped. */
export function findDateRanges(text: string, today: string): DateRange[] {
  const now = monthOf(today);
  const out: DateRange[] = [];
  for (const m of text.matchAll(RANGE_RE)) {
    const start = point(m[1]!, false);
    const current = new RegExp(`^${PRESENT}$`, 'iu').test(fold(m[2]!).trim());
    const end = current ? now : point(m[2]!, true);
    if (start === undefined || end === undefined) continue;
    const e = Math.min(end, now);
    if (e < start || start > now || now - start > 50 * 12) continue;
    out.push({ start, end: e, current, text: m[0], index: m.index });
  }
  for (const m of text.matchAll(SINCE_RE)) {
    const start = point(m[1]!, false);
    if (start === undefined || start > now || out.some((r) => r.index <= m.index && m.index < r.index + r.text.length)) continue;
    out.push({ start, end: now, current: true, text: m[0], index: m.index });
  }
  return out.sort((a, b) => a.index - b.index);
}

/** Months covered by the union of the ranges (overlapping jobs count once). */
export function monthsCovered(ranges: readonly Pick<DateRange, 'start' | 'end'>[]): number {
  const sorted = [...ranges].sort((a, b) => a.start - b.start);
  let total = 0;
  let curStart = -1;
  let curEnd = -2;
  for (const r of sorted) {
    if (r.start > curEnd + 1) {
      if (curEnd >= curStart && curStart >= 0) total += curEnd - curStart + 1;
      curStart = r.start;
      curEnd = r.end;
    } else curEnd = Math.max(curEnd, r.end);
  }
  if (curStart >= 0) total += curEnd - curStart + 1;
  return total;
}
