// Clients & roles: every client with its roles and their status; a client form; links from each role
// to its editor, its Match and its shortlist.
import { Anchor, Badge, Button, Group, Paper, Select, SimpleGrid, Stack, Table, Text, Title, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { IconListCheck, IconPencil, IconPlus, IconTargetArrow } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import type { ClientSummary } from '../../../shared/api/roles';
import { ROLE_STATUSES, type Client, type RoleStatus } from '../../../shared/bench/schema';
import { api } from '../../api/client';
import { ErrorView } from '../../components/ErrorView';
import { EmptyState, LoadingView } from '../../components/States';
import { useApiQuery } from '../../hooks/useApiQuery';
import { ClientEditor } from './ClientEditor';

export const STATUS_COLOR: Record<RoleStatus, string> = { open: 'teal', on_hold: 'yellow', filled: 'indigo', closed: 'gray' };
export const statusLabel = (s: string) => s.replace(/_/g, ' ');

export function ClientsScreen() {
  const clients = useApiQuery(() => api.listClients({}), []);
  const [params, setParams] = useSearchParams();
  const [editing, setEditing] = useState<Client | null | 'new'>(null);
  const list = clients.data?.clients ?? [];
  const selectedId = params.get('client') ?? list[0]?.id ?? null;
  const selected = list.find((c) => c.id === selectedId) ?? null;
  const taken = useMemo(() => new Set(list.map((c) => c.id)), [list]);

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1} size="h2">Clients & roles</Title>
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')} data-testid="new-client">New client</Button>
      </Group>
      {clients.loading && !clients.data ? <LoadingView label="Loading clients…" /> : null}
      {clients.error ? <ErrorView error={clients.error} onRetry={clients.reload} /> : null}
      {clients.data && list.length === 0 ? <EmptyState title="No clients yet">Add a client, then its roles.</EmptyState> : null}
      {list.length ? (
        <SimpleGrid cols={{ base: 1, md: 3 }} spacing="md">
          <Paper withBorder p="xs" component="nav" aria-label="Clients">
            <Stack gap={2}>
              {list.map((c) => (
                <ClientItem key={c.id} client={c} active={c.id === selectedId} onSelect={() => setParams({ client: c.id })} />
              ))}
            </Stack>
          </Paper>
          <div style={{ gridColumn: 'span 2' }}>
            {selected ? <ClientRoles client={selected} onEdit={() => setEditing(selected)} /> : null}
          </div>
        </SimpleGrid>
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

function ClientItem({ client: c, active, onSelect }: { client: ClientSummary; active: boolean; onSelect: () => void }) {
  return (
    <UnstyledButton
      onClick={onSelect}
      aria-current={active ? 'true' : undefined}
      data-testid="client-item"
      p="xs"
      style={{ borderRadius: 4, background: active ? 'var(--mantine-primary-color-light)' : undefined }}
    >
      <Text fw={600} size="sm">{c.name}</Text>
      <Text size="xs" c="dimmed">{[c.timeZone ?? 'no time zone', `${c.openRoles} open of ${c.roles} role${c.roles === 1 ? '' : 's'}`].join(' · ')}</Text>
    </UnstyledButton>
  );
}

function ClientRoles({ client, onEdit }: { client: ClientSummary; onEdit: () => void }) {
  const roles = useApiQuery(() => api.listRoles({ clientId: client.id }), [client.id]);
  const navigate = useNavigate();
  const [statusError, setStatusError] = useState<unknown>(null);

  return (
    <Paper withBorder p="md">
      <Group justify="space-between" align="flex-start" mb="sm">
        <div>
          <Title order={2} size="h3" data-testid="client-title">{client.name}</Title>
          <Text size="sm" c="dimmed">{[client.industry, client.timeZone ?? 'No time zone: overlap is unknown for its roles unless a role sets one'].filter(Boolean).join(' · ')}</Text>
          {client.notes ? <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>{client.notes}</Text> : null}
        </div>
        <Group gap="xs">
          <Button variant="default" size="xs" leftSection={<IconPencil size={14} aria-hidden />} onClick={onEdit} data-testid="edit-client">Edit client</Button>
          <Button size="xs" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => navigate(`/roles/new?client=${encodeURIComponent(client.id)}`)} data-testid="new-role">New role</Button>
        </Group>
      </Group>
      {statusError ? <ErrorView error={statusError} /> : null}
      {roles.loading && !roles.data ? <LoadingView label="Loading roles…" /> : null}
      {roles.error ? <ErrorView error={roles.error} onRetry={roles.reload} /> : null}
      {roles.data && roles.data.roles.length === 0 ? <EmptyState title="No roles for this client">Create one with “New role”, or paste a job description in the editor.</EmptyState> : null}
      {roles.data?.roles.length ? (
        <Table highlightOnHover data-testid="roles-table">
          <Table.Thead>
            <Table.Tr><Table.Th>Role</Table.Th><Table.Th>Must-haves</Table.Th><Table.Th>Status</Table.Th><Table.Th>Shortlist</Table.Th><Table.Th><VisuallyHidden>Actions</VisuallyHidden></Table.Th></Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {roles.data.roles.map((r) => (
              <Table.Tr key={r.id} data-testid="role-row">
                <Table.Td>
                  <Anchor component={Link} to={`/roles/${encodeURIComponent(r.id)}`} fw={600}>{r.title}</Anchor>
                  <Text size="xs" c="dimmed">{[r.headcount ? `${r.headcount} seat${r.headcount > 1 ? 's' : ''}` : null, r.startDate ? `starts ${r.startDate}` : null].filter(Boolean).join(' · ')}</Text>
                </Table.Td>
                <Table.Td><Text size="sm" lineClamp={2}>{r.mustHave.join(', ') || '—'}</Text></Table.Td>
                <Table.Td w={150}>
                  <Select
                    size="xs"
                    aria-label={`Status of ${r.title}`}
                    data={ROLE_STATUSES.map((s) => ({ value: s, label: statusLabel(s) }))}
                    value={r.status}
                    allowDeselect={false}
                    leftSection={<Badge size="xs" circle color={STATUS_COLOR[r.status]} aria-hidden> </Badge>}
                    onChange={(v) => v && api.setRoleStatus({ id: r.id, status: v as RoleStatus }).then(() => setStatusError(null), setStatusError)}
                  />
                </Table.Td>
                <Table.Td>{r.shortlisted ? `${r.shortlisted} engineer${r.shortlisted > 1 ? 's' : ''}` : '—'}</Table.Td>
                <Table.Td>
                  <Group gap={6} wrap="nowrap">
                    <Button component={Link} to={`/match/${encodeURIComponent(r.id)}`} size="xs" variant="light" leftSection={<IconTargetArrow size={14} aria-hidden />}>Match</Button>
                    <Button component={Link} to={`/shortlists/${encodeURIComponent(r.id)}`} size="xs" variant="subtle" leftSection={<IconListCheck size={14} aria-hidden />}>Shortlist</Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
    </Paper>
  );
}
