// Export a shortlist for sales: PDF for the email, XLSX for procurement, CSV for an ATS, optionally
// anonymised. The bytes come from the exports API and download in the browser.
import { Button, Group, SegmentedControl, Switch } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SHORTLIST_EXPORT_FORMATS, type ShortlistExportFormat } from '../../../shared/api/exports';
import { api } from '../../api/client';
import { ErrorView } from '../../components/ErrorView';
import { downloadBase64 } from '../../components/download';

export function ExportBar({ shortlistId, disabled }: { shortlistId: string; disabled: boolean }) {
  const { t } = useTranslation(['shortlists']);
  const [format, setFormat] = useState<ShortlistExportFormat>('pdf');
  const [anonymize, setAnonymize] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function run() {
    setBusy(true);
    setError(null);
    try {
      const r = await api.exportShortlistData({ shortlistId, format, anonymize });
      downloadBase64(r.fileName, r.mime, r.base64);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Group gap="sm" data-testid="export-bar">
        <SegmentedControl size="xs" aria-label={t('export.format')} value={format} onChange={(v) => setFormat(v as ShortlistExportFormat)}
          data={SHORTLIST_EXPORT_FORMATS.map((f) => ({ value: f, label: f.toUpperCase() }))} />
        <Switch size="sm" label={t('export.anonymize')} checked={anonymize} onChange={(e) => setAnonymize(e.currentTarget.checked)} data-testid="export-anonymize" />
        <Button size="xs" leftSection={<IconDownload size={14} aria-hidden />} onClick={() => void run()} loading={busy} disabled={disabled} data-testid="export-shortlist">
          {t('export.button', { format: format.toUpperCase() })}
        </Button>
      </Group>
      {error ? <ErrorView error={error} /> : null}
    </>
  );
}
