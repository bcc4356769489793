// The languages BenchMatch speaks. Each is a BCP 47 tag that Intl understands as is, so the same
// string names the catalog folder (locales/<tag>/), the i18next language and the Intl locale.
export const LANGUAGES = ['en', 'es-419', 'pt-BR'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Each language in its own words (endonyms are never translated: a lost user must recognize their own). */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  'es-419': 'Español (Latinoamérica)',
  'pt-BR': 'Português (Brasil)',
};

export const DEFAULT_LANGUAGE: Language = 'en';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}
