// The engineers CSV columns (../shared/bench-format/README.md) and where each lands in a bench record.
export const REQUIRED_COLUMNS = ['id', 'name', 'country', 'timeZone', 'seniority', 'skills'] as const;
export const OPTIONAL_COLUMNS = [
  'email', 'city', 'workStart', 'workEnd', 'englishLevel', 'yearsExperience', 'primaryRole', 'costPerHour', 'billPerHour',
  'currency', 'availability', 'availableFrom', 'hoursPerWeek', 'vettingStatus', 'tags',
] as const;
export const CSV_COLUMNS = [
  'id', 'name', 'email', 'country', 'city', 'timeZone', 'workStart', 'workEnd', 'englishLevel', 'seniority', 'yearsExperience',
  'primaryRole', 'skills', 'costPerHour', 'billPerHour', 'currency', 'availability', 'availableFrom', 'hoursPerWeek', 'vettingStatus', 'tags',
] as const;
export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** The engineer field each column fills (grouped columns fill one nested object). */
export const FIELD_OF: Record<CsvColumn, string> = {
  id: 'id', name: 'name', email: 'email', country: 'country', city: 'city', timeZone: 'timeZone',
  workStart: 'workingHours', workEnd: 'workingHours', englishLevel: 'englishLevel', seniority: 'seniority',
  yearsExperience: 'yearsExperience', primaryRole: 'primaryRole', skills: 'skills', costPerHour: 'rate',
  billPerHour: 'rate', currency: 'rate', availability: 'availability', availableFrom: 'availability',
  hoursPerWeek: 'availability', vettingStatus: 'vettingStatus', tags: 'tags',
};

/** A schema path inside one engineer (['rate', 'billPerHour']) back to its CSV column. */
export function columnOf(path: readonly PropertyKey[]): string {
  const [head, sub] = path;
  switch (head) {
    case 'workingHours':
      return sub === 'end' ? 'workEnd' : 'workStart';
    case 'rate':
      return typeof sub === 'string' ? sub : 'costPerHour';
    case 'availability':
      return sub === 'from' ? 'availableFrom' : sub === 'hoursPerWeek' ? 'hoursPerWeek' : 'availability';
    case undefined:
      return 'id';
    default:
      return String(head);
  }
}
