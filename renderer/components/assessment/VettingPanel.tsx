// The vetting part of the engineer page: the latest rubric against the bench median for the same
// seniority, red flags at a glance, the form (new, draft or amendment) and the full history.
import { Button, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AssessmentRecord } from '../../../shared/api/assessments';
import type { Engineer } from '../../../shared/bench/schema';
import { todayLocal } from '../../../shared/bench/dates';
import { chronological, effectiveSkills, SKILL_ASSESSMENT_KINDS } from '../../../shared/matching/effective';
import { useTranslation } from 'react-i18next';
import { KIND_LABEL, SENIORITY_WORD } from '../../../shared/vetting/rubric';
import { api } from '../../api/client';
import { ErrorView } from '../ErrorView';
import { LoadingView } from '../States';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useCan } from '../../team/can';
import { AssessmentForm } from './AssessmentForm';
import { AssessmentHistory } from './AssessmentHistory';
import { emptyValues } from './formValues';
import { RedFlagBadges } from './RedFlagBadges';
import { RubricChart } from './RubricChart';
import { VettingStatusDialog } from './VettingStatusDialog';

// `focus`: opened by a button (scroll to the form and focus it), not reopened by itself after a restart.
type Editing = { record?: AssessmentRecord; key: string; focus?: boolean } | null;

export function VettingPanel({ engineer }: { engineer: Engineer }) {
  const { t } = useTranslation(['vetting', 'rubric']);
  // A team role that may not record assessments does not see the button (the server refuses it anyway).
  const mayAssess = useCan('assessment', 'create');
  const history = useApiQuery(() => api.listAssessments({ engineerId: engineer.id }), [engineer.id]);
  const settings = useApiQuery(() => api.getSettings({}), []);
  const medians = useApiQuery(() => api.rubricMedians({ seniority: engineer.seniority }), [engineer.seniority]);
  const [editing, setEditing] = useState<Editing>(null);
  const [statusFrom, setStatusFrom] = useState<AssessmentRecord | null>(null);
  const [actionError, setActionError] = useState<unknown>();
  const opened = useRef(false);

  // A draft left open (say, before a restart) comes back in the form by itself.
  useEffect(() => {
    if (opened.current || !history.data) return;
    opened.current = true;
    const draft = [...history.data].reverse().find((r) => r.status === 'draft');
    if (draft) setEditing({ record: draft, key: draft.ref });
  }, [history.data]);

  const reloadHistory = history.reload;
  const onSaved = useCallback(() => reloadHistory(), [reloadHistory]);
  // Keyed by skillKey, the effective level (a verification wins over the profile's claim).
  const currentLevels = useMemo(() => new Map([...effectiveSkills(engineer)].map(([k, s]) => [k, s.level])), [engineer]);
  const latest = chronological(engineer.assessments).filter((a) => SKILL_ASSESSMENT_KINDS.includes(a.kind)).pop();

  async function amend(r: AssessmentRecord) {
    setActionError(undefined);
    try {
      const draft = await api.startAmendment({ ref: r.ref });
      setEditing({ record: draft, key: draft.ref, focus: true });
      history.reload();
    } catch (e) {
      setActionError(e);
    }
  }

  return (
    <Stack gap="md" data-testid="vetting-panel">
      <Paper withBorder p="md">
        <Group justify="space-between" align="flex-start" mb="sm">
          <div>
            <Title order={2} size="h4">{t('panel.latest')}</Title>
            <Text size="sm" c="dimmed">
              {latest ? t('panel.latestBy', { kind: t(KIND_LABEL[latest.kind]), date: latest.date, assessor: latest.assessor, seniority: t(SENIORITY_WORD[engineer.seniority]) }) : t('panel.noneYet')}
            </Text>
          </div>
          {mayAssess ? <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing({ key: `new-${Date.now()}`, focus: true })} disabled={editing !== null} data-testid="new-assessment">{t('panel.new')}</Button> : null}
        </Group>
        <Grid gap="md">
          <Grid.Col span={{ base: 12, lg: 8 }}>
            {latest?.scores ? <RubricChart scores={latest.scores} medians={medians.data} seniority={engineer.seniority} /> : <Text size="sm" c="dimmed">{t('panel.chartLater')}</Text>}
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 4 }}>
            <Title order={3} size="h5" mb={6}>{t('panel.redFlags')}</Title>
            <div data-testid="latest-red-flags">
              <RedFlagBadges flags={latest?.redFlags ?? []} none={latest ? t('panel.noRedFlagsLatest') : t('panel.notAssessed')} />
            </div>
          </Grid.Col>
        </Grid>
      </Paper>

      {editing ? (
        <AssessmentForm
          key={editing.key}
          engineerId={engineer.id}
          {...(editing.record ? { record: editing.record } : {})}
          initial={emptyValues(todayLocal(), settings.data?.userName ?? '')}
          currentLevels={currentLevels}
          amended={editing.record?.amends ? history.data?.find((r) => r.ref === editing.record?.amends)?.assessment : undefined}
          focusOnOpen={editing.focus === true}
          onSaved={onSaved}
          onClosed={() => {
            setEditing(null);
            history.reload();
          }}
        />
      ) : null}
      {actionError ? <ErrorView error={actionError} /> : null}

      <Paper withBorder p="md">
        <Title order={2} size="h4" mb="sm">{t('panel.history')}</Title>
        {history.loading && !history.data ? <LoadingView label={t('panel.loadingHistory')} /> : null}
        {history.error ? <ErrorView error={history.error} onRetry={history.reload} /> : null}
        {history.data ? (
          <AssessmentHistory
            records={history.data}
            actions={{
              onContinue: (r) => setEditing({ record: r, key: r.ref, focus: true }),
              onAmend: (r) => void amend(r),
              onSetStatus: (r) => setStatusFrom(r),
            }}
          />
        ) : null}
      </Paper>
      {statusFrom ? <VettingStatusDialog record={statusFrom} current={engineer.vettingStatus} onClose={() => setStatusFrom(null)} /> : null}
    </Stack>
  );
}
