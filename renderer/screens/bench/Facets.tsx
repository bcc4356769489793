// Facet filters with counts (from the search: each facet counted under the OTHER facets' filters).
// Ticking a value narrows the table; the number beside it is how many rows that leaves.
import { Accordion, Checkbox, Group, Radio, Stack, Text } from '@mantine/core';
import { memo, useCallback, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AVAILABILITY_STATUSES, CEFR, SENIORITIES, VETTING_STATUSES, type AvailabilityStatus, type Cefr, type Seniority, type VettingStatus } from '../../../shared/bench/schema';
import { SENIORITY_WORD, VETTING_STATUS_WORD } from '../../../shared/vetting/rubric';
import type { FacetCounts, SearchFacets } from '../../../shared/search/types';
import { AVAILABILITY_LABEL } from '../../components/labels';
import { useFormat } from '../../i18n/useFormat';
import { LIST_FACETS, type ListFacet } from './url-state';

const TITLES = {
  country: 'bench:facets.country', seniority: 'bench:facets.seniority', skill: 'bench:facets.skill', englishAtLeast: 'bench:facets.englishAtLeast',
  availability: 'bench:facets.availability', vettingStatus: 'bench:facets.vettingStatus', tag: 'bench:facets.tag',
} as const satisfies Record<ListFacet | 'englishAtLeast', string>;

/** A facet value as people read it: a country's name and the enums' words in their language; skills and tags are data. */
function useValueLabel(): (facet: ListFacet, value: string) => string {
  const { t } = useTranslation(['bench', 'rubric']);
  const f = useFormat();
  const is = <T extends string>(list: readonly T[], v: string): v is T => (list as readonly string[]).includes(v);
  return (facet, value) => {
    if (facet === 'country') return f.region(value);
    if (facet === 'availability' && is<AvailabilityStatus>(AVAILABILITY_STATUSES, value)) return t(AVAILABILITY_LABEL[value]);
    if (facet === 'seniority' && is<Seniority>(SENIORITIES, value)) return t(SENIORITY_WORD[value]);
    if (facet === 'vettingStatus' && is<VettingStatus>(VETTING_STATUSES, value)) return t(VETTING_STATUS_WORD[value]);
    return value.replace(/_/g, ' ');
  };
}

/**
 * One facet value. Memoized: a keystroke brings new counts, but most values keep theirs (typing "pytho"
 * after "pyth" rarely changes a count), and each Mantine Checkbox is several components to re-render.
 */
const FacetOption = memo(function FacetOption({ facet, value, n, checked, onToggle }: { facet: ListFacet; value: string; n: number; checked: boolean; onToggle: (facet: ListFacet, value: string, on: boolean) => void }) {
  const label = useValueLabel();
  const f = useFormat();
  return (
    <Checkbox
      size="xs"
      checked={checked}
      onChange={(e) => onToggle(facet, value, e.currentTarget.checked)}
      data-testid={`facet-${facet}-${value}`}
      data-count={n}
      label={
        <Group gap={6} wrap="nowrap">
          <Text size="xs" truncate>{label(facet, value)}</Text>
          <Text size="xs" c="dimmed">{f.number(n)}</Text>
        </Group>
      }
    />
  );
});

export const Facets = memo(function Facets({ counts, facets, onChange }: { counts: FacetCounts | undefined; facets: SearchFacets; onChange: (f: SearchFacets) => void }) {
  const { t } = useTranslation(['bench']);
  // The toggle reads the latest facets through a ref, so it stays one function and options stay memoized.
  const latest = useRef({ facets, onChange });
  latest.current = { facets, onChange };
  const toggle = useCallback((facet: ListFacet, value: string, on: boolean) => {
    const { facets: f, onChange: change } = latest.current;
    const current = (f[facet] as string[] | undefined) ?? [];
    const next = on ? [...current, value] : current.filter((v) => v !== value);
    const copy = { ...f } as Record<string, unknown>;
    if (next.length) copy[facet] = next;
    else delete copy[facet];
    change(copy as SearchFacets);
  }, []);
  function setEnglish(value: string) {
    const copy = { ...facets };
    if (value === 'any') delete copy.englishAtLeast;
    else copy.englishAtLeast = value as Cefr;
    onChange(copy);
  }

  return (
    <Accordion multiple defaultValue={['country', 'seniority', 'skill']} variant="contained" aria-label={t('facets.label')} data-testid="facets">
      {LIST_FACETS.map((facet) => {
        const values = Object.entries(counts?.[facet] ?? {});
        const selected = (facets[facet] as string[] | undefined) ?? [];
        // Selected values stay listed even when the current query leaves none of them.
        for (const s of selected) if (!values.some(([v]) => v === s)) values.push([s, 0]);
        values.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
        return (
          <Accordion.Item key={facet} value={facet}>
            <Accordion.Control>{selected.length ? t('facets.withCount', { facet: t(TITLES[facet]), n: selected.length }) : t(TITLES[facet])}</Accordion.Control>
            <Accordion.Panel>
              {values.length === 0 ? <Text size="xs" c="dimmed">{t('facets.noValues')}</Text> : null}
              <Stack gap={4}>
                {values.map(([value, n]) => (
                  <FacetOption key={value} facet={facet} value={value} n={n} checked={selected.includes(value)} onToggle={toggle} />
                ))}
              </Stack>
            </Accordion.Panel>
          </Accordion.Item>
        );
      })}
      <Accordion.Item value="englishAtLeast">
        <Accordion.Control>{facets.englishAtLeast ? t('facets.withCount', { facet: t(TITLES.englishAtLeast), n: facets.englishAtLeast }) : t(TITLES.englishAtLeast)}</Accordion.Control>
        <Accordion.Panel>
          <Radio.Group value={facets.englishAtLeast ?? 'any'} onChange={setEnglish} aria-label={t('facets.englishLabel')}>
            <Stack gap={4} onKeyDown={arrowsMoveFocusOnly}>
              <Radio size="xs" value="any" label={t('facets.any')} />
              {CEFR.map((level) => (
                <Radio
                  key={level}
                  size="xs"
                  value={level}
                  data-testid={`facet-english-${level}`}
                  label={t('facets.levelOrBetter', { level, n: counts?.englishAtLeast[level] ?? 0 })}
                />
              ))}
            </Stack>
          </Radio.Group>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
});

/**
 * Arrow keys in a radio group check the next radio: on a facet that re-filters the whole bench as the
 * person only meant to look. Here they move the focus; Space (or a click) chooses.
 */
function arrowsMoveFocusOnly(e: KeyboardEvent<HTMLDivElement>) {
  const step = e.key === 'ArrowDown' || e.key === 'ArrowRight' ? 1 : e.key === 'ArrowUp' || e.key === 'ArrowLeft' ? -1 : 0;
  if (!step || !(e.target instanceof HTMLInputElement) || e.target.type !== 'radio') return;
  e.preventDefault();
  const radios = [...e.currentTarget.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
  radios[(radios.indexOf(e.target) + step + radios.length) % radios.length]?.focus();
}
