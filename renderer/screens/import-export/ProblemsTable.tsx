// Problems or warnings of a bench file, one row each, by place: a JSON pointer (/engineers/12/timeZone)
// or a CSV line and column. Long lists show their first rows and say how many there are in all.
import { Code, ScrollArea, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { sayProblem, type Problem } from '../../../shared/api/errors';
import { useLanguage } from '../../i18n/useLanguage';
import { useFormat } from '../../i18n/useFormat';

const SHOWN = 500;

export function ProblemsTable({ problems, label, testId, what }: { problems: readonly Problem[]; label: string; testId: string; what?: string }) {
  const { t } = useTranslation(['import-export']);
  const f = useFormat();
  const lng = useLanguage();
  const rows = problems.slice(0, SHOWN);
  return (
    <>
      {/* Focusable, so a keyboard can scroll a long list (and axe's scrollable-region rule holds). */}
      <ScrollArea.Autosize mah={360} type="auto" offsetScrollbars viewportProps={{ tabIndex: 0, role: 'region', 'aria-label': label }}>
        <Table striped highlightOnHover withTableBorder stickyHeader aria-label={label} data-testid={testId}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={56}>#</Table.Th>
              <Table.Th w="35%">{t('problems.place')}</Table.Th>
              <Table.Th>{what ?? t('problems.what')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((p, i) => {
              const s = sayProblem(p, lng);
              return (
                <Table.Tr key={i} data-testid={`${testId}-row`}>
                  <Table.Td>{f.number(i + 1)}</Table.Td>
                  <Table.Td><Code data-testid="problem-place">{s.where}</Code></Table.Td>
                  <Table.Td data-testid="problem-message">{s.message}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
      {problems.length > SHOWN ? (
        <Text size="sm" c="dimmed" mt="xs">{t('problems.showing', { shown: SHOWN, total: problems.length })}</Text>
      ) : null}
    </>
  );
}
