// Import: choose a file, see what a dry run finds (counts per kind and warnings, or every problem by
// place), then Import. A refused file changes nothing; the result says what was done.
import { renderText } from '../../../shared/api/errors';
import { useLanguage } from '../../i18n/useLanguage';
import { Alert, Button, Group, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconFileCheck } from '@tabler/icons-react';
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { hasNativeDialogs, IMPORT_METHODS } from '../../api/files';
import { ErrorView } from '../../components/ErrorView';
import { ImportMatches, SkippedRecords, ValidOnlyButton } from '../duplicates/ImportMatches';
import { FileDrop } from './FileDrop';
import { ImportCounts, useSummary } from './ImportCounts';
import { ProblemsTable } from './ProblemsTable';
import { useImportFlow } from './useImportFlow';
import { useMethodProgress } from './useMethodProgress';

export function ImportPanel({ autoChoose }: { autoChoose: boolean }) {
  const { t } = useTranslation(['import-export']);
  const lng = useLanguage();
  const summary = useSummary();
  const native = hasNativeDialogs();
  const flow = useImportFlow();
  const { state } = flow;
  const working = state.step === 'checking' || state.step === 'importing';
  const progress = useMethodProgress(IMPORT_METHODS, working);
  // The result or the problems take the focus when they arrive, so keyboard and screen-reader users
  // land on them (the button that started the step may be gone by then).
  const outcome = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (['checked', 'refused', 'done', 'failed'].includes(state.step)) outcome.current?.focus();
  }, [state.step]);
  // File > Import… in the window opens this screen asking for the dialog.
  const { chooseNative } = flow;
  useEffect(() => {
    if (autoChoose && native) chooseNative();
  }, [autoChoose, native, chooseNative]);

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="import-title">
      <Stack gap="md">
        <div>
          <Title order={2} size="h4" id="import-title">{t('import.title')}</Title>
          <Text size="sm" c="dimmed">{t('import.intro')}</Text>
        </div>

        {state.step === 'idle' ? <FileDrop native={native} onFile={flow.pickFile} onNative={flow.chooseNative} /> : null}

        {state.step === 'uploading' ? (
          <Stack gap={4} role="status" aria-live="polite">
            <Text size="sm">{t('import.sending', { name: state.name })}</Text>
            <Progress value={state.fraction * 100} aria-label={t('import.sendingProgress', { name: state.name, fraction: state.fraction })} />
          </Stack>
        ) : null}

        {working ? (
          <Stack gap={4} role="status" aria-live="polite" data-testid="import-progress">
            <Text size="sm">{state.step === 'checking' ? t('import.checking', { name: state.source.name }) : t('import.importing', { name: state.source.name })} {progress ? t('import.stepLabel', { label: renderText(progress.label, lng) }) : ''}</Text>
            <Progress animated value={Math.max(2, (progress?.fraction ?? 0) * 100)} aria-label={state.step === 'checking' ? t('import.checkingProgress', { fraction: progress?.fraction ?? 0 }) : t('import.importingProgress', { fraction: progress?.fraction ?? 0 })} />
          </Stack>
        ) : null}

        <div ref={outcome} tabIndex={-1} style={{ outline: 'none' }}>
          {state.step === 'checked' || state.step === 'importing' ? (
            <Outcome
              testId="import-dry-run"
              alert={(
                <Alert color="blue" variant="light" icon={<IconFileCheck aria-hidden />} title={t('import.canImport', { name: state.source.name })}>
                  {t('import.checked', { summary: summary(state.report) })}
                </Alert>
              )}
              actions={(
                <>
                  <Button onClick={flow.commit} loading={state.step === 'importing'} data-testid="import-commit">{t('import.commit')}</Button>
                  <Button variant="default" onClick={flow.reset} disabled={state.step === 'importing'} data-testid="import-cancel">{t('import.another')}</Button>
                </>
              )}
            >
              <ImportCounts report={state.report} verb="would be" />
              <ImportMatches report={state.report} onUpdateChange={flow.setUpdateMatches} busy={state.step === 'importing'} />
              <SkippedRecords report={state.report} />
            </Outcome>
          ) : null}

          {state.step === 'refused' ? (
            <Outcome
              testId="import-refused"
              alert={(
                <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={state.atImport ? t('import.refusedImport', { name: state.name }) : t('import.refusedCheck', { name: state.name })} role="alert">
                  <Text size="sm">
                    {state.error.say(lng).message.replace(/\.$/, '')}.
                    {state.error.problems?.length ? ` ${t('import.fix', { count: state.error.problems.length })}` : ''}
                  </Text>
                  {state.error.say(lng).hint ? <Text size="sm" mt={4}>{state.error.say(lng).hint}</Text> : null}
                </Alert>
              )}
              actions={(
                <>
                  {state.source ? <ValidOnlyButton onClick={flow.validOnly} /> : null}
                  <Button variant="default" onClick={flow.reset} data-testid="import-again">{t('import.another')}</Button>
                </>
              )}
            >
              {state.error.problems?.length ? <ProblemsTable problems={state.error.problems} label={t('import.problems')} testId="import-problems" /> : null}
            </Outcome>
          ) : null}

          {state.step === 'done' ? (
            <Outcome
              testId="import-done"
              alert={(
                <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden />} title={t('import.imported', { name: state.name })} role="status">
                  {t('import.sentence', { summary: summary(state.report) })}
                </Alert>
              )}
              actions={(
                <>
                  <Button component={Link} to="/" data-testid="import-open-bench">{t('import.openBench')}</Button>
                  <Button variant="default" onClick={flow.reset} data-testid="import-again">{t('import.importAnother')}</Button>
                </>
              )}
            >
              <ImportCounts report={state.report} verb="were" />
              <ImportMatches report={state.report} />
              <SkippedRecords report={state.report} />
            </Outcome>
          ) : null}

          {state.step === 'failed' ? (
            <Outcome testId="import-failed" alert={<ErrorView error={state.error} />} actions={<Button variant="default" onClick={flow.reset} data-testid="import-again">{t('import.startAgain')}</Button>} />
          ) : null}
        </div>
      </Stack>
    </Paper>
  );
}

/** One outcome of a step: what happened (an alert), its details, and what the user can do next. */
function Outcome({ testId, alert, children, actions }: { testId: string; alert: ReactNode; children?: ReactNode; actions: ReactNode }) {
  return (
    <Stack gap="md" data-testid={testId}>
      {alert}
      {children}
      <Group>{actions}</Group>
    </Stack>
  );
}
