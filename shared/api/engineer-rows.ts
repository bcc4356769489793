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

/** The rows back as objects (absent values left out, as the service builds them). */
export function fromColumns(columns: EngineerRowColumns): EngineerRow[] {
  const n = columns.id.length;
  const cols = ENGINEER_ROW_FIELDS.map((f) => columns[f] as unknown[]);
  const rows = new Array<EngineerRow>(n);
  for (let i = 0; i < n; i++) {
    const r: Record<string, unknown> = {};
    for (let j = 0; j < cols.length; j++) {
      const v = cols[j]![i];
      if (v !== null && v !== undefined) r[ENGINEER_ROW_FIELDS[j]!] = v;
    }
    rows[i] = r as unknown as EngineerRow;
  }
  return rows;
}
