// Near misses grouped by the one constraint they fail (the service computes the groups over the whole
// bench), each with its what-ifs: first the smallest change that lets the group's closest engineer in,
// then broader ones ("drop the minimum years"). Memoized per group: a what-if re-renders the group whose
// button changes, not every group and row.
import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAdjustmentsHorizontal } from '@tabler/icons-react';
import { memo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { failureTitle, gapText } from '../../../shared/matching/failures';
import { useLanguage } from '../../i18n/useLanguage';
import type { NearMissGroup, WhatIfStep } from '../../../shared/matching/near-miss-groups';
import type { NearMiss } from '../../../shared/matching/rank';
import { admitsText, changeText } from '../../../shared/matching/words';

type RenderRow = (m: NearMiss, gap: string) => ReactNode;
export type OnStep = (g: NearMissGroup, s: WhatIfStep) => void;

export const NearMisses = memo(function NearMisses({ groups, misses, total, renderRow, onStep, activeCode }: {
  groups: readonly NearMissGroup[];
  /** The near misses listed (the best of each group); a group may count more. */
  misses: readonly NearMiss[];
  total: number;
  renderRow: RenderRow;
  onStep: OnStep;
  activeCode: string | null;
}) {
  const { t } = useTranslation(['match']);
  const byCode = new Map<string, NearMiss[]>();
  for (const m of misses) {
    const code = m.failed[0]!;
    (byCode.get(code) ?? byCode.set(code, []).get(code)!).push(m);
  }
  return (
    <Stack gap="sm" data-testid="near-misses">
      <Title order={2} size="h3">{t('near.title')} <Text span c="dimmed" size="sm">{misses.length < total ? t('near.countFirst', { n: total, shown: misses.length }) : t('near.count', { n: total })}</Text></Title>
      {groups.length === 0 ? <Text size="sm" c="dimmed">{t('near.none')}</Text> : null}
      {groups.map((g) => <NearMissGroupView key={g.code} group={g} rows={byCode.get(g.code)} active={activeCode === g.code} renderRow={renderRow} onStep={onStep} />)}
    </Stack>
  );
});

const NearMissGroupView = memo(function NearMissGroupView({ group: g, rows = [], active, renderRow, onStep }: {
  group: NearMissGroup; rows: NearMiss[] | undefined; active: boolean; renderRow: RenderRow; onStep: OnStep;
}) {
  const { t } = useTranslation(['match']);
  const lng = useLanguage();
  return (
    <Paper withBorder p="sm" data-testid="near-miss-group" data-code={g.code}>
      <Group justify="space-between" mb="xs" align="flex-start">
        <Group gap="xs">
          <Title order={3} size="h5">{failureTitle(g.failure, lng)}</Title>
          <Badge variant="light" color="orange">{g.count}</Badge>
        </Group>
        <Group gap="xs" justify="flex-end">
          {g.next ? (
            <Button size="xs" variant={active ? 'filled' : 'light'} leftSection={<IconAdjustmentsHorizontal size={14} aria-hidden />}
              onClick={() => onStep(g, g.next!)} data-testid="relax" data-kind={g.next.change.kind}>
              {t('whatIf.button', { change: changeText(g.next.change, lng), admits: admitsText(g.next, lng) })}
            </Button>
          ) : null}
          {g.more.map((s) => (
            <Button key={s.change.kind} size="xs" variant="default" onClick={() => onStep(g, s)} data-testid="relax-more" data-kind={s.change.kind}>
              {t('whatIf.more', { change: changeText(s.change, lng), admits: admitsText(s, lng) })}
            </Button>
          ))}
          {g.stuck ? <Text size="xs" c="dimmed">{g.stuck === g.count ? t('near.stuckAll') : t('near.stuck', { n: g.stuck })}</Text> : null}
        </Group>
      </Group>
      <Stack gap={6} role="list" aria-label={t('near.listLabel', { failure: failureTitle(g.failure, lng) })}>
        {rows.map((m) => renderRow(m, gapText(m.failure, lng)))}
      </Stack>
    </Paper>
  );
});
