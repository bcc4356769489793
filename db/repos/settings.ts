// The settings table: one value per key (the user's name, preferences).
import type { RawDb } from '../connection';

export function getSetting(raw: RawDb, key: string): string | undefined {
  return (raw.prepare('SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined)?.value;
}

export function putSetting(raw: RawDb, key: string, value: string | undefined): void {
  if (value === undefined || value === '') raw.prepare('DELETE FROM settings WHERE key = ?').run(key);
  else raw.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
}
