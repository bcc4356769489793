// The renderer's language: the user's choice from Settings, else the browser's (navigator.languages,
// which in Electron is the OS's). Chosen before the first render so no screen flashes in another
// language; a change in Settings applies at once and is saved in the settings table, where Electron's
// main process reads it for the native menus and where it survives restarts (browser mode too).
import { pickLanguage } from '../../shared/i18n/detect';
import { currentLanguage, setLanguage } from '../../shared/i18n/instance';
import type { Language } from '../../shared/i18n/languages';
import { api } from '../api/client';

/** The language this browser or OS asks for. */
export function systemLanguage(): Language {
  return pickLanguage(navigator.languages?.length ? navigator.languages : [navigator.language]);
}

function apply(lng: Language): void {
  setLanguage(lng);
  document.documentElement.lang = lng;
}

/** Before the first render: the saved choice, else the system's. A bench that cannot be read yet still gets a language. */
export async function startLanguage(): Promise<void> {
  let saved: Language | undefined;
  try {
    saved = (await api.getSettings({})).language;
  } catch {
    // The screens show the error in the chosen language; the system's is the best guess meanwhile.
  }
  apply(saved ?? systemLanguage());
}

/** Settings: switch now, and remember (undefined: follow the system again). Answers the language now in use. */
export async function chooseLanguage(choice: Language | undefined): Promise<Language> {
  const lng = choice ?? systemLanguage();
  apply(lng);
  await api.updateSettings({ settings: { language: choice ?? '' } });
  return currentLanguage();
}
