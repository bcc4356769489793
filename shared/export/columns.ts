// Column definitions, written once and used by both the XLSX and the CSV writer, so the two files of an
// export always carry the same columns in the same order with the same values. A column names its
// cell type: XLSX stores numbers as numbers and dates as dates; CSV writes the same values as text.
import type { TFunction } from 'i18next';
import type { enResources } from '../i18n/resources';
import type { Cefr, Seniority } from '../bench/schema';
import { neutraliseFormula } from './formula';
import { OVERLAP_KEY, SENIORITY_KEY } from './packet-words';
import type { ExportSkill, ShortlistExport, ShortlistExportEngineer } from './types';

export type CellType = 'text' | 'integer' | 'number' | 'money' | 'date';
/** A cell value: text, a number, a date as YYYY-MM-DD (for 'date' columns), or empty. */
export type CellValue = string | number | null;

/** A translator for the packet catalog in the packet's language (the client's; db/exports). */
export type PacketT = TFunction<['packet']>;

export interface ColumnDef<Row> {
  key: string;
  /** The header's key in the packet catalog: the writers say it in the packet's language. */
  header: `packet:column.${keyof (typeof enResources)['packet']['column']}`;
  type: CellType;
  /** Width in characters, for the XLSX. */
  width: number;
  value: (row: Row, t: PacketT) => CellValue;
}


/** "Python 5 ✓, SQL 4" — ✓ marks a level an assessment verified. */
export function skillsText(skills: readonly ExportSkill[]): string {
  return skills.map((s) => `${s.name} ${s.level}${s.verified ? ' ✓' : ''}`).join(', ');
}

const opt = <T>(v: T | undefined): T | null => (v === undefined ? null : v);

export const SHORTLIST_COLUMNS: readonly ColumnDef<ShortlistExportEngineer>[] = [
  { key: 'position', header: 'packet:column.position', type: 'integer', width: 5, value: (e) => e.position },
  { key: 'name', header: 'packet:column.name', type: 'text', width: 24, value: (e) => e.name },
  { key: 'country', header: 'packet:column.country', type: 'text', width: 14, value: (e) => e.countryName },
  { key: 'timeZone', header: 'packet:column.timeZone', type: 'text', width: 22, value: (e) => e.timeZone },
  { key: 'overlapHours', header: 'packet:column.overlapHours', type: 'number', width: 11, value: (e) => e.overlap.hours },
  { key: 'overlap', header: 'packet:column.overlap', type: 'text', width: 26, value: (e, t) => t(OVERLAP_KEY[e.overlap.label]) },
  { key: 'hoursOnClientClock', header: 'packet:column.hoursOnClientClock', type: 'text', width: 16, value: (e) => e.overlap.engineerOnClientClock },
  { key: 'seniority', header: 'packet:column.seniority', type: 'text', width: 12, value: (e) => e.seniorityWords },
  { key: 'primaryRole', header: 'packet:column.primaryRole', type: 'text', width: 20, value: (e) => opt(e.primaryRole) },
  { key: 'yearsExperience', header: 'packet:column.yearsExperience', type: 'number', width: 7, value: (e) => opt(e.yearsExperience) },
  { key: 'english', header: 'packet:column.english', type: 'text', width: 8, value: (e) => opt(e.english) },
  { key: 'skills', header: 'packet:column.skills', type: 'text', width: 44, value: (e) => skillsText(e.skills) },
  { key: 'recommendation', header: 'packet:column.recommendation', type: 'text', width: 20, value: (e) => e.recommendationWords },
  { key: 'assessedOn', header: 'packet:column.assessedOn', type: 'date', width: 12, value: (e) => opt(e.assessedOn) },
  { key: 'strengths', header: 'packet:column.strengths', type: 'text', width: 50, value: (e) => e.strengths.join('; ') || null },
  { key: 'availability', header: 'packet:column.availability', type: 'text', width: 14, value: (e) => opt(e.availability) },
  { key: 'availableFrom', header: 'packet:column.availableFrom', type: 'date', width: 13, value: (e) => opt(e.availableFrom) },
  { key: 'pitchNote', header: 'packet:column.pitchNote', type: 'text', width: 50, value: (e) => opt(e.pitchNote) },
  { key: 'billRate', header: 'packet:column.billRate', type: 'money', width: 12, value: (e) => opt(e.billRate) },
  { key: 'currency', header: 'packet:column.currency', type: 'text', width: 9, value: (e) => e.currency },
];

/** Free-text and personal columns an anonymised packet leaves out (it is allow-listed: shortlist-data.ts). */
const NAMED_ONLY = new Set(['primaryRole', 'yearsExperience']);

/** The columns of a packet's table: all of them when named, the allow-listed ones when anonymised. */
export function shortlistColumns(doc: Pick<ShortlistExport, 'anonymized'>): readonly ColumnDef<ShortlistExportEngineer>[] {
  return doc.anonymized ? SHORTLIST_COLUMNS.filter((c) => !NAMED_ONLY.has(c.key)) : SHORTLIST_COLUMNS;
}

/** The role profile as label/value pairs, labels in the packet's language: the second sheet of the XLSX. */
export function roleProfileRows(doc: ShortlistExport, t: PacketT): [string, CellValue, CellType][] {
  const r = doc.role;
  const rows: [string, CellValue, CellType][] = [
    [t('packet:profile.client'), doc.clientName, 'text'],
    [t('packet:profile.role'), r.title, 'text'],
    [t('packet:profile.shortlist'), doc.shortlistName ?? null, 'text'],
    [t('packet:profile.preparedOn'), doc.date, 'date'],
    [t('packet:profile.seniority'), r.seniority.map((s) => t(SENIORITY_KEY[s])).join(', ') || null, 'text'],
    [t('packet:profile.mustHave'), r.mustHave.join(', ') || null, 'text'],
    [t('packet:profile.niceToHave'), r.niceToHave.join(', ') || null, 'text'],
    [t('packet:profile.timeZone'), opt(r.timeZone), 'text'],
    [t('packet:profile.coreHours'), `${r.coreHours.start}-${r.coreHours.end}`, 'text'],
    [t('packet:profile.minOverlap'), opt(r.minOverlapHours), 'number'],
    [t('packet:profile.minEnglish'), opt(r.minEnglish), 'text'],
    [t('packet:profile.maxBillRate'), opt(r.maxBillRate), 'money'],
    [t('packet:profile.startDate'), opt(r.startDate), 'date'],
    [t('packet:profile.headcount'), opt(r.headcount), 'integer'],
    [t('packet:profile.candidates'), doc.engineers.length, 'integer'],
  ];
  if (doc.clientIndustry) rows.splice(1, 0, [t('packet:profile.industry'), doc.clientIndustry, 'text']);
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
  { key: 'id', header: 'packet:column.id', type: 'text', width: 12, value: (r) => r.id },
  { key: 'name', header: 'packet:column.name', type: 'text', width: 24, value: (r) => r.name, internal: true },
  { key: 'email', header: 'packet:column.email', type: 'text', width: 28, value: (r) => opt(r.email), internal: true },
  { key: 'country', header: 'packet:column.country', type: 'text', width: 14, value: (r) => r.countryName },
  { key: 'city', header: 'packet:column.city', type: 'text', width: 16, value: (r) => opt(r.city) },
  { key: 'timeZone', header: 'packet:column.timeZone', type: 'text', width: 22, value: (r) => r.timeZone },
  { key: 'workingHours', header: 'packet:column.workingHours', type: 'text', width: 12, value: (r) => r.workingHours },
  { key: 'seniority', header: 'packet:column.seniority', type: 'text', width: 10, value: (r) => r.seniority },
  { key: 'english', header: 'packet:column.english', type: 'text', width: 8, value: (r) => opt(r.english) },
  { key: 'primaryRole', header: 'packet:column.primaryRole', type: 'text', width: 20, value: (r) => opt(r.primaryRole) },
  { key: 'yearsExperience', header: 'packet:column.yearsExperience', type: 'number', width: 7, value: (r) => opt(r.yearsExperience) },
  { key: 'skills', header: 'packet:column.benchSkills', type: 'text', width: 44, value: (r) => skillsText(r.skills) },
  { key: 'availability', header: 'packet:column.availability', type: 'text', width: 14, value: (r) => opt(r.availability) },
  { key: 'availableFrom', header: 'packet:column.availableFrom', type: 'date', width: 13, value: (r) => opt(r.availableFrom) },
  { key: 'hoursPerWeek', header: 'packet:column.hoursPerWeek', type: 'number', width: 9, value: (r) => opt(r.hoursPerWeek) },
  { key: 'vetting', header: 'packet:column.vetting', type: 'text', width: 11, value: (r) => opt(r.vettingStatus) },
  { key: 'recommendation', header: 'packet:column.recommendation', type: 'text', width: 20, value: (r) => opt(r.recommendation) },
  { key: 'assessedOn', header: 'packet:column.assessedOn', type: 'date', width: 12, value: (r) => opt(r.assessedOn) },
  { key: 'billRate', header: 'packet:column.billRate', type: 'money', width: 12, value: (r) => opt(r.billRate) },
  { key: 'costRate', header: 'packet:column.costRate', type: 'money', width: 12, value: (r) => opt(r.costRate), internal: true },
  { key: 'currency', header: 'packet:column.currency', type: 'text', width: 9, value: (r) => r.currency },
  { key: 'tags', header: 'packet:column.tags', type: 'text', width: 24, value: (r) => r.tags.join(', ') || null, internal: true },
  { key: 'archived', header: 'packet:column.archived', type: 'text', width: 9, value: (r, t) => (r.archived ? t('packet:yes') : t('packet:no')) },
];

export const BENCH_COLUMN_KEYS = BENCH_COLUMNS.map((c) => c.key);

/** A column's value ready for a CSV cell: text neutralised against formula injection (formula.ts). */
export function csvCellOf<Row>(col: ColumnDef<Row>, row: Row, t: PacketT): CellValue {
  return csvSafe(col.value(row, t));
}

/** CSV only: XLSX writes text as typed string cells, which a spreadsheet never evaluates, so it needs no quote. */
export function csvSafe(v: CellValue): CellValue {
  return typeof v === 'string' ? neutraliseFormula(v) : v;
}
