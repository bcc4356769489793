// Every engineer's key for one Bench column, read from the engineers table (and, for English, the
// finalized assessments) without reading whole profiles: sorting a 100k view needs one value per
// engineer, not 100k engineers. The values are the ones toRow (handlers/engineers.ts) puts in a row, and
// the keys are made by the same SORT_KEY the columns are declared with.
import { SORT_KEY, type BenchSortColumn, type SortFields } from '../../../shared/bench-view/sort-keys';
import type { Cefr, Engineer } from '../../../shared/bench/schema';
import { effectiveEnglish } from '../../../shared/matching/effective';
import type { RawDb } from '../../connection';
import { NOT_AMENDED } from '../../repos/bench-reader';

type Key = string | number;

/** Each column's value as toRow gives it (a bill rate only when the engineer has a rate). */
const COLUMN_SQL: Record<BenchSortColumn, string> = {
  name: 'name', country: 'country', city: 'city', seniority: 'seniority', billPerHour: 'CASE WHEN has_rate THEN bill_per_hour END',
  primaryRole: 'primary_role', english: 'english_level', availability: 'availability_status', vetting: 'vetting_status',
  timeZone: 'time_zone', yearsExperience: 'years_experience',
};

/** Engineer id -> its key for `column`, over the whole bench (archived included). */
export function readSortKeys(raw: RawDb, column: BenchSortColumn): Map<string, Key> {
  const key = SORT_KEY[column];
  const english = column === 'english' ? assessedEnglish(raw) : undefined;
  const out = new Map<string, Key>();
  for (const [id, value] of raw.prepare(`SELECT id, ${COLUMN_SQL[column]} FROM engineers`).raw().iterate() as Iterable<[string, string | number | null]>) {
    // SORT_KEY[column] reads only that column's field.
    const v = english?.get(id) ?? value ?? undefined;
    out.set(id, key({ [column]: v } as unknown as SortFields));
  }
  return out;
}

/** Per engineer with one, the English of their latest finalized assessment that recorded one (which the
 *  Bench shows over the profile's, as effectiveEnglish does). */
function assessedEnglish(raw: RawDb): Map<string, Cefr> {
  // Ordered as readEngineers orders an engineer's assessments, so chronological()'s last tie-break agrees.
  const assessed = raw
    .prepare(`SELECT e.id, a.id, a.date, a.english_level FROM assessments a JOIN engineers e ON e.pk = a.engineer_pk WHERE a.status = 'final' AND a.english_level IS NOT NULL AND ${NOT_AMENDED} ORDER BY a.engineer_pk, a.position, a.id, a.date, a.kind, a.assessor, a.pk`)
    .raw()
    .all() as [string, string | null, string, Cefr][];
  const byEngineer = new Map<string, { id?: string; date: string; englishLevel: Cefr }[]>();
  for (const [eid, id, date, englishLevel] of assessed) {
    const list = byEngineer.get(eid) ?? [];
    list.push({ ...(id !== null ? { id } : {}), date, englishLevel });
    byEngineer.set(eid, list);
  }
  const out = new Map<string, Cefr>();
  for (const [id, assessments] of byEngineer) {
    // effectiveEnglish reads only the assessments' date, id and englishLevel.
    const level = effectiveEnglish({ assessments } as unknown as Engineer).level;
    if (level) out.set(id, level);
  }
  return out;
}
