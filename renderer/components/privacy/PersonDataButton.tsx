// "Export their data": everything the bench holds about one person, as a JSON download (a data-subject
// access request under LGPD / GDPR).
import { Button } from '@mantine/core';
import { IconFileDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { todayLocal } from '../../../shared/bench/dates';
import { api } from '../../api/client';
import { downloadText } from '../download';
import { ErrorView } from '../ErrorView';
import { useBusyAction } from '../../hooks/useBusyAction';

export function PersonDataButton({ engineerId, size = 'xs' }: { engineerId: string; size?: 'xs' | 'sm' }) {
  const { t } = useTranslation(['privacy']);
  const { busy, error, run: runBusy } = useBusyAction();
  const run = () => runBusy(async () => {
    const doc = await api.personData({ engineerId });
    downloadText(`person-${engineerId}-${todayLocal()}.json`, 'application/json', JSON.stringify(doc, null, 2));
  });
  return (
    <>
      <Button size={size} variant="light" leftSection={<IconFileDownload size={14} aria-hidden />} loading={busy} onClick={() => void run()} data-testid={`person-data-${engineerId}`}>
        {t('exportData')}
      </Button>
      {error ? <ErrorView error={error} /> : null}
    </>
  );
}
