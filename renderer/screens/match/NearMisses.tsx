// Near misses grouped by the one constraint they fail, each group with its what-if button. Memoized per
// group: clicking a what-if re-renders the group whose button changes, not every group and row.
import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAdjustmentsHorizontal } from '@tabler/icons-react';
import { memo, type ReactNode } from 'react';
import type { NearMissGroup } from './relax';

type RenderRow = (m: NearMissGroup['misses'][number], gap: string) => ReactNode;

export const NearMisses = memo(function NearMisses({ groups, total, shown, renderRow, onRelax, activeCode }: {
  groups: NearMissGroup[];
  total: number;
  shown: number;
  renderRow: RenderRow;
  onRelax: (g: NearMissGroup) => void;
  activeCode: string | null;
}) {
  return (
    <Stack gap="sm" data-testid="near-misses">
      <Title order={2} size="h3">Near misses <Text span c="dimmed" size="sm">({total}{shown < total ? `, first ${shown} shown` : ''}; each fails exactly one constraint)</Text></Title>
      {groups.length === 0 ? <Text size="sm" c="dimmed">No near misses: everyone else fails two constraints or more.</Text> : null}
      {groups.map((g) => <NearMissGroupView key={g.code} group={g} active={activeCode === g.code} renderRow={renderRow} onRelax={onRelax} />)}
    </Stack>
  );
});

const NearMissGroupView = memo(function NearMissGroupView({ group: g, active, renderRow, onRelax }: {
  group: NearMissGroup; active: boolean; renderRow: RenderRow; onRelax: (g: NearMissGroup) => void;
}) {
  return (
    <Paper withBorder p="sm" data-testid="near-miss-group" data-code={g.code}>
      <Group justify="space-between" mb="xs">
        <Group gap="xs">
          <Title order={3} size="h5">{g.title}</Title>
          <Badge variant="light" color="orange">{g.misses.length}</Badge>
        </Group>
        {g.relax ? (
          <Button size="xs" variant={active ? 'filled' : 'light'} leftSection={<IconAdjustmentsHorizontal size={14} aria-hidden />} onClick={() => onRelax(g)} data-testid="relax">
            What if: {g.action}
          </Button>
        ) : <Text size="xs" c="dimmed">{g.action}</Text>}
      </Group>
      <Stack gap={6} role="list" aria-label={`Near misses failing ${g.title}`}>
        {g.misses.map((m) => renderRow(m, m.gaps[0] ?? ''))}
      </Stack>
    </Paper>
  );
});
