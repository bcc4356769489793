// The one time-zone picker (client form, role editor, engineer form): type a city, a country or an
// abbreviation and choose a real zone ("New York", "Brasil", "CET" → Berlin, Paris...). Each choice
// shows its city, country and today's UTC offset. The stored value is always an IANA zone; what the
// schema refuses (an abbreviation, a fixed offset, a city name left as typed) is said here in the
// reader's language, naming the zones an abbreviation most likely means.
import { Autocomplete, Group, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { searchZones, zoneChoices, zoneCountryName } from '../../shared/bench/zone-search';
import { isUsableTimeZone, likelyZones } from '../../shared/bench/zones';

export interface ZonePickerProps {
  label: string;
  value: string;
  onChange: (zone: string) => void;
  description?: string;
  /** The form's problem for this field; replaced by the picker's own words when the value is not a zone. */
  error?: string | undefined;
  required?: boolean;
  testId?: string;
}

function offsetOf(zone: string, language: string): string {
  try {
    return new Intl.DateTimeFormat(language, { timeZone: zone, timeZoneName: 'shortOffset' }).formatToParts(new Date()).find((p) => p.type === 'timeZoneName')?.value ?? '';
  } catch {
    return '';
  }
}

export function ZonePicker({ label, value, onChange, description, error, required, testId }: ZonePickerProps) {
  const { i18n } = useTranslation(['common']);
  const language = i18n.language;
  const results = useMemo(() => searchZones(value, [language]), [value, language]);
  const problem = useZoneProblem(value);
  return (
    <Autocomplete
      label={label} description={description} required={required} value={value} onChange={onChange}
      data={results.map((c) => c.zone)}
      // The list is already the search's answer (cities, countries, abbreviations): Mantine must not filter it again.
      filter={({ options }) => options}
      limit={12}
      error={error ? problem ?? error : undefined}
      data-testid={testId}
      renderOption={({ option }) => {
        const choice = zoneChoices().get(option.value);
        return (
          <Group justify="space-between" wrap="nowrap" w="100%" gap="sm">
            <div>
              <Text size="sm">{choice?.city ?? option.value}{choice && choice.countries.length ? ` · ${zoneCountryName(choice, language)}` : ''}</Text>
              <Text size="xs" c="dimmed">{option.value}</Text>
            </div>
            <Text size="xs" c="dimmed">{offsetOf(option.value, language)}</Text>
          </Group>
        );
      }}
    />
  );
}

/** The picker's words for a value that is not a usable zone (undefined when it is one, or empty). */
export function useZoneProblem(value: string): string | undefined {
  const { t, i18n } = useTranslation(['common']);
  const v = value.trim();
  if (!v || isUsableTimeZone(v)) return undefined;
  const likely = likelyZones(v);
  if (likely) return t('zone.abbreviation', { value: v, zones: [...likely] });
  const near = searchZones(v, [i18n.language], 3).map((c) => c.zone);
  return near.length ? t('zone.notAZoneTry', { value: v, zones: near }) : t('zone.notAZone', { value: v });
}
