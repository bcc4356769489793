// The main process's language: the one the user chose in Settings (read through the service, the same
// settings table the window reads), else the OS's. Native menus and dialogs follow it; when the window
// saves another choice, ipc.ts passes the new settings here and the menus are built again.
import { app } from 'electron';
import type { Settings } from '../shared/api/settings';
import { pickLanguage } from '../shared/i18n/detect';
import { currentLanguage, setLanguage } from '../shared/i18n/instance';
import type { ServiceClient } from './service-client';

export function systemLanguage() {
  return pickLanguage(app.getPreferredSystemLanguages());
}

/** Applies a settings value the service answered; calls onChange when the language changed. */
export function followSettings(settings: Settings, onChange: () => void): void {
  const next = settings.language ?? systemLanguage();
  if (next === currentLanguage()) return;
  setLanguage(next);
  onChange();
}

/** At start: the OS's language at once (for any early dialog), then the saved choice once the bench is open. */
export async function startLanguage(service: ServiceClient, onChange: () => void): Promise<void> {
  setLanguage(systemLanguage());
  const r = await service.call('getSettings', {});
  if (r.ok) followSettings(r.value as Settings, onChange);
}
