// A 24-hour band: the client's core hours and the engineer's working hours on the client's day D, with
// their overlap highlighted. Computed by the matching engine (shared/matching/overlap.ts) so the band
// always agrees with the ranking, DST included (a day can be 23 or 25 hours long).
import { Box, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { addDays } from '../../shared/bench/dates';
import type { Hours } from '../../shared/bench/schema';
import { localClock, overlapFor, wallToInstant, type Interval } from '../../shared/matching/overlap';
import { useFormat } from '../i18n/useFormat';

export interface OverlapBandProps {
  engineer: { timeZone: string; workingHours?: Hours };
  client: { timeZone?: string; coreHours?: Hours };
  /** The client's calendar day, YYYY-MM-DD. */
  date: string;
  label?: string;
}

const HOUR = 3_600_000;

function clip(iv: Interval, axis: Interval): Interval | null {
  const s = Math.max(iv[0], axis[0]);
  const e = Math.min(iv[1], axis[1]);
  return e > s ? [s, e] : null;
}

export function OverlapBand({ engineer, client, date, label }: OverlapBandProps) {
  const { t } = useTranslation(['engineer']);
  const f = useFormat();
  const axisZone = client.timeZone ?? engineer.timeZone;
  const axis: Interval = [wallToInstant(date, '00:00', axisZone), wallToInstant(addDays(date, 1), '00:00', axisZone)];
  const span = axis[1] - axis[0];
  const result = overlapFor(engineer, client, date);
  const pct = (t: number) => `${((t - axis[0]) / span) * 100}%`;
  const width = (iv: Interval) => `${((iv[1] - iv[0]) / span) * 100}%`;
  const engineerParts = result.engineerWindows.map((w) => clip(w, axis)).filter((x): x is Interval => x !== null);
  const clientPart = result.clientWindow ? clip(result.clientWindow, axis) : null;
  const ticks: number[] = [];
  for (let t = axis[0]; t < axis[1]; t += 3 * HOUR) ticks.push(t);
  const dayHours = Math.round(span / HOUR);
  const range = (iv: Interval, zone: string) => `${localClock(iv[0], zone)}–${localClock(iv[1], zone)}`;
  const windows = result.overlaps.map((o) => t('band.window', { client: range(o, axisZone), clientZone: axisZone, engineer: range(o, engineer.timeZone), engineerZone: engineer.timeZone }));
  const summary = result.hours === null
    ? t('band.unknown', { ranges: f.list(engineerParts.map((p) => range(p, engineer.timeZone))), zone: engineer.timeZone })
    : windows.length
      ? t('band.hoursWindows', { hours: result.hours, date, windows: windows.join('; ') })
      : t('band.hours', { hours: result.hours, date });

  const bar = (parts: Interval[], color: string, testid: string) => (
    <Box pos="relative" h={14} bg="var(--mantine-color-default-border)" style={{ borderRadius: 3 }} data-testid={testid}>
      {parts.map((p, i) => (
        <Box key={i} pos="absolute" top={0} h={14} style={{ left: pct(p[0]), width: width(p), background: color, borderRadius: 3 }} />
      ))}
    </Box>
  );

  return (
    <Stack gap={4} data-testid="overlap-band" aria-label={label ?? t('band.label')}>
      <Text size="sm" fw={500} data-testid="overlap-summary">{summary}</Text>
      {dayHours !== 24 ? <Text size="xs" fw={700}>{t('band.dst', { hours: dayHours, zone: axisZone })}</Text> : null}
      <Group gap="xs" wrap="nowrap" align="center">
        <Text size="xs" w={90}>{t('band.client')}</Text>
        <Box style={{ flex: 1 }}>{bar(clientPart ? [clientPart] : [], 'var(--mantine-color-blue-5)', 'band-client')}</Box>
      </Group>
      <Group gap="xs" wrap="nowrap" align="center">
        <Text size="xs" w={90}>{t('band.engineer')}</Text>
        <Box style={{ flex: 1 }}>{bar(engineerParts, 'var(--mantine-color-gray-6)', 'band-engineer')}</Box>
      </Group>
      <Group gap="xs" wrap="nowrap" align="center">
        <Text size="xs" w={90}>{t('band.overlap')}</Text>
        <Box style={{ flex: 1 }}>{bar(result.overlaps.map((o) => clip(o, axis)).filter((x): x is Interval => x !== null), 'var(--mantine-color-teal-6)', 'band-overlap')}</Box>
      </Group>
      <Group gap="xs" wrap="nowrap">
        <Box w={90} />
        <Box pos="relative" h={30} style={{ flex: 1 }} aria-hidden>
          {ticks.map((t) => (
            <Text key={t} size="10px" pos="absolute" top={0} style={{ left: pct(t), lineHeight: 1.2 }} c="dimmed">
              {localClock(t, axisZone)}
              <br />
              {localClock(t, engineer.timeZone)}
            </Text>
          ))}
        </Box>
      </Group>
      <Text size="xs" c="dimmed">{t('band.axes', { upper: axisZone, lower: engineer.timeZone })}</Text>
    </Stack>
  );
}
