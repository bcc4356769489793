// The Bench table's rows, and the columnar form `listEngineerRows` sends them in. A whole bench is
// 10k-100k rows: as an array of objects every row repeats every key, which made the answer ~4 MB at 10k
// and its JSON.parse the renderer's biggest cost before the first screen. As one array per field the
// keys go once, absent values are null, and parsing is a run of short strings and numbers.
import type { AvailabilityStatus, Cefr, Seniority, VettingStatus } from '../bench/schema';

/** One table row: only what the Bench table shows, so 100k of them stay a few MB. */
export interface EngineerRow {
  id: string;
  name: string;
  country: string;
  city?: string;
  timeZone: string;
  seniority: Seniority;
  primaryRole?: string;
  /** Effective English (the latest assessment that recorded one, else the profile). */
  english?: Cefr;
  availability?: AvailabilityStatus;
  availableFrom?: string;
  vetting?: VettingStatus;
  billPerHour?: number;
  currency?: string;
  yearsExperience?: number;
  /** The six strongest skills by effective level, canonical names (the table shows the first four). */
  skills: string[];
  tags: string[];
  assessments: number;
  archived: boolean;
}

/** Every field of a row, in the order the columns are sent. */
export const ENGINEER_ROW_FIELDS = [
  'id', 'name', 'country', 'city', 'timeZone', 'seniority', 'primaryRole', 'english', 'availability', 'availableFrom',
  'vetting', 'billPerHour', 'currency', 'yearsExperience', 'skills', 'tags', 'assessments', 'archived',
] as const satisfies readonly (keyof EngineerRow)[];

/** One array per field; entry i of each is row i; an absent optional value is null. */
export type EngineerRowColumns = { [K in keyof EngineerRow]-?: (EngineerRow[K] | null)[] };

export function toColumns(rows: readonly EngineerRow[]): EngineerRowColumns {
  const out = {} as Record<string, unknown[]>;
  for (const f of ENGINEER_ROW_FIELDS) {
    const col = new Array<unknown>(rows.length);
    for (let i = 0; i < rows.length; i++) col[i] = rows[i]![f] ?? null;
    out[f] = col;
  }
  return out as EngineerRowColumns;
}

/**
 * The rows back as objects. Two things keep 100k of them cheap for the garbage collector, which
 * otherwise pauses long enough to drop frames while the table scrolls:
 * - Repeated strings (countries, zones, roles, skill and tag names...) become one shared string each:
 *   JSON.parse makes a new one per occurrence, two thirds of the strings at 100k. The columns are
 *   rewritten in place with the shared strings, so a caller that keeps them holds no duplicates either.
 * - Every row is one object literal of one shape (an absent value is undefined): rows built key by key
 *   had a separate property array each and thousands of shapes.
 */
export function fromColumns(columns: EngineerRowColumns): EngineerRow[] {
  const seen = new Map<string, string>();
  const one = (v: string): string => {
    const s = seen.get(v);
    if (s !== undefined) return s;
    seen.set(v, v);
    return v;
  };
  // Shares the strings of a column, in place, and hands the column back.
  function shared<T>(col: (T | null)[]): (T | null)[] {
    for (let i = 0; i < col.length; i++) {
      const v = col[i];
      if (typeof v === 'string') col[i] = one(v) as T;
      else if (Array.isArray(v)) for (let k = 0; k < v.length; k++) v[k] = one(v[k] as string);
    }
    return col;
  }
  const c = columns;
  const [country, city, timeZone, seniority, primaryRole, english, availability, availableFrom, vetting, currency, skills, tags] = [
    shared(c.country), shared(c.city), shared(c.timeZone), shared(c.seniority), shared(c.primaryRole), shared(c.english),
    shared(c.availability), shared(c.availableFrom), shared(c.vetting), shared(c.currency), shared(c.skills), shared(c.tags),
  ] as const;
  const rows = new Array<EngineerRow>(c.id.length);
  for (let i = 0; i < rows.length; i++) {
    rows[i] = {
      id: c.id[i]!,
      name: c.name[i]!,
      country: country[i]!,
      city: city[i] ?? undefined,
      timeZone: timeZone[i]!,
      seniority: seniority[i]!,
      primaryRole: primaryRole[i] ?? undefined,
      english: english[i] ?? undefined,
      availability: availability[i] ?? undefined,
      availableFrom: availableFrom[i] ?? undefined,
      vetting: vetting[i] ?? undefined,
      billPerHour: c.billPerHour[i] ?? undefined,
      currency: currency[i] ?? undefined,
      yearsExperience: c.yearsExperience[i] ?? undefined,
      skills: skills[i]!,
      tags: tags[i]!,
      assessments: c.assessments[i]!,
      archived: c.archived[i]!,
    };
  }
  return rows;
}
