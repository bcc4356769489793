// Export the whole bench: the bench file (JSON, everything, archived included) or the engineers as CSV.
// In the window a native save dialog picks the place; in browser mode the file downloads.
import { renderText } from '../../../shared/api/errors';
import { useLanguage } from '../../i18n/useLanguage';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Group, Paper, Progress, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconDownload } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import type { BenchFileFormat } from '../../../shared/api/bench';
import { api } from '../../api/client';
import { hasNativeDialogs, saveBenchExport } from '../../api/files';
import { ErrorView } from '../../components/ErrorView';
import { downloadBase64 } from '../../components/download';
import { ShowInFolder } from './ShowInFolder';
import { useMethodProgress } from './useMethodProgress';
import { useBusyAction } from '../../hooks/useBusyAction';

const EXPORT_METHODS: ReadonlySet<string> = new Set(['exportFile', 'exportBenchData']);
const WHAT = { json: 'import-export:export.whatJson', csv: 'import-export:export.whatCsv' } as const satisfies Record<BenchFileFormat, string>;
/** The run button: a native save dialog in the window, a download in the browser. */
const RUN = {
  native: { json: 'import-export:export.saveJson', csv: 'import-export:export.saveCsv' },
  browser: { json: 'import-export:export.downloadJson', csv: 'import-export:export.downloadCsv' },
} as const satisfies Record<'native' | 'browser', Record<BenchFileFormat, string>>;

type Outcome = { engineers: number; reveal?: string; fileName: string } | null;

export function ExportPanel({ engineers, autoStart }: { engineers: number | undefined; autoStart: boolean }) {
  const { t } = useTranslation(['import-export']);
  const lng = useLanguage();
  const native = hasNativeDialogs();
  const [format, setFormat] = useState<BenchFileFormat>('json');
  const { busy, error, run: runBusy } = useBusyAction();
  const [done, setDone] = useState<Outcome>(null);
  const progress = useMethodProgress(EXPORT_METHODS, busy);
  const empty = engineers === 0;

  const run = () => runBusy(async () => {
    setDone(null);
    if (native) {
      const r = await saveBenchExport(format);
      if (r) setDone(r);
    } else {
      const r = await api.exportBenchData({ format });
      downloadBase64(r.fileName, r.mime, r.base64);
      setDone({ engineers: r.engineers, fileName: r.fileName });
    }
  });
  // File > Export… in the window opens this screen asking for the save dialog.
  useEffect(() => {
    if (autoStart && native) void run();
    // Only when asked (autoStart), not when `run` changes with the chosen format.
  }, [autoStart, native]);

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="export-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="export-title">{t('export.title')}</Title>
        <SegmentedControl
          aria-label={t('export.format')}
          value={format}
          onChange={(v) => setFormat(v as BenchFileFormat)}
          data={[{ value: 'json', label: t('export.json') }, { value: 'csv', label: t('export.csv') }]}
          data-testid="export-format"
        />
        <Text size="sm" c="dimmed">{t(WHAT[format])}</Text>
        {empty ? <Text size="sm" data-testid="export-empty">{t('export.empty')}</Text> : null}
        <Group>
          <Button leftSection={<IconDownload size={16} aria-hidden />} onClick={() => void run()} loading={busy} disabled={empty || engineers === undefined} data-testid="export-run">
            {t(RUN[native ? 'native' : 'browser'][format])}
          </Button>
        </Group>
        {busy && progress ? <Progress value={progress.fraction * 100} aria-label={t('export.progress', { label: renderText(progress.label, lng), fraction: progress.fraction })} /> : null}
        {done ? (
          <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden />} role="status" data-testid="export-done" title={t('export.done', { count: done.engineers })}>
            {done.reveal ? (
              <Group gap="xs" justify="space-between">
                <Text size="sm" style={{ wordBreak: 'break-all' }}>{t('export.savedAs', { file: done.fileName })}</Text>
                <ShowInFolder reveal={done.reveal} />
              </Group>
            ) : (
              <Text size="sm">{t('export.downloadedAs', { file: done.fileName })}</Text>
            )}
          </Alert>
        ) : null}
        {error ? <ErrorView error={error} /> : null}
      </Stack>
    </Paper>
  );
}
