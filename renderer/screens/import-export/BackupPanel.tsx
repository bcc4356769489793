// Back up now: SQLite's online backup of the bench database, integrity-checked, saved beside it with
// the time in its name. The result says where it went (and, in the window, shows it in the folder).
import { Trans, useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';
import { Alert, Button, Code, CopyButton, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconDatabaseExport } from '@tabler/icons-react';
import { useState } from 'react';
import { backUpNow, hasNativeDialogs } from '../../api/files';
import { ErrorView } from '../../components/ErrorView';
import { formatBytes } from './format';
import { ShowInFolder } from './ShowInFolder';
import { useBusyAction } from '../../hooks/useBusyAction';

export function BackupPanel({ dbPath }: { dbPath: string | undefined }) {
  const { t } = useTranslation(['import-export']);
  const f = useFormat();
  const { busy, error, run: runBusy } = useBusyAction();
  const [done, setDone] = useState<{ path: string; bytes: number; reveal?: string } | null>(null);

  const run = () => runBusy(async () => setDone(await backUpNow()));

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="backup-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="backup-title">{t('backup.title')}</Title>
        <Text size="sm" c="dimmed"><Trans t={t} i18nKey="backup.intro" components={{ code: <Code /> }} /></Text>
        {dbPath ? <Text size="sm" c="dimmed" style={{ wordBreak: 'break-all' }}><Trans t={t} i18nKey="backup.where" values={{ path: dbPath }} components={{ code: <Code /> }} /></Text> : null}
        <Group>
          <Button leftSection={<IconDatabaseExport size={16} aria-hidden />} onClick={() => void run()} loading={busy} data-testid="backup-run">{t('backup.run')}</Button>
        </Group>
        {done ? (
          <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden />} role="status" title={t('backup.done', { size: formatBytes(f, done.bytes) })} data-testid="backup-done">
            <Stack gap="xs">
              <Text size="sm" style={{ wordBreak: 'break-all' }} data-testid="backup-path">{done.path}</Text>
              <Group gap="xs">
                {done.reveal ? <ShowInFolder reveal={done.reveal} /> : null}
                {!hasNativeDialogs() ? (
                  <CopyButton value={done.path}>
                    {({ copied, copy }) => <Button size="xs" variant="light" onClick={copy}>{copied ? t('backup.copied') : t('backup.copyPath')}</Button>}
                  </CopyButton>
                ) : null}
              </Group>
            </Stack>
          </Alert>
        ) : null}
        {error ? <ErrorView error={error} /> : null}
      </Stack>
    </Paper>
  );
}
