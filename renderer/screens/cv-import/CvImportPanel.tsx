// CVs in (issue 16): drop or choose one or many CVs; each is read into a draft (with "Reading 3 of 10"),
// then reviewed one at a time in the review form. Nothing is added silently: only Save writes.
import { ApiError } from '../../../shared/api/errors';
import { useLanguage } from '../../i18n/useLanguage';
import { Alert, Button, FileButton, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconFileUpload } from '@tabler/icons-react';
import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { chooseDocuments, hasNativeDialogs } from '../../api/files';
import { CvReviewForm } from './CvReviewForm';
import { useCvQueue } from './useCvQueue';

const ACCEPT = '.pdf,.docx,.txt,.md,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,text/plain';

export function CvImportPanel({ initialFiles }: { initialFiles?: File[] }) {
  const { t } = useTranslation('cv');
  const lng = useLanguage();
  const cvs = useCvQueue();
  const native = hasNativeDialogs();
  const [over, setOver] = useState(false);
  const [saved, setSaved] = useState<{ id: string; name: string } | null>(null);
  const [reviewed, setReviewed] = useState(0);
  const reset = useRef<() => void>(null);
  const started = useRef(false);
  if (initialFiles?.length && !started.current) {
    started.current = true;
    void cvs.add(initialFiles);
  }
  const head = cvs.queue[0];
  const hasFiles = (e: DragEvent) => e.dataTransfer.types.includes('Files');

  return (
    <Stack gap="md" data-testid="cv-panel">
      <Paper withBorder p="md" component="section" aria-labelledby="cv-title">
        <Stack gap="sm">
          <Title order={2} size="h4" id="cv-title">{t('panel.title')}</Title>
          <Text size="sm" c="dimmed">{t('panel.intro')}</Text>
          <Paper
            withBorder p="md" radius="md" data-testid="cv-drop"
            style={{ borderStyle: 'dashed', borderWidth: 2, background: over ? 'var(--mantine-primary-color-light)' : undefined }}
            onDragOver={(e) => { if (!hasFiles(e)) return; e.preventDefault(); setOver(true); }}
            onDragLeave={() => setOver(false)}
            onDrop={(e) => { e.preventDefault(); setOver(false); void cvs.add([...e.dataTransfer.files]); }}
          >
            <Group justify="center" gap="sm">
              <IconFileUpload size={24} aria-hidden />
              <Text size="sm">{t('panel.drop')}</Text>
              {native ? (
                // The window: the native dialog (the page cannot send a file's bytes without the loopback server).
                <Button variant="light" onClick={() => void chooseDocuments().then((staged) => (staged.length ? cvs.add(staged) : undefined))}>{t('panel.choose')}</Button>
              ) : (
                <FileButton multiple accept={ACCEPT} resetRef={reset} onChange={(files) => { void cvs.add(files); reset.current?.(); }}
                  inputProps={{ 'aria-label': t('panel.inputLabel'), ...({ 'data-testid': 'cv-file-input' } as object) }}>
                  {(props) => <Button {...props} variant="light">{t('panel.choose')}</Button>}
                </FileButton>
              )}
            </Group>
          </Paper>
          {cvs.reading ? (
            <Stack gap={4} data-testid="cv-reading">
              <Text size="sm">{t('panel.reading', { done: cvs.reading.done, total: cvs.reading.total })}</Text>
              <Progress value={(cvs.reading.done / Math.max(1, cvs.reading.total)) * 100} aria-label={t('panel.reading', { done: cvs.reading.done, total: cvs.reading.total })} />
            </Stack>
          ) : null}
          {cvs.queue.length ? <Text size="sm" data-testid="cv-queue">{t('panel.queue', { count: cvs.queue.length })}</Text> : null}
          {cvs.refused.map((r) => (
            // The refusal's message already names the file and what it is; the hint says what to do.
            <Alert key={r.file} color="red" icon={<IconAlertTriangle size={18} aria-hidden />} title={t('panel.refused', { file: r.file })} data-testid="cv-refused">
              <Text size="sm">{ApiError.of(r.error).say(lng).message}</Text>
              {ApiError.of(r.error).say(lng).hint ? <Text size="sm" c="dimmed">{ApiError.of(r.error).say(lng).hint}</Text> : null}
            </Alert>
          ))}
          {saved ? (
            <Alert color="green" icon={<IconCircleCheck size={18} aria-hidden />} data-testid="cv-saved">
              <Group gap="sm">
                <Text size="sm">{t('panel.saved', { name: saved.name })}</Text>
                <Button component={Link} to={`/engineers/${encodeURIComponent(saved.id)}`} size="xs" variant="light">{t('panel.openEngineer')}</Button>
              </Group>
            </Alert>
          ) : null}
        </Stack>
      </Paper>
      {head ? (
        <CvReviewForm
          key={head.upload}
          item={head}
          position={{ n: reviewed + 1, total: reviewed + cvs.queue.length }}
          onDone={(s, name) => {
            setReviewed((n) => n + 1);
            setSaved(s ? { id: s.engineerId, name } : null);
            void cvs.next(!s);
          }}
        />
      ) : null}
    </Stack>
  );
}
