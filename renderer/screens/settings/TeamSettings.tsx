// Settings > Team: join the team bench with the URL a person was given, see who and what role, what the
// last sync refused and why, give the password again after a restart (browser mode keeps it only in
// memory), leave. The URL field is masked: it carries the password.
import { Alert, Badge, Button, Group, List, Paper, PasswordInput, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { renderText } from '../../../shared/api/errors';
import { sayRefused, type TeamStatus } from '../../../shared/api/team';
import { TEAM_ROLE_NAMES } from '../../../shared/team/role-names';
import { useLanguage } from '../../i18n/useLanguage';
import { api } from '../../api/client';
import { benchChanged } from '../../api/changes';
import { ErrorView } from '../../components/ErrorView';
import { useFormat } from '../../i18n/useFormat';
import { describe } from '../../team/TeamIndicator';
import { setTeamStatus, useTeamStatus } from '../../team/team-store';
import { useBusyAction } from '../../hooks/useBusyAction';


export function TeamSettings() {
  const { t } = useTranslation(['team']);
  const s = useTeamStatus();
  return (
    <Paper withBorder p="md" id="team" data-testid="team-settings">
      <Stack>
        <Title order={2} size="h4">{t('title')}</Title>
        {!s ? <Text size="sm" c="dimmed">{t('reading')}</Text> : s.joined ? <Joined s={s} /> : <JoinForm />}
      </Stack>
    </Paper>
  );
}

function UrlForm({ label, description, action, submit }: { label: string; description: string; action: string; submit: (url: string) => Promise<void> }) {
  const { t } = useTranslation(['team']);
  const [url, setUrl] = useState('');
  const { busy, error, run } = useBusyAction();
  function onSubmit(e: React.FormEvent) {
    e.preventDefault();
    void run(async () => {
      await submit(url.trim());
      setUrl('');
    });
  }
  return (
    <form onSubmit={(e) => void onSubmit(e)}>
      <Stack gap="sm">
        <PasswordInput label={label} description={description} visibilityToggleButtonProps={{ 'aria-label': t('togglePassword') }} placeholder={t('urlPlaceholder')} value={url} onChange={(e) => setUrl(e.currentTarget.value)} autoComplete="off" data-testid="team-url" />
        {error ? <ErrorView error={error} /> : null}
        <Group justify="flex-end"><Button type="submit" loading={busy} disabled={!url.trim()} data-testid="team-join">{action}</Button></Group>
      </Stack>
    </form>
  );
}

function JoinForm() {
  const { t } = useTranslation(['team']);
  return (
    <>
      <Text size="sm">{t('intro')}</Text>
      <UrlForm
        label={t('url')}
        description={t('urlHint')}
        action={t('join')}
        submit={async (url) => {
          setTeamStatus(await api.teamJoin({ url }));
          benchChanged();
        }}
      />
    </>
  );
}

function Joined({ s }: { s: TeamStatus }) {
  const { t } = useTranslation(['team']);
  const f = useFormat();
  const lng = useLanguage();
  const [error, setError] = useState<unknown>();
  const [confirming, setConfirming] = useState(false);
  const state = describe(s, t);
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
          <Table.Tr><Table.Th scope="row" w={160}>{t('server')}</Table.Th><Table.Td data-testid="team-server">{s.server}</Table.Td></Table.Tr>
          <Table.Tr><Table.Th scope="row">{t('youAre')}</Table.Th><Table.Td data-testid="team-login">{s.login}</Table.Td></Table.Tr>
          <Table.Tr><Table.Th scope="row">{t('role')}</Table.Th><Table.Td data-testid="team-role">{s.role ? t(TEAM_ROLE_NAMES[s.role]) : ''}</Table.Td></Table.Tr>
          <Table.Tr><Table.Th scope="row">{t('state')}</Table.Th><Table.Td><Badge color={state.color} variant="light">{state.label}</Badge></Table.Td></Table.Tr>
          <Table.Tr><Table.Th scope="row">{t('lastSync')}</Table.Th><Table.Td>{s.lastSyncAt ? f.dateTime(s.lastSyncAt) : t('never')}</Table.Td></Table.Tr>
          <Table.Tr><Table.Th scope="row">{t('waiting')}</Table.Th><Table.Td data-testid="team-waiting">{f.number(s.waiting)}</Table.Td></Table.Tr>
          <Table.Tr><Table.Th scope="row">{t('conflicts')}</Table.Th><Table.Td>{s.conflicts === 0 ? t('none') : t('conflictCount', { n: s.conflicts })}</Table.Td></Table.Tr>
        </Table.Tbody>
      </Table>
      {s.problem ? <Alert color={s.state === 'offline' ? 'gray' : 'red'} variant="light" title={t('lastSync')}>{s.problemText ? renderText(s.problemText, lng) : s.problem}</Alert> : null}
      {s.refused.length > 0 ? (
        <Alert color="red" variant="light" title={t('refused')} data-testid="team-refused">
          <List size="sm">{s.refused.map((r, i) => {
            const said = sayRefused(r, lng);
            return <List.Item key={i}><b>{said.where}</b>: {said.reason}</List.Item>;
          })}</List>
        </Alert>
      ) : null}
      {s.state === 'needs_password' ? (
        <UrlForm
          label={t('urlAgain')}
          description={t('urlAgainHint')}
          action={t('sync')}
          submit={async (url) => setTeamStatus((await api.syncNow({ url })).status)}
        />
      ) : null}
      {error ? <ErrorView error={error} /> : null}
      <Group justify="flex-end">
        {confirming ? (
          <>
            <Text size="sm">{s.waiting > 0 ? `${t('unsent', { count: s.waiting })} ` : ''}{t('leaveQuestion')}</Text>
            <Button variant="default" onClick={() => setConfirming(false)}>{t('cancel')}</Button>
            <Button color="red" onClick={() => void leave()} data-testid="team-leave-confirm">{t('leave')}</Button>
          </>
        ) : (
          <Button variant="default" color="red" onClick={() => setConfirming(true)} data-testid="team-leave">{t('leaveButton')}</Button>
        )}
      </Group>
    </>
  );
}
