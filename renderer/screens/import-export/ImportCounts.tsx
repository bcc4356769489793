// What an import creates and updates, per kind of record, and its warnings (possible duplicates,
// custom skills), as a dry run predicts them or as the import did them.
import { Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportReport } from '../../../shared/api/bench';
import { useFormat } from '../../i18n/useFormat';
import { ProblemsTable } from './ProblemsTable';

const KINDS = [
  ['engineers', 'import-export:counts.engineers'],
  ['assessments', 'import-export:counts.assessments'],
  ['clients', 'import-export:counts.clients'],
  ['roles', 'import-export:counts.roles'],
  ['shortlists', 'import-export:counts.shortlists'],
] as const satisfies readonly (readonly [keyof ImportReport['created'], string])[];

/** "12 engineers added, 3 updated", in the user's language. */
export function useSummary(): (report: ImportReport) => string {
  const { t } = useTranslation(['import-export']);
  return (report) => {
    const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
    const { engineers: added } = report.created;
    const { engineers: updated } = report.updated;
    const others = sum(report.created) + sum(report.updated) - added - updated;
    const eng = t('counts.engineersAdded', { count: added, updated });
    return others ? t('counts.others', { engineers: eng, count: others }) : eng;
  };
}

export function ImportCounts({ report, verb }: { report: ImportReport; verb: 'would be' | 'were' }) {
  const { t } = useTranslation(['import-export']);
  const f = useFormat();
  const rows = KINDS.filter(([k]) => k === 'engineers' || report.created[k] || report.updated[k]);
  const duplicates = report.warnings.filter((w) => w.kind === 'possibleDuplicate').length;
  const custom = report.warnings.filter((w) => w.kind === 'customSkill').length;
  return (
    <Stack gap="sm">
      <Table withTableBorder w="auto" maw={420} data-testid="import-counts" aria-label={verb === 'were' ? t('counts.labelWere') : t('counts.labelWould')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('counts.kind')}</Table.Th>
            <Table.Th ta="right">{verb === 'were' ? t('counts.added') : t('counts.toAdd')}</Table.Th>
            <Table.Th ta="right">{verb === 'were' ? t('counts.updated') : t('counts.toUpdate')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(([k, label]) => (
            <Table.Tr key={k} data-testid={`count-${k}`}>
              <Table.Th scope="row" fw={500}>{t(label)}</Table.Th>
              <Table.Td ta="right" data-testid="count-created">{f.number(report.created[k])}</Table.Td>
              <Table.Td ta="right" data-testid="count-updated">{f.number(report.updated[k])}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {report.warnings.length ? (
        <Stack gap="xs">
          <Group gap="xs">
            <Title order={3} size="h5">{t('counts.warnings', { count: report.warnings.length })}</Title>
            {duplicates ? <Badge color="orange" variant="light">{t('counts.duplicates', { count: duplicates })}</Badge> : null}
            {custom ? <Badge color="blue" variant="light">{t('counts.custom', { count: custom })}</Badge> : null}
          </Group>
          <Text size="sm" c="dimmed">{t('counts.warningsHelp')}</Text>
          <ProblemsTable problems={report.warnings} label={t('counts.warningsTable')} testId="import-warnings" what={t('counts.warning')} />
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">{t('counts.noWarnings')}</Text>
      )}
    </Stack>
  );
}
