// Clients & roles: every client with its roles and their status; a client form; links from each role
// to its editor, its Match and its shortlist.
import { Anchor, Badge, Button, Grid, Group, Paper, Select, Stack, Table, Text, Title, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconListCheck, IconPencil, IconPlus, IconTargetArrow } from '@tabler/icons-react';
import { useElementSize } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { ClientSummary } from '../../../shared/api/roles';
import { ROLE_STATUSES, type Client, type RoleStatus } from '../../../shared/bench/schema';
import { api } from '../../api/client';
import { ErrorView } from '../../components/ErrorView';
import { EmptyState, LoadingView } from '../../components/States';
import { useApiQuery } from '../../hooks/useApiQuery';
import { ROLE_STATUS_LABEL } from '../../components/labels';
import { useFormat } from '../../i18n/useFormat';
import { ClientEditor } from './ClientEditor';

/** Below this width (px) of the screen, the client list and the roles table do not fit side by side. */
const SIDE_BY_SIDE_MIN = 1000;

export const STATUS_COLOR: Record<RoleStatus, string> = { open: 'teal', on_hold: 'yellow', filled: 'indigo', closed: 'gray' };

export function ClientsScreen() {
  const { t } = useTranslation(['clients']);
  const clients = useApiQuery(() => api.listClients({}), []);
  const [params, setParams] = useSearchParams();
  const [editing, setEditing] = useState<Client | null | 'new'>(null);
  const list = clients.data?.clients ?? [];
  const selectedId = params.get('client') ?? list[0]?.id ?? null;
  const selected = list.find((c) => c.id === selectedId) ?? null;
  const taken = useMemo(() => new Set(list.map((c) => c.id)), [list]);
  // The screen's own width, not the window's: the sidebar may be open or folded.
  const { ref, width } = useElementSize();
  const narrow = width > 0 && width < SIDE_BY_SIDE_MIN;

  return (
    <Stack gap="md" ref={ref}>
      <Group justify="space-between">
        <Title order={1} size="h2">{t('title')}</Title>
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')} data-testid="new-client">{t('newClient')}</Button>
      </Group>
      {clients.loading && !clients.data ? <LoadingView label={t('loading')} /> : null}
      {clients.error ? <ErrorView error={clients.error} onRetry={clients.reload} /> : null}
      {clients.data && list.length === 0 ? <EmptyState title={t('empty.title')}>{t('empty.body')}</EmptyState> : null}
      {list.length ? (
        // Side by side when the screen has room for the roles table beside the list; in a narrower window
        // (1024 px with the sidebar open, or long Spanish and Portuguese labels) the clients wrap in rows
        // above it, so the table gets the whole width and its pinned actions cover no column.
        <Grid gap="md">
          <Grid.Col span={narrow ? 12 : { base: 4, xl: 3 }}>
            <Paper withBorder p="xs" component="nav" aria-label={t('nav')}>
              {narrow ? (
                <Group gap={4} data-testid="client-list-rows">
                  {list.map((c) => <ClientItem key={c.id} client={c} active={c.id === selectedId} onSelect={() => setParams({ client: c.id })} inRow />)}
                </Group>
              ) : (
                <Stack gap={2}>
                  {list.map((c) => <ClientItem key={c.id} client={c} active={c.id === selectedId} onSelect={() => setParams({ client: c.id })} />)}
                </Stack>
              )}
            </Paper>
          </Grid.Col>
          <Grid.Col span={narrow ? 12 : { base: 8, xl: 9 }} style={{ minWidth: 0 }}>
            {selected ? <ClientRoles client={selected} onEdit={() => setEditing(selected)} /> : null}
          </Grid.Col>
        </Grid>
      ) : null}
      {editing ? (
        <ClientEditor
          client={editing === 'new' ? null : editing}
          takenIds={taken}
          onClose={() => setEditing(null)}
          onSaved={(c) => { setEditing(null); setParams({ client: c.id }); }}
        />
      ) : null}
    </Stack>
  );
}

/** One client in the list; `inRow` when the list wraps in rows above the roles (a fixed width keeps the rows aligned). */
function ClientItem({ client: c, active, onSelect, inRow = false }: { client: ClientSummary; active: boolean; onSelect: () => void; inRow?: boolean }) {
  const { t } = useTranslation(['clients']);
  return (
    <UnstyledButton
      onClick={onSelect}
      aria-current={active ? 'true' : undefined}
      data-testid="client-item"
      p="xs"
      w={inRow ? 230 : undefined}
      style={{ borderRadius: 4, background: active ? 'var(--mantine-primary-color-light)' : undefined }}
    >
      <Text fw={600} size="sm">{c.name}</Text>
      <Text size="xs" c="dimmed">{[c.timeZone ?? t('noZone'), t('openOf', { open: c.openRoles, count: c.roles })].join(' · ')}</Text>
    </UnstyledButton>
  );
}

function ClientRoles({ client, onEdit }: { client: ClientSummary; onEdit: () => void }) {
  const { t } = useTranslation(['clients', 'roles']);
  const f = useFormat();
  const roles = useApiQuery(() => api.listRoles({ clientId: client.id }), [client.id]);
  const navigate = useNavigate();
  const [statusError, setStatusError] = useState<unknown>(null);

  return (
    <Paper withBorder p="md">
      <Group justify="space-between" align="flex-start" mb="sm">
        <div>
          <Title order={2} size="h3" data-testid="client-title">{client.name}</Title>
          <Text size="sm" c="dimmed">{[client.industry, client.timeZone ?? t('noZoneLong')].filter(Boolean).join(' · ')}</Text>
          {client.notes ? <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>{client.notes}</Text> : null}
        </div>
        <Group gap="xs">
          <Button variant="default" size="xs" leftSection={<IconPencil size={14} aria-hidden />} onClick={onEdit} data-testid="edit-client">{t('editClient')}</Button>
          <Button size="xs" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => navigate(`/roles/new?client=${encodeURIComponent(client.id)}`)} data-testid="new-role">{t('newRole')}</Button>
        </Group>
      </Group>
      {statusError ? <ErrorView error={statusError} /> : null}
      {roles.loading && !roles.data ? <LoadingView label={t('loadingRoles')} /> : null}
      {roles.error ? <ErrorView error={roles.error} onRetry={roles.reload} /> : null}
      {roles.data && roles.data.roles.length === 0 ? <EmptyState title={t('noRoles.title')}>{t('noRoles.body')}</EmptyState> : null}
      {roles.data?.roles.length ? (
        // A narrow window scrolls the table, not the page (Spanish and Portuguese labels run longer).
        <Table.ScrollContainer minWidth={640}>
        <Table highlightOnHover data-testid="roles-table">
          <Table.Thead>
            <Table.Tr><Table.Th>{t('col.role')}</Table.Th><Table.Th>{t('col.mustHaves')}</Table.Th><Table.Th>{t('col.status')}</Table.Th><Table.Th>{t('col.shortlist')}</Table.Th><Table.Th style={STICKY_END}><VisuallyHidden>{t('col.actions')}</VisuallyHidden></Table.Th></Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {roles.data.roles.map((r) => (
              <Table.Tr key={r.id} data-testid="role-row">
                <Table.Td>
                  <Anchor component={Link} to={`/roles/${encodeURIComponent(r.id)}`} fw={600}>{r.title}</Anchor>
                  <Text size="xs" c="dimmed">{[r.headcount ? t('seats', { count: r.headcount }) : null, r.startDate ? t('starts', { date: r.startDate }) : null].filter(Boolean).join(' · ')}</Text>
                </Table.Td>
                <Table.Td><Text size="sm" lineClamp={2}>{r.mustHave.length ? f.list(r.mustHave, 'unit') : '—'}</Text></Table.Td>
                <Table.Td w={150}>
                  <Select
                    size="xs"
                    aria-label={t('statusOf', { role: r.title })}
                    data={ROLE_STATUSES.map((s) => ({ value: s, label: t(ROLE_STATUS_LABEL[s]) }))}
                    value={r.status}
                    allowDeselect={false}
                    leftSection={<Badge size="xs" circle color={STATUS_COLOR[r.status]} aria-hidden> </Badge>}
                    onChange={(v) => v && api.setRoleStatus({ id: r.id, status: v as RoleStatus }).then(() => setStatusError(null), setStatusError)}
                  />
                </Table.Td>
                <Table.Td>{r.shortlisted ? t('shortlisted', { count: r.shortlisted }) : '—'}</Table.Td>
                <Table.Td style={STICKY_END}>
                  <Group gap={6} wrap="nowrap">
                    <Button component={Link} to={`/match/${encodeURIComponent(r.id)}`} size="xs" variant="light" leftSection={<IconTargetArrow size={14} aria-hidden />}>{t('match')}</Button>
                    <Button component={Link} to={`/shortlists/${encodeURIComponent(r.id)}`} size="xs" variant="subtle" leftSection={<IconListCheck size={14} aria-hidden />} data-testid="shortlist-action">{t('shortlist')}</Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        </Table.ScrollContainer>
      ) : null}
    </Paper>
  );
}

// The actions column stays in view while the table scrolls sideways in a narrow window: Match and
// Shortlist are what people come to this table for.
const STICKY_END = { position: 'sticky', right: 0, zIndex: 1, background: 'var(--mantine-color-body)', boxShadow: '-6px 0 6px -6px rgba(0, 0, 0, 0.25)' } as const;
