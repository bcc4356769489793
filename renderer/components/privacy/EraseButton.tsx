// "Erase person…": erasure on request, after a confirmation that says what goes and what stays. It cannot
// be undone, so the dialog offers the data export first and the button stays disabled until the person
// confirms they understand.
import { Alert, Button, Checkbox, Group, List, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconEraser } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErasureReport } from '../../../shared/api/privacy';
import { api } from '../../api/client';
import { ErrorView } from '../ErrorView';
import { PersonDataButton } from './PersonDataButton';
import { useTeamStatus } from '../../team/team-store';
import { useBusyAction } from '../../hooks/useBusyAction';

export function EraseButton({ engineerId, name, onErased, size = 'xs' }: { engineerId: string; name: string; onErased: (r: ErasureReport) => void; size?: 'xs' | 'sm' }) {
  const { t } = useTranslation(['privacy']);
  const [open, setOpen] = useState(false);
  const [understood, setUnderstood] = useState(false);
  const { busy, error, run } = useBusyAction();
  const team = useTeamStatus();
  // On a team bench only admins may erase (the server refuses anyone else): the others do not see it.
  if (team?.joined && team.role !== 'admin') return null;
  const erase = () => run(async () => {
    const r = await api.erasePerson({ engineerId });
    setOpen(false);
    onErased(r);
  });
  return (
    <>
      <Button size={size} color="red" variant="light" leftSection={<IconEraser size={14} aria-hidden />} onClick={() => { setUnderstood(false); setOpen(true); }} data-testid={`erase-${engineerId}`}>
        {t('erase.button')}
      </Button>
      {/* Mounted only while open: a list of people holds one of these per row. */}
      {open ? <Modal opened onClose={() => setOpen(false)} title={t('erase.title', { name })} data-testid="erase-modal">
        <Stack gap="sm">
          <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />}>{t('erase.cannotUndo')}</Alert>
          {/* On a team bench the server deletes the person and their history outright (docs/privacy.md): no remainder. */}
          {team?.joined ? (
            <>
              <Text size="sm">{t('erase.team.removed')}</Text>
              <List size="sm">
                <List.Item>{t('erase.team.record')}</List.Item>
                <List.Item>{t('erase.removedMentions')}</List.Item>
              </List>
              <Text size="sm" data-testid="erase-team-note">{t('erase.team.others')}</Text>
            </>
          ) : (
            <>
              <Text size="sm">{t('erase.removed')}</Text>
              <List size="sm">
                <List.Item>{t('erase.removedProfile')}</List.Item>
                <List.Item>{t('erase.removedNotes')}</List.Item>
                <List.Item>{t('erase.removedMentions')}</List.Item>
              </List>
              <Text size="sm">{t('erase.kept')}</Text>
            </>
          )}
          <Group><PersonDataButton engineerId={engineerId} /><Text size="xs" c="dimmed">{t('erase.copyFirst')}</Text></Group>
          <Checkbox label={t('erase.understood')} checked={understood} onChange={(e) => setUnderstood(e.currentTarget.checked)} data-testid="erase-understood" />
          {error ? <ErrorView error={error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>{t('erase.cancel')}</Button>
            <Button color="red" disabled={!understood} loading={busy} onClick={() => void erase()} data-testid="erase-confirm">{t('erase.confirm')}</Button>
          </Group>
        </Stack>
      </Modal> : null}
    </>
  );
}
