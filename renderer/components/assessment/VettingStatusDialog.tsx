// Sets the engineer's vetting status from a finalized assessment, after a confirmation. The
// recommendation suggests the status; the lead may choose another.
import { Alert, Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { AssessmentRecord } from '../../../shared/api/assessments';
import { VETTING_STATUSES, type VettingStatus } from '../../../shared/bench/schema';
import { useTranslation } from 'react-i18next';
import { RECOMMENDATION_LABEL, suggestedVettingStatus } from '../../../shared/vetting/rubric';
import { api } from '../../api/client';
import { ErrorView } from '../ErrorView';

export function VettingStatusDialog({ record, current, onClose }: { record: AssessmentRecord; current: VettingStatus | undefined; onClose: () => void }) {
  const { t: rt } = useTranslation(['rubric']);
  const suggested = suggestedVettingStatus(record.assessment.recommendation);
  const [status, setStatus] = useState<VettingStatus>(suggested ?? current ?? 'screening');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  async function confirm() {
    setBusy(true);
    try {
      await api.setVettingStatus({ engineerId: record.engineerId, status, fromAssessment: record.ref });
      onClose();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }
  return (
    <Modal opened onClose={onClose} title="Set the vetting status" centered>
      <Stack>
        <Text size="sm">
          From assessment {record.ref} ({record.assessment.date}
          {record.assessment.recommendation ? `, recommendation ${rt(RECOMMENDATION_LABEL[record.assessment.recommendation]).toLowerCase()}` : ''}).
          {suggested ? ` It suggests "${suggested}".` : ''}
        </Text>
        <Select label="Vetting status" data={[...VETTING_STATUSES]} value={status} onChange={(v) => v && setStatus(v as VettingStatus)} allowDeselect={false} data-testid="vetting-status-select" />
        <Alert variant="light" color="blue">Changes from "{current ?? 'none'}" to "{status}". The change log records it with this assessment.</Alert>
        {error ? <ErrorView error={error} /> : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>Cancel</Button>
          <Button onClick={() => void confirm()} loading={busy} data-testid="confirm-vetting-status">Set to {status}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
