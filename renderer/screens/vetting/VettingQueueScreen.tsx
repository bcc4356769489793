// The vetting queue: engineers in sourced or screening, the longest-waiting first, with drafts in
// progress and the days each has waited. A row opens the engineer's page, where the form is.
import { Anchor, Badge, Group, Pagination, Stack, Table, Text, Title } from '@mantine/core';
import { IconChecklist } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { ErrorView } from '../../components/ErrorView';
import { EmptyState, LoadingView } from '../../components/States';
import { useApiQuery } from '../../hooks/useApiQuery';

const PAGE = 50;

export function VettingQueueScreen() {
  const q = useApiQuery(() => api.vettingQueue({}), []);
  const [page, setPage] = useState(1);
  const rows = q.data ?? [];
  const pages = Math.max(1, Math.ceil(rows.length / PAGE));
  const shown = rows.slice((Math.min(page, pages) - 1) * PAGE, Math.min(page, pages) * PAGE);
  const drafts = rows.filter((r) => r.drafts > 0).length;

  return (
    <Stack gap="md">
      <div>
        <Title order={1} size="h2">Vetting queue</Title>
        <Text c="dimmed" data-testid="queue-summary">
          {q.data ? `${rows.length} engineer${rows.length === 1 ? '' : 's'} waiting to be vetted, oldest first; ${drafts} with a draft in progress.` : ' '}
        </Text>
      </div>
      {q.loading && !q.data ? <LoadingView label="Loading the queue…" /> : null}
      {q.error ? <ErrorView error={q.error} onRetry={q.reload} /> : null}
      {q.data && rows.length === 0 ? <EmptyState title="Nobody is waiting" icon={<IconChecklist size={32} aria-hidden />}>Every engineer on the bench is vetted or rejected.</EmptyState> : null}
      {shown.length ? (
        <Table striped highlightOnHover data-testid="vetting-queue">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Engineer</Table.Th><Table.Th>Status</Table.Th><Table.Th>Seniority</Table.Th><Table.Th>Role</Table.Th><Table.Th>Country</Table.Th>
              <Table.Th>In the bench since</Table.Th><Table.Th ta="right">Days waiting</Table.Th><Table.Th>Drafts</Table.Th><Table.Th>Last assessed</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((r) => (
              <Table.Tr key={r.engineerId} data-testid="queue-row" data-engineer={r.engineerId}>
                <Table.Td><Anchor component={Link} to={`/engineers/${encodeURIComponent(r.engineerId)}`}>{r.name}</Anchor></Table.Td>
                <Table.Td><Text size="sm" fw={r.status === 'screening' ? 600 : 400}>{r.status}</Text></Table.Td>
                <Table.Td>{r.seniority}</Table.Td>
                <Table.Td>{r.primaryRole ?? ''}</Table.Td>
                <Table.Td>{r.country}</Table.Td>
                <Table.Td>{r.since}</Table.Td>
                <Table.Td ta="right">{r.daysWaiting}</Table.Td>
                <Table.Td>{r.drafts ? <Badge color="yellow" variant="light">{r.drafts} draft{r.drafts === 1 ? '' : 's'}</Badge> : ''}</Table.Td>
                <Table.Td>{r.lastAssessed ?? 'never'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
      {pages > 1 ? <Group justify="center"><Pagination
            total={pages}
            value={Math.min(page, pages)}
            onChange={setPage}
            aria-label="Queue pages"
            getItemProps={(p) => ({ 'aria-label': `Page ${p}` })}
            getControlProps={(control) => ({ 'aria-label': `${control[0]!.toUpperCase()}${control.slice(1)} page` })}
          /></Group> : null}
    </Stack>
  );
}
