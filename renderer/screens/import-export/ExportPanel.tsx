// Export the whole bench: the bench file (JSON, everything, archived included) or the engineers as CSV.
// In the window a native save dialog picks the place; in browser mode the file downloads.
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

const EXPORT_METHODS: ReadonlySet<string> = new Set(['exportFile', 'exportBenchData']);
const WHAT: Record<BenchFileFormat, string> = {
  json: 'Everything: engineers with their assessments, clients, roles and shortlists, archived engineers included. Import it on another laptop to get the same bench.',
  csv: 'One row per engineer (profile, skills, rates, availability), for a spreadsheet or an ATS. No assessments, clients or roles.',
};

type Outcome = { engineers: number; reveal?: string; fileName: string } | null;

export function ExportPanel({ engineers, autoStart }: { engineers: number | undefined; autoStart: boolean }) {
  const native = hasNativeDialogs();
  const [format, setFormat] = useState<BenchFileFormat>('json');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<Outcome>(null);
  const progress = useMethodProgress(EXPORT_METHODS, busy);
  const empty = engineers === 0;

  async function run() {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      if (native) {
        const r = await saveBenchExport(format);
        if (!r) return;
        setDone(r);
      } else {
        const r = await api.exportBenchData({ format });
        downloadBase64(r.fileName, r.mime, r.base64);
        setDone({ engineers: r.engineers, fileName: r.fileName });
      }
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }
  // File > Export… in the window opens this screen asking for the save dialog.
  useEffect(() => {
    if (autoStart && native) void run();
    // Only when asked (autoStart), not when `run` changes with the chosen format.
  }, [autoStart, native]);

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="export-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="export-title">Export</Title>
        <SegmentedControl
          aria-label="Export format"
          value={format}
          onChange={(v) => setFormat(v as BenchFileFormat)}
          data={[{ value: 'json', label: 'Bench file (JSON)' }, { value: 'csv', label: 'Engineers (CSV)' }]}
          data-testid="export-format"
        />
        <Text size="sm" c="dimmed">{WHAT[format]}</Text>
        {empty ? <Text size="sm" data-testid="export-empty">The bench is empty: there is nothing to export yet.</Text> : null}
        <Group>
          <Button leftSection={<IconDownload size={16} aria-hidden />} onClick={() => void run()} loading={busy} disabled={empty || engineers === undefined} data-testid="export-run">
            {native ? 'Export…' : 'Download'} {format === 'json' ? 'bench file' : 'CSV'}
          </Button>
        </Group>
        {busy && progress ? <Progress value={progress.fraction * 100} aria-label={`${progress.label}: ${Math.round(progress.fraction * 100)}%`} /> : null}
        {done ? (
          <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden />} role="status" data-testid="export-done" title={`Exported ${done.engineers.toLocaleString()} engineer${done.engineers === 1 ? '' : 's'}`}>
            {done.reveal ? (
              <Group gap="xs" justify="space-between">
                <Text size="sm" style={{ wordBreak: 'break-all' }}>Saved as {done.fileName}</Text>
                <ShowInFolder reveal={done.reveal} />
              </Group>
            ) : (
              <Text size="sm">Downloaded as {done.fileName} (your browser's downloads folder).</Text>
            )}
          </Alert>
        ) : null}
        {error ? <ErrorView error={error} /> : null}
      </Stack>
    </Paper>
  );
}
