// Settings > Team: join the team bench with the URL a person was given, see who and what role, what the
// last sync refused and why, give the password again after a restart (browser mode keeps it only in
// memory), leave. The URL field is masked: it carries the password.
import { Alert, Badge, Button, Group, List, Paper, PasswordInput, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { TeamStatus } from '../../../shared/api/team';
import { api } from '../../api/client';
import { benchChanged } from '../../api/changes';
import { ErrorView } from '../../components/ErrorView';
import { describe } from '../../team/TeamIndicator';
import { setTeamStatus, useTeamStatus } from '../../team/team-store';

const ROLE_NAMES: Record<string, string> = { admin: 'Admin', account_manager: 'Account manager', vetting_lead: 'Vetting lead', sales: 'Sales' };

export function TeamSettings() {
  const s = useTeamStatus();
  return (
    <Paper withBorder p="md" id="team" data-testid="team-settings">
      <Stack>
        <Title order={2} size="h4">Team</Title>
        {!s ? <Text size="sm" c="dimmed">Reading the team state…</Text> : s.joined ? <Joined s={s} /> : <JoinForm />}
      </Stack>
    </Paper>
  );
}

function UrlForm({ label, description, action, submit }: { label: string; description: string; action: string; submit: (url: string) => Promise<void> }) {
  const [url, setUrl] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  async function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await submit(url.trim());
      setUrl('');
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }
  return (
    <form onSubmit={(e) => void onSubmit(e)}>
      <Stack gap="sm">
        <PasswordInput label={label} description={description} placeholder="postgres://login:password@host:5432/benchmatch" value={url} onChange={(e) => setUrl(e.currentTarget.value)} autoComplete="off" data-testid="team-url" />
        {error ? <ErrorView error={error} /> : null}
        <Group justify="flex-end"><Button type="submit" loading={busy} disabled={!url.trim()} data-testid="team-join">{action}</Button></Group>
      </Stack>
    </form>
  );
}

function JoinForm() {
  return (
    <>
      <Text size="sm">
        Share this bench with your team: every change you make is sent to the team bench, and theirs arrive here. The app stays fully usable
        offline; changes wait until the server can be reached.
      </Text>
      <UrlForm
        label="Team URL"
        description="The URL an admin gave you, with your login and password. The password is never shown or stored in plain text."
        action="Join the team bench"
        submit={async (url) => {
          setTeamStatus(await api.teamJoin({ url }));
          benchChanged();
        }}
      />
    </>
  );
}

function Joined({ s }: { s: TeamStatus }) {
  const [error, setError] = useState<unknown>();
  const [confirming, setConfirming] = useState(false);
  const state = describe(s);
  async function leave() {
    setError(undefined);
    try {
      setTeamStatus(await api.teamLeave({}));
      setConfirming(false);
    } catch (err) {
      setError(err);
    }
  }
  return (
    <>
      <Table withRowBorders={false} data-testid="team-who">
        <Table.Tbody>
          <Table.Tr><Table.Th scope="row" w={160}>Server</Table.Th><Table.Td data-testid="team-server">{s.server}</Table.Td></Table.Tr>
          <Table.Tr><Table.Th scope="row">You are</Table.Th><Table.Td data-testid="team-login">{s.login}</Table.Td></Table.Tr>
          <Table.Tr><Table.Th scope="row">Role</Table.Th><Table.Td data-testid="team-role">{s.role ? ROLE_NAMES[s.role] ?? s.role : ''}</Table.Td></Table.Tr>
          <Table.Tr><Table.Th scope="row">State</Table.Th><Table.Td><Badge color={state.color} variant="light">{state.label}</Badge></Table.Td></Table.Tr>
          <Table.Tr><Table.Th scope="row">Last sync</Table.Th><Table.Td>{s.lastSyncAt ? new Date(s.lastSyncAt).toLocaleString() : 'never'}</Table.Td></Table.Tr>
          <Table.Tr><Table.Th scope="row">Changes waiting</Table.Th><Table.Td data-testid="team-waiting">{s.waiting}</Table.Td></Table.Tr>
          <Table.Tr><Table.Th scope="row">Conflicts</Table.Th><Table.Td>{s.conflicts === 0 ? 'none' : `${s.conflicts} (the later edit kept; each record's history shows the other value)`}</Table.Td></Table.Tr>
        </Table.Tbody>
      </Table>
      {s.problem ? <Alert color={s.state === 'offline' ? 'gray' : 'red'} variant="light" title="Last sync">{s.problem}</Alert> : null}
      {s.refused.length > 0 ? (
        <Alert color="red" variant="light" title="The team server refused these changes; they were undone here" data-testid="team-refused">
          <List size="sm">{s.refused.map((r, i) => <List.Item key={i}><b>{r.where}</b>: {r.reason}</List.Item>)}</List>
        </Alert>
      ) : null}
      {s.state === 'needs_password' ? (
        <UrlForm
          label="Team URL (with your password)"
          description="This session does not hold your password yet. Give the URL again to sync."
          action="Sync"
          submit={async (url) => setTeamStatus((await api.syncNow({ url })).status)}
        />
      ) : null}
      {error ? <ErrorView error={error} /> : null}
      <Group justify="flex-end">
        {confirming ? (
          <>
            <Text size="sm">{s.waiting > 0 ? `${s.waiting} changes were never sent and will stay on this laptop only. ` : ''}Leave the team bench? Your local data stays.</Text>
            <Button variant="default" onClick={() => setConfirming(false)}>Cancel</Button>
            <Button color="red" onClick={() => void leave()} data-testid="team-leave-confirm">Leave</Button>
          </>
        ) : (
          <Button variant="default" color="red" onClick={() => setConfirming(true)} data-testid="team-leave">Leave the team bench…</Button>
        )}
      </Group>
    </>
  );
}
