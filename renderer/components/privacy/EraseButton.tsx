// "Erase person…": erasure on request, after a confirmation that says what goes and what stays. It cannot
// be undone, so the dialog offers the data export first and the button stays disabled until the person
// confirms they understand.
import { Alert, Button, Checkbox, Group, List, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconEraser } from '@tabler/icons-react';
import { useState } from 'react';
import type { ErasureReport } from '../../../shared/api/privacy';
import { api } from '../../api/client';
import { ErrorView } from '../ErrorView';
import { PersonDataButton } from './PersonDataButton';
import { useTeamStatus } from '../../team/team-store';

export function EraseButton({ engineerId, name, onErased, size = 'xs' }: { engineerId: string; name: string; onErased: (r: ErasureReport) => void; size?: 'xs' | 'sm' }) {
  const [open, setOpen] = useState(false);
  const [understood, setUnderstood] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const team = useTeamStatus();
  // On a team bench only admins may erase (the server refuses anyone else): the others do not see it.
  if (team?.joined && team.role !== 'admin') return null;
  async function erase() {
    setBusy(true);
    setError(null);
    try {
      const r = await api.erasePerson({ engineerId });
      setOpen(false);
      onErased(r);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }
  return (
    <>
      <Button size={size} color="red" variant="light" leftSection={<IconEraser size={14} aria-hidden />} onClick={() => { setUnderstood(false); setOpen(true); }} data-testid={`erase-${engineerId}`}>
        Erase person…
      </Button>
      {/* Mounted only while open: a list of people holds one of these per row. */}
      {open ? <Modal opened onClose={() => setOpen(false)} title={`Erase ${name}?`} data-testid="erase-modal">
        <Stack gap="sm">
          <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />}>This cannot be undone.</Alert>
          <Text size="sm">Removed everywhere in the bench:</Text>
          <List size="sm">
            <List.Item>name, e-mail, city, links, tags, summary, primary role, working hours, rates and availability</List.Item>
            <List.Item>their assessment notes and drafts, and the pitch notes written about them</List.Item>
            <List.Item>mentions of their full name, e-mail or links in anyone else&apos;s notes</List.Item>
          </List>
          <Text size="sm">Kept, without identity, so counts still add up: country, seniority, skills, English, assessment scores.</Text>
          <Group><PersonDataButton engineerId={engineerId} /><Text size="xs" c="dimmed">if they asked for a copy first</Text></Group>
          <Checkbox label="I understand this person's data will be gone for good" checked={understood} onChange={(e) => setUnderstood(e.currentTarget.checked)} data-testid="erase-understood" />
          {error ? <ErrorView error={error} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOpen(false)}>Cancel</Button>
            <Button color="red" disabled={!understood} loading={busy} onClick={() => void erase()} data-testid="erase-confirm">Erase</Button>
          </Group>
        </Stack>
      </Modal> : null}
    </>
  );
}
