// Privacy (LGPD / GDPR): the people the firm should act on today — held without a recorded legal basis,
// or past their retention date — with what to do for each: record a basis (Edit on the profile), hand
// them their data, or erase them. Longest overdue first.
import { Alert, Anchor, Badge, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconCircleCheck, IconShieldCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ErasureReport } from '../../../shared/api/privacy';
import { api } from '../../api/client';
import { EraseButton } from '../../components/privacy/EraseButton';
import { PersonDataButton } from '../../components/privacy/PersonDataButton';
import { ErrorView } from '../../components/ErrorView';
import { EmptyState, LoadingView } from '../../components/States';
import { useApiQuery } from '../../hooks/useApiQuery';

export function PrivacyScreen() {
  const { t } = useTranslation(['privacy']);
  const q = useApiQuery(() => api.privacyDue({}), []);
  const [erased, setErased] = useState<ErasureReport | null>(null);
  const records = q.data?.records ?? [];
  const overdue = records.filter((r) => r.reason === 'past_retention').length;
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">{t('title')}</Title>
          <Text c="dimmed" size="sm">{t('intro')}</Text>
        </div>
        {q.data ? (
          <Group gap="xs" data-testid="privacy-counts">
            <Badge color={overdue ? 'red' : 'gray'} variant="light">{t('pastRetention', { count: overdue })}</Badge>
            <Badge color={records.length - overdue ? 'orange' : 'gray'} variant="light">{t('withoutBasis', { count: records.length - overdue })}</Badge>
          </Group>
        ) : null}
      </Group>
      {erased ? (
        <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden />} role="status" withCloseButton onClose={() => setErased(null)} title={t('erasedTitle', { id: erased.engineerId })} data-testid="erase-done">
          {t('erasedBody', { fields: erased.fieldsCleared.length, notes: erased.notesCleared, drafts: erased.draftsDeleted, files: erased.documentsDeleted, mentions: erased.mentionsScrubbed })}
        </Alert>
      ) : null}
      {q.loading && !q.data ? <LoadingView label={t('checking')} /> : null}
      {q.error ? <ErrorView error={q.error} onRetry={q.reload} /> : null}
      {q.data && records.length === 0 ? (
        <EmptyState title={t('nothingDue')} icon={<IconShieldCheck size={32} aria-hidden />}>
          {t('nothingDueBody', { date: q.data.asOf })}
        </EmptyState>
      ) : null}
      {records.length ? (
        <Paper withBorder>
          <Table striped highlightOnHover data-testid="privacy-due">
            <Table.Thead>
              <Table.Tr><Table.Th>{t('person')}</Table.Th><Table.Th>{t('why')}</Table.Th><Table.Th>{t('actions')}</Table.Th></Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {records.map((r) => (
                <Table.Tr key={r.engineerId} data-testid="privacy-row">
                  <Table.Td><Anchor component={Link} to={`/engineers/${encodeURIComponent(r.engineerId)}`}>{r.name}</Anchor> <Text span size="xs" c="dimmed">{r.engineerId}</Text></Table.Td>
                  <Table.Td>
                    {r.reason === 'past_retention'
                      ? <Badge color="red" variant="light">{t('retentionEnded', { date: r.retainUntil, count: r.daysOverdue })}</Badge>
                      : <Badge color="orange" variant="light">{t('noBasis')}</Badge>}
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs">
                      <PersonDataButton engineerId={r.engineerId} />
                      <EraseButton engineerId={r.engineerId} name={r.name} onErased={(x) => { setErased(x); q.reload(); }} />
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
