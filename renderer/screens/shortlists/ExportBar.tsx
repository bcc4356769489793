// The shortlist's way out to a client: one button that opens the client packet dialog (ExportDialog),
// where sales choose who goes out, approve pitch notes, pick the format and download.
import { Button } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportDialog } from './ExportDialog';

export function ExportBar({ shortlistId, disabled }: { shortlistId: string; disabled: boolean }) {
  const { t } = useTranslation(['shortlists']);
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button size="xs" leftSection={<IconSend size={14} aria-hidden />} onClick={() => setOpened(true)} disabled={disabled} data-testid="export-open">
        {t('export.open')}
      </Button>
      {opened ? <ExportDialog shortlistId={shortlistId} opened={opened} onClose={() => setOpened(false)} /> : null}
    </>
  );
}
