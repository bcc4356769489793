// Settings > Language: applies the moment it is picked (no Save), and is remembered in the settings
// table (renderer/i18n/language.ts). "Same as this computer" clears the choice.
import { Paper, Select } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGE_NAMES, LANGUAGES, isLanguage, type Language } from '../../../shared/i18n/languages';
import type { Settings } from '../../../shared/api/settings';
import { ErrorView } from '../../components/ErrorView';
import { chooseLanguage, systemLanguage } from '../../i18n/language';

const SYSTEM = 'system';

export function LanguageSetting({ saved }: { saved: Settings | undefined }) {
  const { t } = useTranslation('settings');
  const [choice, setChoice] = useState<Language | undefined>();
  const [touched, setTouched] = useState(false);
  const [error, setError] = useState<unknown>();
  const current = touched ? choice : saved?.language;
  const options = [
    { value: SYSTEM, label: t('language.system', { language: LANGUAGE_NAMES[systemLanguage()] }) },
    ...LANGUAGES.map((l) => ({ value: l, label: LANGUAGE_NAMES[l] })),
  ];

  async function pick(value: string | null) {
    const next = isLanguage(value) ? value : undefined;
    setChoice(next);
    setTouched(true);
    setError(undefined);
    try {
      await chooseLanguage(next);
    } catch (err) {
      setError(err);
    }
  }

  return (
    <Paper withBorder p="md">
      <Select
        label={t('language.label')}
        description={t('language.description')}
        data={options}
        value={current ?? SYSTEM}
        onChange={(v) => void pick(v)}
        allowDeselect={false}
        data-testid="settings-language"
      />
      {error ? <ErrorView error={error} /> : null}
    </Paper>
  );
}
