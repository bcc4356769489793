// The engineer's hours against a client zone the user picks, for today and for a chosen date (so a
// daylight-saving change shows). The zone, hours and date live in the URL like every view.
import { Group, Paper, Select, Stack, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { isValidDate, todayLocal } from '../../../shared/bench/dates';
import { DEFAULT_CORE_HOURS, type Engineer } from '../../../shared/bench/schema';
import { isValidTimeZone } from '../../../shared/bench/zones';
import { OverlapBand } from '../../components/OverlapBand';
import { useFormat } from '../../i18n/useFormat';

const ZONES: string[] = Intl.supportedValuesOf('timeZone');
const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

export function OverlapPanel({ engineer }: { engineer: Engineer }) {
  const { t } = useTranslation(['engineer']);
  const f = useFormat();
  const [params, setParams] = useSearchParams();
  const zoneParam = params.get('zone') ?? 'America/New_York';
  const zone = isValidTimeZone(zoneParam) ? zoneParam : 'America/New_York';
  const today = todayLocal();
  const dateParam = params.get('date') ?? '';
  const date = isValidDate(dateParam) ? dateParam : '';
  const start = CLOCK.test(params.get('start') ?? '') ? params.get('start')! : DEFAULT_CORE_HOURS.start;
  const end = CLOCK.test(params.get('end') ?? '') ? params.get('end')! : DEFAULT_CORE_HOURS.end;

  function set(key: string, value: string | null) {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  }
  const client = { timeZone: zone, coreHours: { start, end } };

  return (
    <Paper withBorder p="md">
      <Title order={2} size="h4" mb="sm">{t('overlap.title')}</Title>
      <Group gap="sm" mb="md" align="flex-end">
        <Select label={t('overlap.clientZone')} data={ZONES} value={zone} onChange={(v) => set('zone', v)} searchable w={240} data-testid="client-zone" allowDeselect={false} />
        <TextInput label={t('overlap.coreFrom')} type="time" value={start} onChange={(e) => set('start', e.currentTarget.value)} w={130} />
        <TextInput label={t('overlap.to')} type="time" value={end} onChange={(e) => set('end', e.currentTarget.value)} w={130} />
        <TextInput label={t('overlap.anotherDate')} type="date" value={date} onChange={(e) => set('date', e.currentTarget.value)} w={170} data-testid="overlap-date" />
      </Group>
      <Stack gap="lg">
        <div>
          <Title order={3} size="h6" mb={4}>{t('overlap.today', { date: today })}</Title>
          <OverlapBand engineer={engineer} client={client} date={today} label={t('overlap.todayLabel', { date: today })} />
        </div>
        {date ? (
          <div>
            <Title order={3} size="h6" mb={4}>{f.date(date)}</Title>
            <OverlapBand engineer={engineer} client={client} date={date} label={t('overlap.onDateLabel', { date })} />
          </div>
        ) : null}
      </Stack>
    </Paper>
  );
}
