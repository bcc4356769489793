// What an import creates and updates, per kind of record, and its warnings (possible duplicates,
// custom skills), as a dry run predicts them or as the import did them.
import { Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import type { ImportReport } from '../../../shared/api/bench';
import { ProblemsTable } from './ProblemsTable';

const KINDS: [keyof ImportReport['created'], string][] = [
  ['engineers', 'Engineers'],
  ['assessments', 'Assessments'],
  ['clients', 'Clients'],
  ['roles', 'Roles'],
  ['shortlists', 'Shortlists'],
];

/** "12 engineers added, 3 updated" */
export function summary(report: ImportReport): string {
  const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
  const { engineers: added } = report.created;
  const { engineers: updated } = report.updated;
  const others = sum(report.created) + sum(report.updated) - added - updated;
  const eng = `${added.toLocaleString()} engineer${added === 1 ? '' : 's'} added, ${updated.toLocaleString()} updated`;
  return others ? `${eng}; ${others.toLocaleString()} other record${others === 1 ? '' : 's'} added or updated` : eng;
}

export function ImportCounts({ report, verb }: { report: ImportReport; verb: 'would be' | 'were' }) {
  const rows = KINDS.filter(([k]) => k === 'engineers' || report.created[k] || report.updated[k]);
  const duplicates = report.warnings.filter((w) => /possible duplicate/i.test(w.message)).length;
  const custom = report.warnings.filter((w) => /custom skill/i.test(w.message)).length;
  return (
    <Stack gap="sm">
      <Table withTableBorder w="auto" maw={420} data-testid="import-counts" aria-label={`Records that ${verb} added or updated`}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Kind</Table.Th>
            <Table.Th ta="right">{verb === 'were' ? 'Added' : 'To add'}</Table.Th>
            <Table.Th ta="right">{verb === 'were' ? 'Updated' : 'To update'}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(([k, label]) => (
            <Table.Tr key={k} data-testid={`count-${k}`}>
              <Table.Th scope="row" fw={500}>{label}</Table.Th>
              <Table.Td ta="right" data-testid="count-created">{report.created[k].toLocaleString()}</Table.Td>
              <Table.Td ta="right" data-testid="count-updated">{report.updated[k].toLocaleString()}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {report.warnings.length ? (
        <Stack gap="xs">
          <Group gap="xs">
            <Title order={3} size="h5">{report.warnings.length.toLocaleString()} warning{report.warnings.length === 1 ? '' : 's'}</Title>
            {duplicates ? <Badge color="orange" variant="light">{duplicates} possible duplicate{duplicates === 1 ? '' : 's'}</Badge> : null}
            {custom ? <Badge color="blue" variant="light">{custom} custom skill{custom === 1 ? '' : 's'}</Badge> : null}
          </Group>
          <Text size="sm" c="dimmed">Warnings do not stop the import. Possible duplicates are kept as separate engineers, never merged; skills the taxonomy does not know are kept as custom skills.</Text>
          <ProblemsTable problems={report.warnings} label="Warnings" testId="import-warnings" what="Warning" />
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">No warnings.</Text>
      )}
    </Stack>
  );
}
