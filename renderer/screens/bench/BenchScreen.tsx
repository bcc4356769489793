// The Bench: every engineer in a fast table, search as you type, facets with counts, the view in the URL.
import { Button, Checkbox, Grid, Group, Menu, Text, TextInput, Title } from '@mantine/core';
import { useHotkeys, useLocalStorage, useViewportSize } from '@mantine/hooks';
import { IconColumns, IconSearch, IconX } from '@tabler/icons-react';
import type { RowSelectionState, SortingState, Updater, VisibilityState } from '@tanstack/react-table';
import { useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { SearchFacets } from '../../../shared/search/types';
import { api } from '../../api/client';
import { ErrorView } from '../../components/ErrorView';
import { EmptyState, LoadingView } from '../../components/States';
import { useApiQuery } from '../../hooks/useApiQuery';
import { BenchTable } from './BenchTable';
import { COLUMN_LABELS, COLUMNS, DEFAULT_HIDDEN } from './columns';
import { Facets } from './Facets';
import { useBenchResults } from './useBenchResults';
import { readView, writeView, type BenchView } from './url-state';

const count = new Intl.NumberFormat('en-US');

export function BenchScreen() {
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => readView(params), [params]);
  // The input is controlled locally so typing never waits for the router; the URL follows each keystroke.
  const [q, setQ] = useState(view.q);
  const searchRef = useRef<HTMLInputElement>(null);
  useHotkeys([['/', () => searchRef.current?.focus()]]);

  const list = useApiQuery(() => api.listEngineerRows({}), []);
  const results = useBenchResults(list.data?.rows, list.data?.version, q, view.facets);
  const [columnVisibility, setColumnVisibility] = useLocalStorage<VisibilityState>({ key: 'benchmatch.bench.columns', defaultValue: { ...DEFAULT_HIDDEN } });
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});
  const { height } = useViewportSize();

  function update(next: Partial<BenchView>) {
    setParams(writeView({ ...view, q, ...next }), { replace: true });
  }
  function onQuery(value: string) {
    setQ(value);
    setParams(writeView({ ...view, q: value }), { replace: true });
  }
  function onSorting(u: Updater<SortingState>) {
    update({ sorting: typeof u === 'function' ? u(view.sorting) : u });
  }
  function onFacets(facets: SearchFacets) {
    // Facet changes are steps a user may want to undo with Back, so they push history.
    setParams(writeView({ ...view, q, facets }));
  }

  const shown = results.rows;
  const total = results.total;
  const selected = Object.keys(rowSelection).length;
  const filtered = q.trim() !== '' || Object.keys(view.facets).length > 0;

  return (
    <>
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <Title order={1} size="h2">Bench</Title>
        <Text size="sm" c="dimmed" aria-live="polite" data-testid="result-count" data-results-for={results.shownQuery}>
          {shown && total !== undefined ? `${count.format(total)} engineer${total === 1 ? '' : 's'}` : ''}
          {shown && list.data && filtered ? ` of ${count.format(list.data.rows.length)}` : ''}
          {shown && total !== undefined && total > shown.length ? ` (best ${count.format(shown.length)} shown: refine the search)` : ''}
        </Text>
      </Group>
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 3, lg: 2.5 }}>
          <Facets counts={results.facets} facets={view.facets} onChange={onFacets} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 9, lg: 9.5 }}>
          <Group mb="xs" gap="xs" wrap="nowrap">
            <TextInput
              ref={searchRef}
              style={{ flex: 1 }}
              value={q}
              onChange={(e) => onQuery(e.currentTarget.value)}
              placeholder='python senior -java "machine learning" country:BR'
              aria-label="Search the bench (press / to focus)"
              leftSection={<IconSearch size={16} aria-hidden />}
              rightSection={q ? <IconX size={16} aria-label="Clear search" role="button" tabIndex={0} style={{ cursor: 'pointer' }} onClick={() => onQuery('')} onKeyDown={(e) => e.key === 'Enter' && onQuery('')} /> : null}
              data-testid="bench-search"
            />
            {filtered ? <Button variant="subtle" size="sm" onClick={() => { setQ(''); setParams(writeView({ q: '', facets: {}, sorting: view.sorting })); }}>Clear filters</Button> : null}
            <Menu closeOnItemClick={false} position="bottom-end">
              <Menu.Target>
                <Button variant="default" size="sm" leftSection={<IconColumns size={16} aria-hidden />}>Columns</Button>
              </Menu.Target>
              <Menu.Dropdown>
                {COLUMNS.filter((c) => c.enableHiding !== false).map((c) => (
                  <Menu.Item key={c.id} onClick={() => setColumnVisibility((v) => ({ ...v, [c.id!]: v[c.id!] === false }))}>
                    <Checkbox size="xs" readOnly tabIndex={-1} checked={columnVisibility[c.id!] !== false} label={COLUMN_LABELS[c.id!]} />
                  </Menu.Item>
                ))}
              </Menu.Dropdown>
            </Menu>
          </Group>
          {selected ? (
            <Group mb="xs" gap="xs">
              <Text size="sm" data-testid="selected-count">{count.format(selected)} selected</Text>
              <Button size="compact-sm" variant="subtle" onClick={() => setRowSelection({})}>Clear selection</Button>
            </Group>
          ) : null}
          {list.error ? <ErrorView error={list.error} onRetry={list.reload} /> : null}
          {results.error ? <ErrorView error={results.error} /> : null}
          {!list.error && !shown ? <LoadingView label={list.data ? 'Searching…' : 'Loading the bench…'} /> : null}
          {shown && list.data?.rows.length === 0 ? (
            <EmptyState title="The bench is empty">Import a bench file or a spreadsheet of engineers (File › Import, or `benchmatch import FILE`).</EmptyState>
          ) : null}
          {shown && list.data && list.data.rows.length > 0 ? (
            <BenchTable
              rows={shown}
              sorting={view.sorting}
              onSortingChange={onSorting}
              columnVisibility={columnVisibility}
              onColumnVisibilityChange={(u) => setColumnVisibility(typeof u === 'function' ? u(columnVisibility) : u)}
              rowSelection={rowSelection}
              onRowSelectionChange={setRowSelection}
              height={Math.max(320, height - 190)}
            />
          ) : null}
        </Grid.Col>
      </Grid>
    </>
  );
}
