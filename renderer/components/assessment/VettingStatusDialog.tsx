// Sets the engineer's vetting status from a finalized assessment, after a confirmation. The
// recommendation suggests the status; the lead may choose another.
import { Alert, Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { AssessmentRecord } from '../../../shared/api/assessments';
import { VETTING_STATUSES, type VettingStatus } from '../../../shared/bench/schema';
import { useTranslation } from 'react-i18next';
import { RECOMMENDATION_LABEL, suggestedVettingStatus, VETTING_STATUS_WORD } from '../../../shared/vetting/rubric';
import { api } from '../../api/client';
import { ErrorView } from '../ErrorView';
import { useBusyAction } from '../../hooks/useBusyAction';

export function VettingStatusDialog({ record, current, onClose }: { record: AssessmentRecord; current: VettingStatus | undefined; onClose: () => void }) {
  const { t } = useTranslation(['vetting', 'rubric']);
  const suggested = suggestedVettingStatus(record.assessment.recommendation);
  const [status, setStatus] = useState<VettingStatus>(suggested ?? current ?? 'screening');
  const { busy, error, run } = useBusyAction();
  const confirm = () => run(async () => {
    await api.setVettingStatus({ engineerId: record.engineerId, status, fromAssessment: record.ref });
    onClose();
  });
  return (
    <Modal opened onClose={onClose} title={t('status.title')} centered>
      <Stack>
        <Text size="sm">
          {record.assessment.recommendation
            ? t('status.fromWithRecommendation', { ref: record.ref, date: record.assessment.date, recommendation: t(RECOMMENDATION_LABEL[record.assessment.recommendation]).toLowerCase() })
            : t('status.from', { ref: record.ref, date: record.assessment.date })}
          {suggested ? ` ${t('status.suggests', { status: t(VETTING_STATUS_WORD[suggested]) })}` : ''}
        </Text>
        <Select label={t('status.label')} data={VETTING_STATUSES.map((s) => ({ value: s, label: t(VETTING_STATUS_WORD[s]) }))} value={status} onChange={(v) => v && setStatus(v as VettingStatus)} allowDeselect={false} data-testid="vetting-status-select" />
        <Alert variant="light" color="blue">{t('status.change', { from: current ? t(VETTING_STATUS_WORD[current]) : t('status.none'), to: t(VETTING_STATUS_WORD[status]) })}</Alert>
        {error ? <ErrorView error={error} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>{t('status.cancel')}</Button>
          <Button onClick={() => void confirm()} loading={busy} data-testid="confirm-vetting-status">{t('status.setTo', { status: t(VETTING_STATUS_WORD[status]) })}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
