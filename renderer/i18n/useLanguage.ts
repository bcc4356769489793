// The current language for components that hand it to shared code (gapText(f, lng), changeText(c, lng));
// the component re-renders when it changes.
import { useTranslation } from 'react-i18next';
import { DEFAULT_LANGUAGE, isLanguage, type Language } from '../../shared/i18n/languages';

export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return isLanguage(i18n.language) ? i18n.language : DEFAULT_LANGUAGE;
}
