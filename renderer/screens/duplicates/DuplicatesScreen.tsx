// Duplicates: pairs of records that are probably the same person, likeliest first, each with its
// reasons; a filter; "Not a duplicate" (remembered, with Undo) and "Compare and merge" (the merge screen).
import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconCircleCheck, IconUsersGroup } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { ErrorView } from '../../components/ErrorView';
import { EmptyState, LoadingView } from '../../components/States';
import { useApiQuery } from '../../hooks/useApiQuery';
import { ReasonBadges, useReasonWords } from './ReasonBadges';

export function DuplicatesScreen() {
  const { t } = useTranslation(['duplicates']);
  const words = useReasonWords();
  const q = useApiQuery(() => api.findDuplicates({}), []);
  const [filter, setFilter] = useState('');
  const [marked, setMarked] = useState<{ a: string; b: string } | null>(null);
  const names = q.data?.names ?? {};
  const pairs = useMemo(() => {
    const all = q.data?.pairs ?? [];
    const needle = filter.trim().toLocaleLowerCase();
    if (!needle) return all;
    return all.filter((p) => [p.a, p.b, q.data!.names[p.a] ?? '', q.data!.names[p.b] ?? '', ...p.why.map(words)].some((s) => s.toLocaleLowerCase().includes(needle)));
  }, [q.data, filter, words]);

  async function mark(a: string, b: string, notDuplicate: boolean) {
    await api.setNotDuplicate({ a, b, notDuplicate });
    setMarked(notDuplicate ? { a, b } : null);
    q.reload();
  }

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">{t('title')}</Title>
          <Text c="dimmed" size="sm">{t('intro')}</Text>
        </div>
        {q.data ? <Badge variant="light" data-testid="duplicates-count">{t('count', { count: q.data.pairs.length })}</Badge> : null}
      </Group>
      {marked ? (
        <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden />} role="status" data-testid="marked-not-duplicate">
          <Group justify="space-between">
            <Text size="sm">{t('markedNot', { a: names[marked.a] ?? marked.a, b: names[marked.b] ?? marked.b })}</Text>
            <Button size="xs" variant="subtle" onClick={() => void mark(marked.a, marked.b, false)} data-testid="undo-not-duplicate">{t('undo')}</Button>
          </Group>
        </Alert>
      ) : null}
      <TextInput label={t('filter.label')} placeholder={t('filter.placeholder')} value={filter} onChange={(e) => setFilter(e.currentTarget.value)} maw={420} data-testid="duplicates-filter" />
      {q.loading && !q.data ? <LoadingView label={t('loading')} /> : null}
      {q.error ? <ErrorView error={q.error} onRetry={q.reload} /> : null}
      {q.data && q.data.pairs.length === 0 ? (
        <EmptyState title={t('empty.title')} icon={<IconUsersGroup size={32} aria-hidden />}>{t('empty.body')}</EmptyState>
      ) : null}
      {q.data && q.data.pairs.length > 0 && pairs.length === 0 ? <Text c="dimmed">{t('noneMatch')}</Text> : null}
      {pairs.length ? (
        <Paper withBorder>
          <Table striped highlightOnHover data-testid="duplicates-table">
            <Table.Thead>
              <Table.Tr><Table.Th>{t('columns.pair')}</Table.Th><Table.Th>{t('columns.score')}</Table.Th><Table.Th>{t('columns.reasons')}</Table.Th><Table.Th>{t('columns.actions')}</Table.Th></Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {pairs.map((p) => (
                <Table.Tr key={`${p.a} ${p.b}`} data-testid="duplicate-row">
                  <Table.Td>
                    {[p.a, p.b].map((id) => (
                      <div key={id}>
                        <Anchor component={Link} to={`/engineers/${encodeURIComponent(id)}`}>{names[id] ?? id}</Anchor> <Text span size="xs" c="dimmed">{id}</Text>
                      </div>
                    ))}
                  </Table.Td>
                  <Table.Td><Text fw={600} size="sm" style={{ whiteSpace: 'nowrap' }}>{t('score', { score: p.score })}</Text></Table.Td>
                  <Table.Td><ReasonBadges why={p.why} /></Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Button size="xs" component={Link} to={`/duplicates/merge?keep=${encodeURIComponent(p.a)}&other=${encodeURIComponent(p.b)}`} data-testid={`compare-${p.a}-${p.b}`}>{t('compare')}</Button>
                      <Button size="xs" variant="default" onClick={() => void mark(p.a, p.b, true)} data-testid={`not-duplicate-${p.a}-${p.b}`}>{t('notDuplicate')}</Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Paper>
      ) : null}
    </Stack>
  );
}
