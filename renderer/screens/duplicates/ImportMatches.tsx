// On the import screen: records of the file that are likely people already on the bench, with the
// reasons, and the choice to write them as updates of those people (the default) or as new records.
import { Anchor, Button, Checkbox, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ImportReport } from '../../../shared/api/bench';
import { renderText, sayProblem } from '../../../shared/api/errors';
import { useLanguage } from '../../i18n/useLanguage';
import { ReasonBadges } from './ReasonBadges';

export function ImportMatches({ report, onUpdateChange, busy }: { report: ImportReport; onUpdateChange?: (update: boolean) => void; busy?: boolean }) {
  const { t } = useTranslation(['duplicates']);
  if (report.matches.length === 0) return null;
  const updated = report.matches[0]!.updated;
  return (
    <Paper withBorder p="sm" data-testid="import-matches">
      <Stack gap="xs">
        <Title order={3} size="h5">{t('import.matchesTitle', { count: report.matches.length })}</Title>
        {onUpdateChange ? (
          <Checkbox checked={updated} disabled={busy} onChange={(e) => onUpdateChange(e.currentTarget.checked)} label={t('import.updateMatches')} data-testid="import-update-matches" />
        ) : <Text size="sm">{updated ? t('import.wereUpdated') : t('import.wereAdded')}</Text>}
        <Table>
          <Table.Thead><Table.Tr><Table.Th>{t('import.inFile')}</Table.Th><Table.Th>{t('import.onBench')}</Table.Th><Table.Th>{t('columns.reasons')}</Table.Th></Table.Tr></Table.Thead>
          <Table.Tbody>
            {report.matches.map((m) => (
              <Table.Tr key={m.where}>
                <Table.Td>{m.name} <Text span size="xs" c="dimmed">{m.where}</Text></Table.Td>
                <Table.Td><Anchor component={Link} to={`/engineers/${encodeURIComponent(m.existingId)}`}>{m.existingName}</Anchor></Table.Td>
                <Table.Td><ReasonBadges why={m.why} /></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Paper>
  );
}

/** The records "the valid rows only" left out, each with its problems in plain words. */
export function SkippedRecords({ report }: { report: ImportReport }) {
  const { t } = useTranslation(['duplicates']);
  const lng = useLanguage();
  if (report.skipped.length === 0) return null;
  return (
    <Paper withBorder p="sm" data-testid="import-skipped">
      <Title order={3} size="h5" mb="xs">{t('import.skippedTitle', { count: report.skipped.length })}</Title>
      <Table>
        <Table.Thead><Table.Tr><Table.Th>{t('import.record')}</Table.Th><Table.Th>{t('import.problems')}</Table.Th></Table.Tr></Table.Thead>
        <Table.Tbody>
          {report.skipped.map((s) => (
            <Table.Tr key={s.where}>
              <Table.Td>{s.name ?? ''} <Text span size="xs" c="dimmed">{s.place ? renderText(s.place, lng) : s.where}</Text></Table.Td>
              <Table.Td>{s.problems.map((p) => sayProblem(p, lng)).map((p) => <Text key={`${p.where} ${p.message}`} size="sm">{p.where}: {p.message}</Text>)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}

/** For a file its dry run refused: check it again keeping only the valid records. */
export function ValidOnlyButton({ onClick }: { onClick: () => void }) {
  const { t } = useTranslation(['duplicates']);
  return <Button onClick={onClick} title={t('import.validOnlyHint')} data-testid="import-valid-only">{t('import.validOnly')}</Button>;
}
