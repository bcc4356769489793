// The person's legal basis and retention on their profile, with their data export and erasure.
import { Badge, Group, Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Engineer } from '../../../shared/bench/schema';
import { todayLocal } from '../../../shared/bench/dates';
import { EraseButton } from '../../components/privacy/EraseButton';
import { PersonDataButton } from '../../components/privacy/PersonDataButton';
import { useFormat } from '../../i18n/useFormat';
import { BASIS } from '../../components/labels';

export function PrivacyPanel({ engineer: e, onErased }: { engineer: Engineer; onErased: () => void }) {
  const { t } = useTranslation(['engineer']);
  const f = useFormat();
  const p = e.privacy;
  if (p?.erasedAt) {
    return (
      <Paper withBorder p="md" data-testid="privacy-panel">
        <Title order={2} size="h4" mb="xs">{t('privacy.title')}</Title>
        <Text size="sm">{t('privacy.erased', { date: p.erasedAt })}</Text>
      </Paper>
    );
  }
  const overdue = p?.retainUntil !== undefined && p.retainUntil < todayLocal();
  return (
    <Paper withBorder p="md" data-testid="privacy-panel">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">{t('privacy.title')}</Title>
        {!p ? <Badge color="orange" variant="light">{t('privacy.noBasis')}</Badge> : overdue ? <Badge color="red" variant="light">{t('privacy.overdue')}</Badge> : null}
      </Group>
      {p ? (
        <Table withRowBorders={false}>
          <Table.Tbody>
            <Table.Tr><Table.Th w={140} fw={500}>{t('privacy.basis')}</Table.Th><Table.Td>{p.consentDate ? t('privacy.basisGiven', { basis: t(BASIS[p.basis]), date: p.consentDate }) : t(BASIS[p.basis])}</Table.Td></Table.Tr>
            {p.source ? <Table.Tr><Table.Th fw={500}>{t('privacy.source')}</Table.Th><Table.Td>{p.source}</Table.Td></Table.Tr> : null}
            {p.purpose ? <Table.Tr><Table.Th fw={500}>{t('privacy.purpose')}</Table.Th><Table.Td>{p.purpose}</Table.Td></Table.Tr> : null}
            <Table.Tr><Table.Th fw={500}>{t('privacy.keepUntil')}</Table.Th><Table.Td>{p.retainUntil ? f.date(p.retainUntil) : t('privacy.noDate')}</Table.Td></Table.Tr>
          </Table.Tbody>
        </Table>
      ) : <Text size="sm" c="dimmed">{t('privacy.recordHint')}</Text>}
      <Group gap="xs" mt="sm">
        <PersonDataButton engineerId={e.id} />
        <EraseButton engineerId={e.id} name={e.name} onErased={onErased} />
      </Group>
    </Paper>
  );
}
