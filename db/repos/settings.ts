// The settings table: one value per key (the user's name, preferences).
import type { RawDb } from '../connection';
import { first, q, run } from './query';

export function getSetting(raw: RawDb, key: string): string | undefined {
  return first(raw, q.selectFrom('settings').select('value').where('key', '=', key))?.value;
}

export function putSetting(raw: RawDb, key: string, value: string | undefined): void {
  if (value === undefined || value === '') run(raw, q.deleteFrom('settings').where('key', '=', key));
  else run(raw, q.insertInto('settings').values({ key, value }).onConflict((oc) => oc.column('key').doUpdateSet({ value })));
}
