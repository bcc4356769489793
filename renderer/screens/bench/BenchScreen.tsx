// The Bench: every engineer in a fast table, search as you type, facets with counts, the view in the URL.
import { Button, Checkbox, Grid, Group, Menu, Text, TextInput, Title } from '@mantine/core';
import { useLocalStorage, useViewportSize } from '@mantine/hooks';
import { useSlashToFocus } from '../../hooks/useSlashToFocus';
import { IconColumns, IconSearch, IconX } from '@tabler/icons-react';
import type { RowSelectionState, SortingState, Updater, VisibilityState } from '@tanstack/react-table';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { SearchFacets } from '../../../shared/search/types';
import { ErrorView } from '../../components/ErrorView';
import { EmptyState, LoadingView } from '../../components/States';
import { BENCH_TABLE_ID, BenchTable } from './BenchTable';
import { BENCH_COLUMNS, DEFAULT_HIDDEN } from './columns';
import { ExportViewMenu } from './ExportViewMenu';
import { Facets } from './Facets';
import { useBenchPage } from './useBenchPage';
import { CvDropTarget } from '../cv-import/CvDropTarget';
import { readView, writeView } from './url-state';

export function BenchScreen() {
  const { t } = useTranslation(['bench']);
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => readView(params), [params]);
  // The input is controlled locally so typing never waits for the router; the URL follows a moment later
  // (a router navigation per keystroke would re-render the whole screen while the user types).
  const [q, setQ] = useState(view.q);
  const searchRef = useRef<HTMLInputElement>(null);
  useSlashToFocus(searchRef);

  // The rows come a window at a time, in the view's order, from the service (useBenchPage): the bench
  // never travels whole, so a 100k bench answers as fast as a small one.
  const results = useBenchPage(q, view.facets, view.sorting);
  const [columnVisibility, setColumnVisibility] = useLocalStorage<VisibilityState>({ key: 'benchmatch.bench.columns', defaultValue: { ...DEFAULT_HIDDEN } });
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({});
  const [exportError, setExportError] = useState<unknown>(null);
  const { height } = useViewportSize();

  // Callbacks read the latest view through a ref, so they stay stable and the memoized table and
  // facets do not re-render on every keystroke.
  const latest = useRef({ view, q, setParams });
  latest.current = { view, q, setParams };
  const written = useRef(view.q);
  useEffect(() => {
    if (q === view.q) return;
    const timer = setTimeout(() => {
      const l = latest.current;
      written.current = l.q;
      l.setParams(writeView({ ...l.view, q: l.q }), { replace: true });
    }, 250);
    return () => clearTimeout(timer);
  }, [q, view.q]);
  // Back/Forward or a clicked link changed the query in the URL: show it in the box.
  useEffect(() => {
    if (view.q === written.current) return;
    written.current = view.q;
    setQ(view.q);
  }, [view.q]);

  const onSorting = useCallback((u: Updater<SortingState>) => {
    const l = latest.current;
    l.setParams(writeView({ ...l.view, q: l.q, sorting: typeof u === 'function' ? u(l.view.sorting) : u }), { replace: true });
  }, []);
  const onFacets = useCallback((facets: SearchFacets) => {
    const l = latest.current;
    // Facet changes are steps a user may want to undo with Back, so they push history.
    l.setParams(writeView({ ...l.view, q: l.q, facets }));
  }, []);
  const onColumnVisibility = useCallback((u: Updater<VisibilityState>) => setColumnVisibility((v) => (typeof u === 'function' ? u(v) : u)), [setColumnVisibility]);

  const filtered = q.trim() !== '' || Object.keys(view.facets).length > 0;
  const { total, benchCount } = results;
  const viewKey = JSON.stringify([results.shownQuery, view.facets, view.sorting]);
  const selected = Object.keys(rowSelection).length;

  return (
    <CvDropTarget>
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <Title order={1} size="h2">{t('title')}</Title>
        <Text size="sm" c="dimmed" aria-live="polite" data-testid="result-count" data-results-for={results.shownQuery}>
          {total !== undefined && benchCount !== undefined ? (filtered ? t('count.engineersOf', { count: total, total: benchCount }) : t('count.engineers', { count: total })) : ''}
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
              onChange={(e) => setQ(e.currentTarget.value)}
              placeholder={t('search.placeholder')}
              aria-label={t('search.label')}
              leftSection={<IconSearch size={16} aria-hidden />}
              rightSection={q ? <IconX size={16} aria-label={t('search.clear')} role="button" tabIndex={0} style={{ cursor: 'pointer' }} onClick={() => setQ('')} onKeyDown={(e) => e.key === 'Enter' && setQ('')} /> : null}
              // ↓ goes on into the table (its focused row is the active one), as in a search box with results.
              onKeyDown={(e) => {
                if (e.key !== 'ArrowDown') return;
                e.preventDefault();
                document.getElementById(BENCH_TABLE_ID)?.focus();
              }}
              data-testid="bench-search"
            />
            {filtered ? <Button variant="subtle" size="sm" onClick={() => { setQ(''); setParams(writeView({ q: '', facets: {}, sorting: view.sorting })); }}>{t('clearFilters')}</Button> : null}
            <Menu closeOnItemClick={false} position="bottom-end">
              <Menu.Target>
                <Button variant="default" size="sm" leftSection={<IconColumns size={16} aria-hidden />}>{t('columns')}</Button>
              </Menu.Target>
              <Menu.Dropdown>
                {BENCH_COLUMNS.filter((c) => !c.fixed).map((c) => (
                  <Menu.Item key={c.id} onClick={() => setColumnVisibility((v) => ({ ...v, [c.id]: v[c.id] === false }))}>
                    <Checkbox size="xs" readOnly tabIndex={-1} checked={columnVisibility[c.id] !== false} label={t(c.label)} />
                  </Menu.Item>
                ))}
              </Menu.Dropdown>
            </Menu>
            <ExportViewMenu allIds={results.allIds} empty={!total} columnVisibility={columnVisibility} onError={setExportError} />
          </Group>
          {exportError ? <ErrorView error={exportError} /> : null}
          {selected ? (
            <Group mb="xs" gap="xs">
              <Text size="sm" data-testid="selected-count">{t('count.selected', { count: selected })}</Text>
              <Button size="compact-sm" variant="subtle" onClick={() => setRowSelection({})}>{t('clearSelection')}</Button>
            </Group>
          ) : null}
          {results.error ? <ErrorView error={results.error} onRetry={results.reload} /> : null}
          {!results.error && total === undefined ? <LoadingView label={t('loadingBench')} /> : null}
          {benchCount === 0 ? (
            <EmptyState title={t('empty.title')}>{t('empty.body')}</EmptyState>
          ) : null}
          {total !== undefined && benchCount ? (
            <BenchTable
              count={total}
              rowAt={results.rowAt}
              arrivals={results.arrivals}
              onRange={results.onRange}
              allIds={results.allIds}
              viewKey={viewKey}
              sorting={view.sorting}
              onSortingChange={onSorting}
              columnVisibility={columnVisibility}
              onColumnVisibilityChange={onColumnVisibility}
              rowSelection={rowSelection}
              onRowSelectionChange={setRowSelection}
              height={Math.max(320, height - 190)}
            />
          ) : null}
        </Grid.Col>
      </Grid>
    </CvDropTarget>
  );
}
