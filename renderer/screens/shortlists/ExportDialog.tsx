// The client packet dialog: who goes out (declined and withdrawn unticked by default), each pitch note
// exactly as the client will read it with its approval, the format, anonymised or not, and the file's
// name; then the download. A one-page profile PDF per included candidate. Every change asks the service
// for a new preview (previewPacket), so what is shown is what the file will hold.
import { Alert, Badge, Button, Checkbox, Group, Modal, SegmentedControl, Stack, Switch, Table, Text } from '@mantine/core';
import { IconDownload, IconFileText } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useBusyAction } from '../../hooks/useBusyAction';
import { useTranslation } from 'react-i18next';
import { SHORTLIST_EXPORT_FORMATS, type PacketCandidate, type PacketPreview, type ShortlistExportFormat } from '../../../shared/api/exports';
import { LANGUAGE_NAMES } from '../../../shared/i18n/languages';
import { api } from '../../api/client';
import { ErrorView } from '../../components/ErrorView';
import { downloadBase64 } from '../../components/download';
import { SHORTLIST_STATUS_LABEL } from '../../components/labels';

interface Props {
  shortlistId: string;
  opened: boolean;
  onClose: () => void;
}

export function ExportDialog({ shortlistId, opened, onClose }: Props) {
  const { t } = useTranslation(['shortlists']);
  const [format, setFormat] = useState<ShortlistExportFormat>('pdf');
  const [anonymize, setAnonymize] = useState(false);
  // undefined: the service's default choice (everyone but the declined and the withdrawn).
  const [include, setInclude] = useState<string[] | undefined>(undefined);
  const [preview, setPreview] = useState<PacketPreview | null>(null);
  const { busy, error, setError, run } = useBusyAction();
  const [version, setVersion] = useState(0);

  useEffect(() => {
    if (!opened) return;
    let live = true;
    api.previewPacket({ shortlistId, anonymize, ...(include ? { include } : {}) })
      .then((p) => live && setPreview(p))
      .catch((e: unknown) => live && setError(e));
    return () => {
      live = false;
    };
  }, [opened, shortlistId, anonymize, include, version]);

  const included = preview?.candidates.filter((c) => c.included).map((c) => c.engineerId) ?? [];
  const packet = { shortlistId, anonymize, include: included };

  function toggle(c: PacketCandidate) {
    setInclude(c.included ? included.filter((id) => id !== c.engineerId) : [...included, c.engineerId]);
  }

  const download = () => run(async () => {
    const r = await api.exportShortlistData({ ...packet, format });
    downloadBase64(r.fileName, r.mime, r.base64);
  });
  const profile = (engineerId: string) => run(async () => {
    const r = await api.exportCandidateProfileData({ ...packet, engineerId });
    downloadBase64(r.fileName, r.mime, r.base64);
  });
  const approve = (c: PacketCandidate, approved: boolean) => run(async () => {
    await api.approvePitchNote({ shortlistId, engineerId: c.engineerId, approved });
    setVersion((v) => v + 1);
  });

  return (
    <Modal opened={opened} onClose={onClose} title={t('export.title')} size="xl" data-testid="export-dialog" closeButtonProps={{ 'aria-label': t('export.close') }}>
      <Stack gap="md">
        <Group gap="lg" align="flex-start" wrap="wrap">
          <SegmentedControl aria-label={t('export.format')} value={format} onChange={(v) => setFormat(v as ShortlistExportFormat)}
            data={SHORTLIST_EXPORT_FORMATS.map((f) => ({ value: f, label: f.toUpperCase() }))} data-testid="export-format" />
          <Switch label={t('export.anonymize')} description={t('export.anonymizeHint')} checked={anonymize}
            onChange={(e) => setAnonymize(e.currentTarget.checked)} data-testid="export-anonymize" maw={360} />
        </Group>
        {preview ? <Text size="sm" c="dimmed">{t('export.language', { language: LANGUAGE_NAMES[preview.language] })}</Text> : null}
        <Stack gap={4}>
          <Text fw={600}>{t('export.who')}</Text>
          <Text size="sm" c="dimmed">{t('export.whoHint')}</Text>
        </Stack>
        <Table verticalSpacing="xs" data-testid="export-candidates">
          <Table.Thead>
            <Table.Tr>
              <Table.Th />
              <Table.Th>{t('export.candidate')}</Table.Th>
              <Table.Th>{t('export.statusInternal')}</Table.Th>
              <Table.Th>{t('export.pitchNote')}</Table.Th>
              <Table.Th />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview?.candidates.map((c) => (
              <Table.Tr key={c.engineerId} data-testid="export-candidate" data-included={c.included}>
                <Table.Td>
                  <Checkbox aria-label={t('export.include', { name: c.name })} checked={c.included} onChange={() => toggle(c)} data-testid="export-include" />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={500}>{c.name}</Text>
                  <Text size="xs" c="dimmed">{t('export.shownAs', { who: c.shownAs ?? t('export.leftOut') })}</Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    <Badge variant="light" color={c.status === 'declined' ? 'red' : 'gray'}>{t(SHORTLIST_STATUS_LABEL[c.status])}</Badge>
                    {c.withdrawn ? <Badge variant="light" color="orange">{t('export.withdrawn')}</Badge> : null}
                  </Group>
                </Table.Td>
                <Table.Td maw={340}>
                  <NoteCell c={c} busy={busy} onApprove={(ok) => void approve(c, ok)} />
                </Table.Td>
                <Table.Td>
                  {c.included ? (
                    <Button size="compact-xs" variant="subtle" leftSection={<IconFileText size={14} aria-hidden />} aria-label={t('export.profileOf', { name: c.shownAs ?? c.name })}
                      onClick={() => void profile(c.engineerId)} disabled={busy} data-testid="export-profile">
                      {t('export.profile')}
                    </Button>
                  ) : null}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {preview && included.length === 0 ? <Alert color="yellow">{t('export.noneIncluded')}</Alert> : null}
        {error ? <ErrorView error={error} /> : null}
        <Group justify="space-between" wrap="wrap">
          <Text size="sm" c="dimmed" data-testid="export-file-name">{preview ? t('export.fileName', { name: `${preview.fileBase}.${format}` }) : ''}</Text>
          <Group gap="sm">
            <Button variant="default" onClick={onClose}>{t('export.close')}</Button>
            <Button leftSection={<IconDownload size={14} aria-hidden />} onClick={() => void download()} loading={busy} disabled={!preview || included.length === 0} data-testid="export-shortlist">
              {t('export.button', { format: format.toUpperCase() })}
            </Button>
          </Group>
        </Group>
      </Stack>
    </Modal>
  );
}

function NoteCell({ c, busy, onApprove }: { c: PacketCandidate; busy: boolean; onApprove: (approved: boolean) => void }) {
  const { t } = useTranslation(['shortlists']);
  if (c.note === 'none') return <Text size="xs" c="dimmed">{t('export.note.none')}</Text>;
  const approved = c.note === 'approved';
  return (
    <Stack gap={4}>
      <Text size="xs" style={{ whiteSpace: 'pre-wrap' }} c={approved ? undefined : 'dimmed'} data-testid="export-note-preview">{c.preview}</Text>
      <Group gap={6}>
        <Badge size="xs" variant="light" color={approved ? 'green' : 'yellow'}>{approved ? t('export.note.approved') : t('export.note.unapproved')}</Badge>
        <Button size="compact-xs" variant="subtle" onClick={() => onApprove(!approved)} disabled={busy} data-testid="export-approve">
          {approved ? t('export.unapprove') : t('export.approve')}
        </Button>
      </Group>
    </Stack>
  );
}
