// Facet filters with counts (from the search: each facet counted under the OTHER facets' filters).
// Ticking a value narrows the table; the number beside it is how many rows that leaves.
import { Accordion, Checkbox, Group, Radio, Stack, Text } from '@mantine/core';
import { memo } from 'react';
import { CEFR, type Cefr } from '../../../shared/bench/schema';
import type { FacetCounts, SearchFacets } from '../../../shared/search/types';
import { LIST_FACETS, type ListFacet } from './url-state';

const TITLES: Record<ListFacet | 'englishAtLeast', string> = {
  country: 'Country', seniority: 'Seniority', skill: 'Skill', englishAtLeast: 'English (at least)',
  availability: 'Availability', vettingStatus: 'Vetting', tag: 'Tag',
};

const countryName = new Intl.DisplayNames(['en'], { type: 'region' });
const count = new Intl.NumberFormat('en-US');

function label(facet: ListFacet, value: string): string {
  if (facet === 'country') {
    try {
      return countryName.of(value) ?? value;
    } catch {
      return value;
    }
  }
  return value.replace(/_/g, ' ');
}

export const Facets = memo(function Facets({ counts, facets, onChange }: { counts: FacetCounts | undefined; facets: SearchFacets; onChange: (f: SearchFacets) => void }) {
  function toggle(facet: ListFacet, value: string, on: boolean) {
    const current = (facets[facet] as string[] | undefined) ?? [];
    const next = on ? [...current, value] : current.filter((v) => v !== value);
    const copy = { ...facets } as Record<string, unknown>;
    if (next.length) copy[facet] = next;
    else delete copy[facet];
    onChange(copy as SearchFacets);
  }
  function setEnglish(value: string) {
    const copy = { ...facets };
    if (value === 'any') delete copy.englishAtLeast;
    else copy.englishAtLeast = value as Cefr;
    onChange(copy);
  }

  return (
    <Accordion multiple defaultValue={['country', 'seniority', 'skill']} variant="contained" aria-label="Facets" data-testid="facets">
      {LIST_FACETS.map((facet) => {
        const values = Object.entries(counts?.[facet] ?? {});
        const selected = (facets[facet] as string[] | undefined) ?? [];
        // Selected values stay listed even when the current query leaves none of them.
        for (const s of selected) if (!values.some(([v]) => v === s)) values.push([s, 0]);
        values.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
        return (
          <Accordion.Item key={facet} value={facet}>
            <Accordion.Control>{TITLES[facet]}{selected.length ? ` (${selected.length})` : ''}</Accordion.Control>
            <Accordion.Panel>
              {values.length === 0 ? <Text size="xs" c="dimmed">No values</Text> : null}
              <Stack gap={4}>
                {values.map(([value, n]) => (
                  <Checkbox
                    key={value}
                    size="xs"
                    checked={selected.includes(value)}
                    onChange={(e) => toggle(facet, value, e.currentTarget.checked)}
                    data-testid={`facet-${facet}-${value}`}
                    data-count={n}
                    label={
                      <Group gap={6} wrap="nowrap">
                        <Text size="xs" truncate>{label(facet, value)}</Text>
                        <Text size="xs" c="dimmed">{count.format(n)}</Text>
                      </Group>
                    }
                  />
                ))}
              </Stack>
            </Accordion.Panel>
          </Accordion.Item>
        );
      })}
      <Accordion.Item value="englishAtLeast">
        <Accordion.Control>{TITLES.englishAtLeast}{facets.englishAtLeast ? ` (${facets.englishAtLeast})` : ''}</Accordion.Control>
        <Accordion.Panel>
          <Radio.Group value={facets.englishAtLeast ?? 'any'} onChange={setEnglish} aria-label="English at least">
            <Stack gap={4}>
              <Radio size="xs" value="any" label="Any" />
              {CEFR.map((level) => (
                <Radio
                  key={level}
                  size="xs"
                  value={level}
                  data-testid={`facet-english-${level}`}
                  label={`${level} or better · ${count.format(counts?.englishAtLeast[level] ?? 0)}`}
                />
              ))}
            </Stack>
          </Radio.Group>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
});
