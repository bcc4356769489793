// A client's packet language: the language of its shortlist packets (PDF, XLSX, CSV). Saved at once,
// in this laptop's settings (the bench file's client record has no room for it: docs/i18n.md).
import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isLanguage, LANGUAGE_NAMES, LANGUAGES } from '../../../shared/i18n/languages';
import { api } from '../../api/client';
import { ErrorView } from '../../components/ErrorView';
import { useApiQuery } from '../../hooks/useApiQuery';

const DEFAULT = 'default';

export function PacketLanguage({ clientId }: { clientId: string }) {
  const { t } = useTranslation(['packet']);
  const q = useApiQuery(() => api.getClientPacketLanguage({ clientId }), [clientId]);
  const options = [{ value: DEFAULT, label: t('packet:language.default') }, ...LANGUAGES.filter((l) => l !== 'en').map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))];
  return (
    <>
      <Select
        label={t('packet:language.label')}
        description={t('packet:language.description')}
        data={options}
        value={q.data?.language && q.data.language !== 'en' ? q.data.language : DEFAULT}
        disabled={!q.data}
        allowDeselect={false}
        onChange={(v) => void api.setClientPacketLanguage({ clientId, language: isLanguage(v) ? v : '' }).then(q.reload)}
        data-testid="client-packet-language"
      />
      {q.error ? <ErrorView error={q.error} onRetry={q.reload} /> : null}
    </>
  );
}
