// A one-line 24-hour band for a ranked row: the client's core hours and, inside them, the engineer's
// overlap (same engine as OverlapBand, so it always agrees with the score). The full band opens on expand.
import { Box, Tooltip } from '@mantine/core';
import { addDays } from '../../../shared/bench/dates';
import type { Hours } from '../../../shared/bench/schema';
import { overlapFor, wallToInstant, type Interval } from '../../../shared/matching/overlap';

export function MiniOverlap({ engineer, client, date, w = 160 }: {
  engineer: { timeZone: string; workingHours?: Hours }; client: { timeZone?: string; coreHours?: Hours }; date: string; w?: number;
}) {
  if (!client.timeZone) return null;
  const axis: Interval = [wallToInstant(date, '00:00', client.timeZone), wallToInstant(addDays(date, 1), '00:00', client.timeZone)];
  const span = axis[1] - axis[0];
  const r = overlapFor(engineer, client, date);
  const seg = (iv: Interval, color: string, k: string) => {
    const s = Math.max(iv[0], axis[0]);
    const e = Math.min(iv[1], axis[1]);
    if (e <= s) return null;
    return <Box key={k} pos="absolute" top={0} bottom={0} style={{ left: `${((s - axis[0]) / span) * 100}%`, width: `${((e - s) / span) * 100}%`, background: color }} />;
  };
  const label = `${r.hours ?? 0} h overlap with the client's core hours on ${date}`;
  return (
    <Tooltip label={label}>
      <Box pos="relative" w={w} h={10} role="img" aria-label={label} data-testid="mini-overlap" style={{ borderRadius: 2, overflow: 'hidden', background: 'var(--mantine-color-default-border)' }}>
        {r.clientWindow ? seg(r.clientWindow, 'var(--mantine-color-blue-3)', 'c') : null}
        {r.overlaps.map((o, i) => seg(o, 'var(--mantine-color-teal-7)', `o${i}`))}
      </Box>
    </Tooltip>
  );
}
