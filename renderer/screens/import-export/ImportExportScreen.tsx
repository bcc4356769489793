// Import / export (Alt+6; File > Import…, Export… in the window): bring a bench file or an engineers CSV
// in (dry run first), export the whole bench, back it up. `?do=import` / `?do=export` (the window's
// File menu) open the native dialog right away.
import { Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconDatabaseOff } from '@tabler/icons-react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { api } from '../../api/client';
import { ErrorView } from '../../components/ErrorView';
import { EmptyState, LoadingView } from '../../components/States';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useFormat } from '../../i18n/useFormat';
import { BackupPanel } from './BackupPanel';
import { ExportPanel } from './ExportPanel';
import { formatBytes } from './format';
import { ImportPanel } from './ImportPanel';
import { CvImportPanel } from '../cv-import/CvImportPanel';

export function ImportExportScreen() {
  const { t } = useTranslation(['import-export']);
  const f = useFormat();
  const stats = useApiQuery(() => api.stats({}), []);
  const [params, setParams] = useSearchParams();
  const asked = params.get('do');
  // The request is taken once: the address goes back to plain /import-export so a reload asks nothing.
  useEffect(() => {
    if (asked) setParams({}, { replace: true });
  }, [asked, setParams]);

  const s = stats.data;
  return (
    <Stack gap="md" maw={1100}>
      <Group justify="space-between" align="baseline">
        <Title order={1} size="h2">{t('title')}</Title>
        {s ? (
          <Text size="sm" c="dimmed" data-testid="bench-summary">
            {t('summary', { engineers: s.engineers, archived: s.archived, clients: s.clients, roles: s.roles, shortlists: s.shortlists, size: formatBytes(f, s.fileBytes) })}
          </Text>
        ) : null}
      </Group>
      {stats.loading && !s ? <LoadingView label={t('reading')} /> : null}
      {stats.error ? <ErrorView error={stats.error} onRetry={stats.reload} /> : null}
      {s && s.engineers === 0 ? (
        <EmptyState title={t('empty.title')} icon={<IconDatabaseOff size={32} aria-hidden />}>
          {t('empty.body')}
        </EmptyState>
      ) : null}
      <ImportPanel autoChoose={asked === 'import'} />
      <CvImportPanel />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <ExportPanel engineers={s?.engineers} autoStart={asked === 'export'} />
        <BackupPanel dbPath={s?.path} />
      </SimpleGrid>
    </Stack>
  );
}
