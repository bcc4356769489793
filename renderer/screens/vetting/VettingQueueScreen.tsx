// The vetting queue: engineers in sourced or screening, the longest-waiting first, with drafts in
// progress and the days each has waited since they entered sourcing. Filters by seniority, skill, country
// and assessor live in the URL (a lead bookmarks "senior Python in Brazil"). A row opens the engineer's
// page, where the form is.
import { Anchor, Badge, Button, Group, Pagination, Select, Stack, Table, Text, Title } from '@mantine/core';
import { IconChecklist } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { SENIORITIES, type Seniority } from '../../../shared/bench/schema';
import type { QueueEntry } from '../../../shared/vetting/queue';
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
  const all = q.data ?? [];
  const [params, setParams] = useSearchParams();
  const filter = { seniority: params.get('seniority') ?? '', skill: params.get('skill') ?? '', country: params.get('country') ?? '', assessor: params.get('assessor') ?? '' };
  const filtered = Object.values(filter).some(Boolean);
  // `filter` is read from `params`: the list changes when the URL does.
  const rows = useMemo(() => all.filter((r) => matches(r, filter)), [all, params]);
  const choices = useMemo(() => ({
    skill: distinct(all.flatMap((r) => r.skills)),
    country: distinct(all.map((r) => r.country)).map((c) => ({ value: c, label: f.region(c) })).sort((a, b) => a.label.localeCompare(b.label, f.lng)),
    assessor: distinct(all.flatMap((r) => r.assessors)),
  }), [all, f]);
  const setFilter = (key: keyof typeof filter, value: string | null) => {
    setPage(1);
    setParams((p) => {
      const next = new URLSearchParams(p);
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    }, { replace: true });
  };
  const pages = Math.max(1, Math.ceil(rows.length / PAGE));
  const shown = rows.slice((Math.min(page, pages) - 1) * PAGE, Math.min(page, pages) * PAGE);
  const drafts = all.filter((r) => r.drafts > 0).length;

  return (
    <Stack gap="md">
      <div>
        <Title order={1} size="h2">{t('queue.title')}</Title>
        <Text c="dimmed" data-testid="queue-summary">
          {q.data ? t('queue.summary', { count: all.length, drafts }) : ' '}
          {q.data && filtered ? ` ${t('queue.filter.shown', { shown: rows.length })}` : ''}
        </Text>
      </div>
      {all.length ? (
        <Group gap="sm" align="flex-end" data-testid="queue-filters">
          <Select label={t('queue.filter.seniority')} placeholder={t('queue.filter.any')} clearable w={150} data={SENIORITIES.map((s) => ({ value: s, label: t(SENIORITY_WORD[s]) }))} value={filter.seniority || null} onChange={(v) => setFilter('seniority', v)} data-testid="filter-seniority" />
          <Select label={t('queue.filter.skill')} placeholder={t('queue.filter.any')} clearable searchable w={200} data={choices.skill} value={filter.skill || null} onChange={(v) => setFilter('skill', v)} data-testid="filter-skill" />
          <Select label={t('queue.filter.country')} placeholder={t('queue.filter.any')} clearable searchable w={180} data={choices.country} value={filter.country || null} onChange={(v) => setFilter('country', v)} data-testid="filter-country" />
          <Select label={t('queue.filter.assessor')} placeholder={t('queue.filter.any')} clearable searchable w={200} data={choices.assessor} value={filter.assessor || null} onChange={(v) => setFilter('assessor', v)} data-testid="filter-assessor" />
          {filtered ? <Button variant="subtle" onClick={() => { setPage(1); setParams({}, { replace: true }); }} data-testid="clear-filters">{t('queue.filter.clear')}</Button> : null}
        </Group>
      ) : null}
      {q.data && all.length > 0 && rows.length === 0 ? <Text c="dimmed" data-testid="queue-nothing">{t('queue.filter.nothing')}</Text> : null}
      {q.loading && !q.data ? <LoadingView label={t('queue.loading')} /> : null}
      {q.error ? <ErrorView error={q.error} onRetry={q.reload} /> : null}
      {q.data && all.length === 0 ? <EmptyState title={t('queue.empty')} icon={<IconChecklist size={32} aria-hidden />}>{t('queue.emptyBody')}</EmptyState> : null}
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

function matches(r: QueueEntry, f: { seniority: string; skill: string; country: string; assessor: string }): boolean {
  return (!f.seniority || r.seniority === (f.seniority as Seniority))
    && (!f.skill || r.skills.includes(f.skill))
    && (!f.country || r.country === f.country)
    && (!f.assessor || r.assessors.includes(f.assessor));
}

const distinct = (xs: readonly string[]): string[] => [...new Set(xs)].sort((a, b) => a.localeCompare(b));
