// Which of our languages fits an OS or browser locale list (navigator.languages, Electron's
// app.getPreferredSystemLanguages(), LC_ALL / LANG). Every Spanish goes to Latin-American Spanish and
// every Portuguese to Brazilian: the firms are Latin-American, and a reader in Spain or Portugal reads
// these variants easily; anything else is English.
import { DEFAULT_LANGUAGE, type Language } from './languages';

/** The language for the first locale we speak, in the user's order of preference. */
export function pickLanguage(locales: readonly (string | undefined | null)[]): Language {
  for (const raw of locales) {
    const lang = languageOf(raw);
    if (lang) return lang;
  }
  return DEFAULT_LANGUAGE;
}

/** One locale ("es-MX", "pt_PT.UTF-8", "en-US", "fr") as our language, or undefined if we do not speak it. */
export function languageOf(raw: string | undefined | null): Language | undefined {
  // POSIX locales: "pt_BR.UTF-8@euro"; "C" and "POSIX" mean no preference.
  const primary = (raw ?? '').trim().split(/[.@]/)[0]!.replace(/_/g, '-').split('-')[0]!.toLowerCase();
  if (primary === 'es') return 'es-419';
  if (primary === 'pt') return 'pt-BR';
  if (primary === 'en') return 'en';
  return undefined;
}

/** The CLI's and service's language from the environment: LC_ALL wins over LC_MESSAGES over LANG (POSIX order). */
export function languageFromEnv(env: Record<string, string | undefined>): Language {
  const first = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v && v.trim() !== '');
  // LANGUAGE (GNU) is a colon list of preferences; it only counts when a locale is set, as in gettext.
  const list = first && env.LANGUAGE ? [...env.LANGUAGE.split(':'), first] : [first];
  return pickLanguage(list);
}
