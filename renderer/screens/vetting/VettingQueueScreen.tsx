// The vetting queue: engineers in sourced or screening, the longest-waiting first, with drafts in
// progress and the days each has waited. A row opens the engineer's page, where the form is.
import { Anchor, Badge, Group, Pagination, Stack, Table, Text, Title } from '@mantine/core';
import { IconChecklist } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SENIORITY_WORD, VETTING_STATUS_WORD } from '../../../shared/vetting/rubric';
import { api } from '../../api/client';
import { ErrorView } from '../../components/ErrorView';
import { EmptyState, LoadingView } from '../../components/States';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useFormat } from '../../i18n/useFormat';

const PAGE = 50;
const CONTROL = { first: 'vetting:queue.first', previous: 'vetting:queue.previous', next: 'vetting:queue.next', last: 'vetting:queue.last' } as const;

export function VettingQueueScreen() {
  const { t } = useTranslation(['vetting', 'rubric']);
  const f = useFormat();
  const q = useApiQuery(() => api.vettingQueue({}), []);
  const [page, setPage] = useState(1);
  const rows = q.data ?? [];
  const pages = Math.max(1, Math.ceil(rows.length / PAGE));
  const shown = rows.slice((Math.min(page, pages) - 1) * PAGE, Math.min(page, pages) * PAGE);
  const drafts = rows.filter((r) => r.drafts > 0).length;

  return (
    <Stack gap="md">
      <div>
        <Title order={1} size="h2">{t('queue.title')}</Title>
        <Text c="dimmed" data-testid="queue-summary">
          {q.data ? t('queue.summary', { count: rows.length, drafts }) : ' '}
        </Text>
      </div>
      {q.loading && !q.data ? <LoadingView label={t('queue.loading')} /> : null}
      {q.error ? <ErrorView error={q.error} onRetry={q.reload} /> : null}
      {q.data && rows.length === 0 ? <EmptyState title={t('queue.empty')} icon={<IconChecklist size={32} aria-hidden />}>{t('queue.emptyBody')}</EmptyState> : null}
      {shown.length ? (
        // A narrow window scrolls the table, not the page (nine columns, longer in Spanish and Portuguese).
        <Table.ScrollContainer minWidth={900}>
        <Table striped highlightOnHover data-testid="vetting-queue">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('queue.col.engineer')}</Table.Th><Table.Th>{t('queue.col.status')}</Table.Th><Table.Th>{t('queue.col.seniority')}</Table.Th><Table.Th>{t('queue.col.role')}</Table.Th><Table.Th>{t('queue.col.country')}</Table.Th>
              <Table.Th>{t('queue.col.since')}</Table.Th><Table.Th ta="right">{t('queue.col.days')}</Table.Th><Table.Th>{t('queue.col.drafts')}</Table.Th><Table.Th>{t('queue.col.lastAssessed')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((r) => (
              <Table.Tr key={r.engineerId} data-testid="queue-row" data-engineer={r.engineerId}>
                <Table.Td><Anchor component={Link} to={`/engineers/${encodeURIComponent(r.engineerId)}`}>{r.name}</Anchor></Table.Td>
                <Table.Td><Text size="sm" fw={r.status === 'screening' ? 600 : 400}>{t(VETTING_STATUS_WORD[r.status])}</Text></Table.Td>
                <Table.Td>{t(SENIORITY_WORD[r.seniority])}</Table.Td>
                <Table.Td>{r.primaryRole ?? ''}</Table.Td>
                <Table.Td>{f.region(r.country)}</Table.Td>
                <Table.Td>{f.date(r.since)}</Table.Td>
                <Table.Td ta="right">{f.number(r.daysWaiting)}</Table.Td>
                <Table.Td>{r.drafts ? <Badge color="yellow" variant="light">{t('queue.drafts', { count: r.drafts })}</Badge> : ''}</Table.Td>
                <Table.Td>{r.lastAssessed ? f.date(r.lastAssessed) : t('queue.never')}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        </Table.ScrollContainer>
      ) : null}
      {pages > 1 ? <Group justify="center"><Pagination
            total={pages}
            value={Math.min(page, pages)}
            onChange={setPage}
            aria-label={t('queue.pages')}
            getItemProps={(p) => ({ 'aria-label': t('queue.page', { n: p }) })}
            getControlProps={(control) => ({ 'aria-label': t(CONTROL[control]) })}
          /></Group> : null}
    </Stack>
  );
}
