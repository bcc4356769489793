// One ranked engineer: rank, name, score bar, overlap (hours and a band), skills matched / missing /
// related, the reasons, and the shortlist action. Expanding shows the score breakdown per component
// and the full overlap band.
import { ActionIcon, Anchor, Badge, Box, Button, Group, Paper, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconCheck, IconChevronDown, IconChevronRight, IconPlus } from '@tabler/icons-react';
import { memo } from 'react';
import { Link } from 'react-router';
import type { EngineerHours } from '../../../shared/api/roles';
import type { Hours } from '../../../shared/bench/schema';
import type { NearMiss, RankedMatch } from '../../../shared/matching/rank';
import { OverlapBand } from '../../components/OverlapBand';
import { ScoreBar } from '../../components/ScoreBar';
import { MiniOverlap } from './MiniOverlap';

export interface RowProps {
  row: RankedMatch | NearMiss;
  rank?: number;
  gap?: string;
  hours?: EngineerHours;
  client: { timeZone?: string; coreHours?: Hours };
  asOf: string;
  expanded: boolean;
  shortlisted: boolean;
  /** Stable callbacks taking the engineer, so a memoized row re-renders only when its own data changes. */
  actions: RowActions;
}

export interface RowActions {
  register: (id: string, el: HTMLDivElement | null) => void;
  toggle: (id: string) => void;
  shortlist: (id: string, name: string) => void;
  keyDown: (e: React.KeyboardEvent<HTMLDivElement>, id: string, name: string) => void;
}

export const MatchRow = memo(function MatchRow(props: RowProps) {
  const { row, rank, gap, hours, client, asOf, expanded, shortlisted, actions } = props;
  const id = row.engineerId;
  const onToggle = () => actions.toggle(id);
  const onShortlist = () => actions.shortlist(id, row.name);
  const full = 'breakdown' in row ? row : null;
  const s = row.skills;
  return (
    <Paper
      withBorder p="xs" ref={(el: HTMLDivElement | null) => actions.register(id, el)} tabIndex={0} onKeyDown={(e) => actions.keyDown(e, id, row.name)} role="listitem"
      aria-label={`${rank ? `Rank ${rank}: ` : ''}${row.name}, score ${row.score}${shortlisted ? ', on the shortlist' : ''}`}
      data-testid={rank ? 'match-row' : 'near-miss-row'} data-engineer={row.engineerId}
      style={{ outlineOffset: 2 }}
    >
      <Group wrap="nowrap" align="flex-start" gap="sm">
        <ActionIcon variant="subtle" onClick={onToggle} aria-expanded={expanded} aria-label={`${expanded ? 'Hide' : 'Show'} details for ${row.name}`} tabIndex={-1}>
          {expanded ? <IconChevronDown size={16} aria-hidden /> : <IconChevronRight size={16} aria-hidden />}
        </ActionIcon>
        {rank ? <Text fw={700} w={28} ta="right" size="sm">{rank}</Text> : null}
        <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
          <Group gap="xs" wrap="nowrap">
            <Anchor component={Link} to={`/engineers/${encodeURIComponent(row.engineerId)}`} fw={600} size="sm" tabIndex={-1} truncate>{row.name}</Anchor>
            {shortlisted ? <Badge size="xs" color="teal" variant="light" data-testid="on-shortlist">on shortlist</Badge> : null}
            {gap ? <Badge size="sm" color="orange" variant="light" tt="none" data-testid="near-miss-gap">{gap}</Badge> : null}
          </Group>
          <Group gap={4}>
            {s.matched.map((m) => <Badge key={m.name} size="xs" variant={m.required ? 'light' : 'outline'} color="teal" tt="none">{m.name} {m.level}/5{m.verifiedOn ? ' ✓' : ''}</Badge>)}
            {s.missing.map((m) => <Badge key={m.name} size="xs" variant="outline" color={m.required ? 'red' : 'gray'} tt="none">no {m.name}</Badge>)}
            {s.related.map((r) => <Badge key={r.wanted + r.via} size="xs" variant="light" color="grape" tt="none">{r.via} ~ {r.wanted}</Badge>)}
          </Group>
          {full ? <Text size="xs" c="dimmed" lineClamp={expanded ? undefined : 1} data-testid="reasons">{full.reasons.join(' · ')}</Text> : null}
        </Stack>
        <Stack gap={4} align="flex-end">
          <ScoreBar score={row.score} w={120} label={`Score of ${row.name}`} />
          <Group gap={6} wrap="nowrap">
            <Text size="xs" c="dimmed" w={60} ta="right">{row.overlapHours === null ? 'overlap ?' : `${row.overlapHours} h`}</Text>
            {hours ? <MiniOverlap engineer={hours} client={client} date={asOf} w={120} /> : <Box w={120} />}
          </Group>
        </Stack>
        <Tooltip label={shortlisted ? 'Already on the shortlist' : 'Add to the shortlist (S)'}>
          <Button size="xs" variant={shortlisted ? 'light' : 'filled'} color={shortlisted ? 'teal' : undefined} onClick={onShortlist} disabled={shortlisted} tabIndex={-1}
            aria-label={shortlisted ? `${row.name} is on the shortlist` : `Add ${row.name} to the shortlist`} data-testid="add-to-shortlist"
            leftSection={shortlisted ? <IconCheck size={14} aria-hidden /> : <IconPlus size={14} aria-hidden />}>
            {shortlisted ? 'Listed' : 'Shortlist'}
          </Button>
        </Tooltip>
      </Group>
      {expanded ? (
        <Stack gap="sm" mt="sm" pl={40} data-testid="row-details">
          {full ? (
            <Table withRowBorders={false} aria-label={`Score breakdown for ${row.name}`} data-testid="breakdown">
              <Table.Thead><Table.Tr><Table.Th>Component</Table.Th><Table.Th>Weight</Table.Th><Table.Th>Value</Table.Th><Table.Th>Points</Table.Th><Table.Th>Why</Table.Th></Table.Tr></Table.Thead>
              <Table.Tbody>
                {full.breakdown.map((b) => (
                  <Table.Tr key={b.key} c={b.applies ? undefined : 'dimmed'}>
                    <Table.Td>{b.label}</Table.Td>
                    <Table.Td>{b.weight}</Table.Td>
                    <Table.Td>{b.value === null ? 'n/a' : b.value.toFixed(2)}</Table.Td>
                    <Table.Td>{b.points.toFixed(1)}</Table.Td>
                    <Table.Td><Text size="xs">{b.reason}</Text></Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          ) : null}
          {hours ? <OverlapBand engineer={hours} client={client} date={asOf} label={`Overlap of ${row.name} with the client`} /> : null}
        </Stack>
      ) : null}
    </Paper>
  );
});
