// Settings: the interface language; the user's name, set once, used as the default assessor on the
// vetting form and as who acted in the change log; the firm's profile that brands client packets.
import { Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { ErrorView } from '../../components/ErrorView';
import { LoadingView } from '../../components/States';
import { useApiQuery } from '../../hooks/useApiQuery';
import { LanguageSetting } from './LanguageSetting';
import { FirmSettings } from './FirmSettings';
import { TeamSettings } from './TeamSettings';

export function SettingsScreen() {
  const { t } = useTranslation('settings');
  const q = useApiQuery(() => api.getSettings({}), []);
  const [name, setName] = useState('');
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<unknown>();
  useEffect(() => setName(q.data?.userName ?? ''), [q.data]);

  async function save(e: React.FormEvent) {
    e.preventDefault();
    setError(undefined);
    try {
      await api.updateSettings({ settings: { userName: name.trim() } });
      setSaved(true);
    } catch (err) {
      setError(err);
    }
  }

  return (
    <Stack gap="md" maw={720}>
      <Title order={1} size="h2">{t('title')}</Title>
      {q.loading && !q.data ? <LoadingView /> : null}
      {q.error ? <ErrorView error={q.error} onRetry={q.reload} /> : null}
      <LanguageSetting saved={q.data} />
      <Paper withBorder p="md" component="form" onSubmit={(e: React.FormEvent) => void save(e)}>
        <Stack>
          <TextInput
            label={t('userName.label')}
            description={t('userName.description')}
            value={name}
            maxLength={120}
            onChange={(e) => {
              setName(e.currentTarget.value);
              setSaved(false);
            }}
            data-testid="settings-name"
          />
          {error ? <ErrorView error={error} /> : null}
          <Group justify="space-between">
            <Text size="sm" role="status" aria-live="polite">{saved ? t('saved') : ''}</Text>
            <Button type="submit" data-testid="settings-save">{t('save')}</Button>
          </Group>
        </Stack>
      </Paper>
      <FirmSettings />
      <TeamSettings />
    </Stack>
  );
}
