// The person's legal basis and retention on their profile, with their data export and erasure.
import { Badge, Group, Paper, Table, Text, Title } from '@mantine/core';
import type { Engineer } from '../../../shared/bench/schema';
import { todayLocal } from '../../../shared/bench/dates';
import { EraseButton } from '../../components/privacy/EraseButton';
import { PersonDataButton } from '../../components/privacy/PersonDataButton';

const BASIS: Record<NonNullable<Engineer['privacy']>['basis'], string> = {
  consent: 'consent', contract: 'contract', legitimate_interest: 'legitimate interest', legal_obligation: 'legal obligation',
};

export function PrivacyPanel({ engineer: e, onErased }: { engineer: Engineer; onErased: () => void }) {
  const p = e.privacy;
  if (p?.erasedAt) {
    return (
      <Paper withBorder p="md" data-testid="privacy-panel">
        <Title order={2} size="h4" mb="xs">Privacy</Title>
        <Text size="sm">This person&apos;s data was erased on {p.erasedAt}. What remains is anonymous.</Text>
      </Paper>
    );
  }
  const overdue = p?.retainUntil !== undefined && p.retainUntil < todayLocal();
  return (
    <Paper withBorder p="md" data-testid="privacy-panel">
      <Group justify="space-between" mb="xs">
        <Title order={2} size="h4">Privacy</Title>
        {!p ? <Badge color="orange" variant="light">no legal basis recorded</Badge> : overdue ? <Badge color="red" variant="light">past retention</Badge> : null}
      </Group>
      {p ? (
        <Table withRowBorders={false}>
          <Table.Tbody>
            <Table.Tr><Table.Th w={140} fw={500}>Legal basis</Table.Th><Table.Td>{BASIS[p.basis]}{p.consentDate ? ` (given ${p.consentDate})` : ''}</Table.Td></Table.Tr>
            {p.source ? <Table.Tr><Table.Th fw={500}>Source</Table.Th><Table.Td>{p.source}</Table.Td></Table.Tr> : null}
            {p.purpose ? <Table.Tr><Table.Th fw={500}>Purpose</Table.Th><Table.Td>{p.purpose}</Table.Td></Table.Tr> : null}
            <Table.Tr><Table.Th fw={500}>Keep until</Table.Th><Table.Td>{p.retainUntil ?? 'no date set'}</Table.Td></Table.Tr>
          </Table.Tbody>
        </Table>
      ) : <Text size="sm" c="dimmed">Record why the firm holds this person&apos;s data and until when with Edit.</Text>}
      <Group gap="xs" mt="sm">
        <PersonDataButton engineerId={e.id} />
        <EraseButton engineerId={e.id} name={e.name} onErased={onErased} />
      </Group>
    </Paper>
  );
}
