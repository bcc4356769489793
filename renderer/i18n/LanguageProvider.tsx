// Gives every component the one i18next instance (useTranslation) and gives Mantine's date pickers the
// same language (month and weekday names come from dayjs's locale of that language).
import { DatesProvider } from '@mantine/dates';
import 'dayjs/locale/es';
import 'dayjs/locale/pt-br';
import type { ReactNode } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { i18n } from '../../shared/i18n/instance';
import type { Language } from '../../shared/i18n/languages';

const DAYJS_LOCALE: Record<Language, string> = { en: 'en', 'es-419': 'es', 'pt-BR': 'pt-br' };

function Dates({ children }: { children: ReactNode }) {
  const { i18n: inst } = useTranslation();
  return <DatesProvider settings={{ locale: DAYJS_LOCALE[inst.language as Language] ?? 'en' }}>{children}</DatesProvider>;
}

export function LanguageProvider({ children }: { children: ReactNode }) {
  return (
    <I18nextProvider i18n={i18n}>
      <Dates>{children}</Dates>
    </I18nextProvider>
  );
}
