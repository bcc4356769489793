// The engineers CSV: parsed into bench-file engineer records (so one validator serves both forms), with
// problems placed as "line N, column X". Also the writer for CSV export.
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { problem, type KeyedText, type Problem } from '../../shared/api/errors';
import type { Engineer } from '../../shared/bench/schema';
import { CSV_COLUMNS, FIELD_OF, REQUIRED_COLUMNS, type CsvColumn } from './csv-columns';

export interface CsvEngineers {
  /** Engineer-shaped records, not yet validated. */
  engineers: Record<string, unknown>[];
  /** The line each record ends on, for placing schema problems. */
  lines: number[];
  /** Engineer fields the file's columns fill; a re-import keeps the others as stored. */
  fields: Set<string>;
  problems: Problem[];
}

/** A place in the CSV as words ("line 4, column skills"), keyed for the reader's language. */
export function at(line: number, column?: string): KeyedText {
  return column === undefined ? { key: 'errors:place.line', params: { line } } : { key: 'errors:place.lineColumn', params: { line, column } };
}

const SKILL_ITEM = /^([^:]+?)\s*:\s*([^:]*?)(?:\s*:\s*([^:]*?))?$/;

/**
 * The file's field separator, read from its header line: a comma, or the semicolon (or tab) that Excel
 * writes in Spanish- and Portuguese-speaking locales, where the comma is the decimal mark. The header has
 * no quoted commas or semicolons (its cells are the column names), so counting them there is safe.
 */
export function csvDelimiter(text: string): ',' | ';' | '\t' {
  const header = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const count = (c: string) => header.split(c).length - 1;
  const [best] = ([',', ';', '\t'] as const).map((c) => [c, count(c)] as const).sort((a, b) => b[1] - a[1]);
  return best![1] > 0 ? best![0] : ',';
}

/** A number as people type it in a cell: "37.5", or "37,5" with the decimal comma of es/pt locales. */
function cellNumber(v: string): number {
  return Number(/^-?\d+,\d{1,2}$/.test(v) ? v.replace(',', '.') : v);
}

export function parseEngineersCsv(text: string): CsvEngineers {
  const out: CsvEngineers = { engineers: [], lines: [], fields: new Set(), problems: [] };
  if (text.replace(/^\uFEFF/, '').trim() === '') {
    out.problems.push(problem(at(1), { key: 'errors:import.csv.empty' }));
    return out;
  }
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    rows = parse(text, { bom: true, delimiter: csvDelimiter(text), info: true, relax_column_count: true, skip_empty_lines: true, trim: false }) as unknown as typeof rows;
  } catch (e) {
    const line = (e as { lines?: number }).lines;
    out.problems.push(problem(at(line || 1), { key: 'errors:import.csv.notCsv', params: { detail: (e as Error).message } }));
    return out;
  }
  const header = rows[0]?.record.map((h) => h.trim()) ?? [];
  const seen = new Set<string>();
  header.forEach((h, i) => {
    if (!(CSV_COLUMNS as readonly string[]).includes(h)) out.problems.push(problem(at(1, String(i + 1)), { key: 'errors:import.csv.unknownColumn', params: { column: h } }));
    else if (seen.has(h)) out.problems.push(problem(at(1, h), { key: 'errors:import.csv.columnTwice', params: { column: h } }));
    seen.add(h);
  });
  for (const req of REQUIRED_COLUMNS) {
    if (!seen.has(req)) out.problems.push(problem(at(1, req), { key: 'errors:import.csv.requiredColumn', params: { column: req } }));
  }
  if (out.problems.length) return out;
  for (const h of header) out.fields.add(FIELD_OF[h as CsvColumn]);

  for (const { record, info } of rows.slice(1)) {
    const line = info.lines;
    if (record.length !== header.length) {
      out.problems.push(problem(at(line), { key: 'errors:import.csv.fieldCount', params: { fields: record.length, header: header.length } }));
      continue;
    }
    const cell: Partial<Record<CsvColumn, string>> = {};
    header.forEach((h, i) => {
      const v = record[i]!.trim();
      if (v !== '') cell[h as CsvColumn] = v;
    });
    const bad = (column: string, text: KeyedText) => out.problems.push(problem(at(line, column), text));
    const num = (c: CsvColumn): number | undefined => {
      const v = cell[c];
      if (v === undefined) return undefined;
      const n = cellNumber(v);
      if (!Number.isFinite(n)) bad(c, { key: 'errors:import.csv.notANumber', params: { value: v } });
      return n;
    };
    const e: Record<string, unknown> = {};
    for (const c of ['id', 'name', 'email', 'country', 'city', 'timeZone', 'englishLevel', 'seniority', 'primaryRole', 'vettingStatus'] as const) {
      if (cell[c] !== undefined) e[c] = cell[c];
    }
    // Required columns with an empty cell still produce a record field, so the schema names them.
    for (const c of REQUIRED_COLUMNS) if (c !== 'skills' && e[c] === undefined) e[c] = '';
    if (cell.workStart !== undefined || cell.workEnd !== undefined) e.workingHours = { start: cell.workStart, end: cell.workEnd };
    const years = num('yearsExperience');
    if (years !== undefined) e.yearsExperience = years;
    const rate: Record<string, unknown> = {};
    const cost = num('costPerHour');
    const bill = num('billPerHour');
    if (cost !== undefined) rate.costPerHour = cost;
    if (bill !== undefined) rate.billPerHour = bill;
    if (cell.currency !== undefined) rate.currency = cell.currency;
    if (Object.keys(rate).length) e.rate = rate;
    if (cell.availability !== undefined || cell.availableFrom !== undefined || cell.hoursPerWeek !== undefined) {
      const a: Record<string, unknown> = { status: cell.availability };
      if (cell.availableFrom !== undefined) a.from = cell.availableFrom;
      const h = num('hoursPerWeek');
      if (h !== undefined) a.hoursPerWeek = h;
      e.availability = a;
    }
    if (cell.tags !== undefined) e.tags = cell.tags.split(';').map((t) => t.trim()).filter(Boolean);
    e.skills = [];
    for (const [k, item] of (cell.skills ?? '').split(';').map((s) => s.trim()).entries()) {
      if (item === '') continue;
      const m = SKILL_ITEM.exec(item);
      const level = m ? cellNumber(m[2]!) : NaN;
      const yrs = m?.[3] !== undefined ? cellNumber(m[3]) : undefined;
      if (!m || m[2] === '' || !Number.isFinite(level) || (yrs !== undefined && (m[3] === '' || !Number.isFinite(yrs)))) {
        bad('skills', { key: 'errors:import.csv.skillItem', params: { n: k + 1, item } });
        continue;
      }
      (e.skills as unknown[]).push(yrs === undefined ? { name: m[1]!.trim(), level } : { name: m[1]!.trim(), level, years: yrs });
    }
    out.engineers.push(e);
    out.lines.push(line);
  }
  if (rows.length < 2 && out.problems.length === 0) out.problems.push(problem(at(2), { key: 'errors:import.csv.noRows' }));
  return out;
}

/** Engineers as CSV text with every column (lastUsed, assessments and links do not travel in CSV). */
export function engineersToCsv(engineers: Engineer[]): string {
  const rows = engineers.map((e) => {
    const v: Record<CsvColumn, string | number | undefined> = {
      id: e.id, name: e.name, email: e.email, country: e.country, city: e.city, timeZone: e.timeZone,
      workStart: e.workingHours?.start, workEnd: e.workingHours?.end, englishLevel: e.englishLevel, seniority: e.seniority,
      yearsExperience: e.yearsExperience, primaryRole: e.primaryRole,
      skills: e.skills.map((s) => [s.name, s.level, ...(s.years !== undefined ? [s.years] : [])].join(':')).join('; '),
      costPerHour: e.rate?.costPerHour, billPerHour: e.rate?.billPerHour, currency: e.rate?.currency,
      availability: e.availability?.status, availableFrom: e.availability?.from, hoursPerWeek: e.availability?.hoursPerWeek,
      vettingStatus: e.vettingStatus, tags: e.tags?.join(';'),
    };
    return CSV_COLUMNS.map((c) => v[c] ?? '');
  });
  return stringify([[...CSV_COLUMNS], ...rows]);
}
