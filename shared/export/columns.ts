// Column definitions, written once and used by both the XLSX and the CSV writer, so the two files of an
// export always carry the same columns in the same order with the same values. A column names its
// cell type: XLSX stores numbers as numbers and dates as dates; CSV writes the same values as text.
import type { Cefr, Seniority } from '../bench/schema';
import { OVERLAP_LABEL_WORDS } from './band';
import { neutraliseFormula } from './formula';
import type { ExportSkill, ShortlistExport, ShortlistExportEngineer } from './types';

export type CellType = 'text' | 'integer' | 'number' | 'money' | 'date';
/** A cell value: text, a number, a date as YYYY-MM-DD (for 'date' columns), or empty. */
export type CellValue = string | number | null;

export interface ColumnDef<Row> {
  key: string;
  header: string;
  type: CellType;
  /** Width in characters, for the XLSX. */
  width: number;
  value: (row: Row) => CellValue;
}

/** "Python 5 ✓, SQL 4" — ✓ marks a level an assessment verified. */
export function skillsText(skills: readonly ExportSkill[]): string {
  return skills.map((s) => `${s.name} ${s.level}${s.verified ? ' ✓' : ''}`).join(', ');
}

const opt = <T>(v: T | undefined): T | null => (v === undefined ? null : v);

export const SHORTLIST_COLUMNS: readonly ColumnDef<ShortlistExportEngineer>[] = [
  { key: 'position', header: '#', type: 'integer', width: 5, value: (e) => e.position },
  { key: 'name', header: 'Name', type: 'text', width: 24, value: (e) => e.name },
  { key: 'country', header: 'Country', type: 'text', width: 14, value: (e) => e.countryName },
  { key: 'timeZone', header: 'Time zone', type: 'text', width: 22, value: (e) => e.timeZone },
  { key: 'overlapHours', header: 'Overlap (h)', type: 'number', width: 11, value: (e) => e.overlap.hours },
  { key: 'overlap', header: 'Overlap with core hours', type: 'text', width: 26, value: (e) => OVERLAP_LABEL_WORDS[e.overlap.label] },
  { key: 'hoursOnClientClock', header: 'Working hours (client time)', type: 'text', width: 16, value: (e) => e.overlap.engineerOnClientClock },
  { key: 'seniority', header: 'Seniority', type: 'text', width: 10, value: (e) => e.seniority },
  { key: 'primaryRole', header: 'Role', type: 'text', width: 20, value: (e) => opt(e.primaryRole) },
  { key: 'yearsExperience', header: 'Years', type: 'number', width: 7, value: (e) => opt(e.yearsExperience) },
  { key: 'english', header: 'English', type: 'text', width: 8, value: (e) => opt(e.english) },
  { key: 'skills', header: 'Key skills (✓ verified)', type: 'text', width: 44, value: (e) => skillsText(e.skills) },
  { key: 'recommendation', header: 'Recommendation', type: 'text', width: 20, value: (e) => e.recommendationWords },
  { key: 'assessedOn', header: 'Assessed on', type: 'date', width: 12, value: (e) => opt(e.assessedOn) },
  { key: 'strengths', header: 'Strengths', type: 'text', width: 50, value: (e) => e.strengths.join('; ') || null },
  { key: 'availability', header: 'Availability', type: 'text', width: 14, value: (e) => opt(e.availability) },
  { key: 'availableFrom', header: 'Available from', type: 'date', width: 13, value: (e) => opt(e.availableFrom) },
  { key: 'pitchNote', header: 'Pitch note', type: 'text', width: 50, value: (e) => opt(e.pitchNote) },
  { key: 'status', header: 'Status', type: 'text', width: 16, value: (e) => e.status.replace(/_/g, ' ') },
  { key: 'billRate', header: 'Bill rate (per hour)', type: 'money', width: 12, value: (e) => opt(e.billRate) },
  { key: 'currency', header: 'Currency', type: 'text', width: 9, value: (e) => e.currency },
];

/** The role profile as label/value pairs: the second sheet of the XLSX. */
export function roleProfileRows(doc: ShortlistExport): [string, CellValue, CellType][] {
  const r = doc.role;
  const rows: [string, CellValue, CellType][] = [
    ['Client', doc.clientName, 'text'],
    ['Role', r.title, 'text'],
    ['Shortlist', doc.shortlistName, 'text'],
    ['Prepared on', doc.date, 'date'],
    ['Seniority', r.seniority.join(', ') || null, 'text'],
    ['Must have', r.mustHave.join(', ') || null, 'text'],
    ['Nice to have', r.niceToHave.join(', ') || null, 'text'],
    ['Time zone', opt(r.timeZone), 'text'],
    ['Core hours', `${r.coreHours.start}-${r.coreHours.end}`, 'text'],
    ['Minimum overlap (h)', opt(r.minOverlapHours), 'number'],
    ['Minimum English', opt(r.minEnglish), 'text'],
    ['Maximum bill rate (per hour)', opt(r.maxBillRate), 'money'],
    ['Start date', opt(r.startDate), 'date'],
    ['Headcount', opt(r.headcount), 'integer'],
    ['Candidates', doc.engineers.length, 'integer'],
  ];
  if (doc.clientIndustry) rows.splice(1, 0, ['Industry', doc.clientIndustry, 'text']);
  return rows;
}

/**
 * One engineer as the Bench table shows it. The bench view is an internal export (the firm's own
 * spreadsheet of its bench), so it can carry e-mail and cost rate; those columns are marked
 * `internal` and are refused when the view is exported anonymised.
 */
export interface BenchViewRow {
  id: string;
  name: string;
  email?: string;
  country: string;
  countryName: string;
  city?: string;
  timeZone: string;
  workingHours: string;
  seniority: Seniority;
  english?: Cefr;
  primaryRole?: string;
  yearsExperience?: number;
  skills: ExportSkill[];
  availability?: string;
  availableFrom?: string;
  hoursPerWeek?: number;
  vettingStatus?: string;
  billRate?: number;
  costRate?: number;
  currency: string;
  tags: string[];
  recommendation?: string;
  assessedOn?: string;
  archived: boolean;
}

export interface BenchColumnDef extends ColumnDef<BenchViewRow> {
  /** Personal or commercially private: never in an anonymised export. */
  internal?: boolean;
}

export const BENCH_COLUMNS: readonly BenchColumnDef[] = [
  { key: 'id', header: 'Id', type: 'text', width: 12, value: (r) => r.id },
  { key: 'name', header: 'Name', type: 'text', width: 24, value: (r) => r.name, internal: true },
  { key: 'email', header: 'E-mail', type: 'text', width: 28, value: (r) => opt(r.email), internal: true },
  { key: 'country', header: 'Country', type: 'text', width: 14, value: (r) => r.countryName },
  { key: 'city', header: 'City', type: 'text', width: 16, value: (r) => opt(r.city) },
  { key: 'timeZone', header: 'Time zone', type: 'text', width: 22, value: (r) => r.timeZone },
  { key: 'workingHours', header: 'Working hours', type: 'text', width: 12, value: (r) => r.workingHours },
  { key: 'seniority', header: 'Seniority', type: 'text', width: 10, value: (r) => r.seniority },
  { key: 'english', header: 'English', type: 'text', width: 8, value: (r) => opt(r.english) },
  { key: 'primaryRole', header: 'Role', type: 'text', width: 20, value: (r) => opt(r.primaryRole) },
  { key: 'yearsExperience', header: 'Years', type: 'number', width: 7, value: (r) => opt(r.yearsExperience) },
  { key: 'skills', header: 'Skills (✓ verified)', type: 'text', width: 44, value: (r) => skillsText(r.skills) },
  { key: 'availability', header: 'Availability', type: 'text', width: 14, value: (r) => opt(r.availability) },
  { key: 'availableFrom', header: 'Available from', type: 'date', width: 13, value: (r) => opt(r.availableFrom) },
  { key: 'hoursPerWeek', header: 'Hours per week', type: 'number', width: 9, value: (r) => opt(r.hoursPerWeek) },
  { key: 'vetting', header: 'Vetting', type: 'text', width: 11, value: (r) => opt(r.vettingStatus) },
  { key: 'recommendation', header: 'Recommendation', type: 'text', width: 20, value: (r) => opt(r.recommendation) },
  { key: 'assessedOn', header: 'Assessed on', type: 'date', width: 12, value: (r) => opt(r.assessedOn) },
  { key: 'billRate', header: 'Bill rate (per hour)', type: 'money', width: 12, value: (r) => opt(r.billRate) },
  { key: 'costRate', header: 'Cost rate (per hour)', type: 'money', width: 12, value: (r) => opt(r.costRate), internal: true },
  { key: 'currency', header: 'Currency', type: 'text', width: 9, value: (r) => r.currency },
  { key: 'tags', header: 'Tags', type: 'text', width: 24, value: (r) => r.tags.join(', ') || null, internal: true },
  { key: 'archived', header: 'Archived', type: 'text', width: 9, value: (r) => (r.archived ? 'yes' : 'no') },
];

export const BENCH_COLUMN_KEYS = BENCH_COLUMNS.map((c) => c.key);

/** A column's value ready for a CSV cell: text neutralised against formula injection (formula.ts). */
export function csvCellOf<Row>(col: ColumnDef<Row>, row: Row): CellValue {
  return csvSafe(col.value(row));
}

/** CSV only: XLSX writes text as typed string cells, which a spreadsheet never evaluates, so it needs no quote. */
export function csvSafe(v: CellValue): CellValue {
  return typeof v === 'string' ? neutraliseFormula(v) : v;
}
