// The whole bench in one virtualized table (TanStack Table + Virtual): only the visible rows are in the
// DOM, and only the rows around them are in the page at all (useBenchPage asks the service for the
// window drawn, in the view's order: the service sorts), so 100k rows scroll like 100. TanStack Table
// owns the columns: header, sort state and its direction cycle, resizing, visibility. The rows are drawn
// from the engineer rows directly: TanStack's row models need a Row object (dozens of closures) per row.
// A row whose block has not arrived yet is drawn empty for the moment it takes.
// Keyboard: arrows / Page / Home / End move the active row, Enter opens it, Space selects it.
import { Checkbox, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import { getCoreRowModel, useReactTable, type OnChangeFn, type RowSelectionState, type SortingState, type Table, type VisibilityState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { EngineerRow } from '../../../shared/api/engineer-rows';
import { useFormat } from '../../i18n/useFormat';
import { COLUMN_BY_ID, COLUMN_DEFS, type BenchColumn, type CellWords } from './columns';
import type { Arrivals } from './useBenchPage';
import css from './table.module.css';

/** The table's focusable element: the search box's ↓ focuses it. */
export const BENCH_TABLE_ID = 'bench-table';

const ROW_HEIGHT = 34;
// Rows drawn beyond the window each way: a wheel step (~100 px) lands on rows already drawn, since new
// rows render a frame after the scroll (useFlushSync below). Each drawn row costs style and layout on a
// fast flick; 5 keeps the 100k flick at ~60 frames a second with no long task.
const OVERSCAN = 5;
/** The table instance holds no rows (see the top of this file); one constant keeps its row model cached. */
const NO_ROWS: EngineerRow[] = [];
const coreRowModel = getCoreRowModel<EngineerRow>();

export interface BenchTableProps {
  /** Rows in the view. */
  count: number;
  /** Row i of the view, when it has arrived. */
  rowAt: (i: number) => EngineerRow | undefined;
  /** Bumped when rows arrive: the table redraws itself then (the screen around it does not). */
  arrivals: Arrivals;
  /** Says which rows are drawn (the rows around them are then asked for). */
  onRange: (start: number, end: number) => void;
  /** Every id of the view, for "select all". */
  allIds: () => Promise<string[]>;
  /** The view's identity (query, facets, sort): what a "select all" covered. */
  viewKey: string;
  sorting: SortingState;
  onSortingChange: OnChangeFn<SortingState>;
  columnVisibility: VisibilityState;
  onColumnVisibilityChange: OnChangeFn<VisibilityState>;
  rowSelection: RowSelectionState;
  onRowSelectionChange: OnChangeFn<RowSelectionState>;
  height: number;
}

interface ShownColumn {
  column: BenchColumn;
  size: number;
}

export const BenchTable = memo(function BenchTable(props: BenchTableProps) {
  const navigate = useNavigate();
  const { t } = useTranslation(['bench', 'rubric']);
  const f = useFormat();
  // One object per language: rows keep their memo while scrolling and redraw when the language changes.
  const words = useMemo<CellWords>(() => ({ t, f }), [t, f]);
  const table = useReactTable({
    data: NO_ROWS,
    columns: COLUMN_DEFS,
    state: { sorting: props.sorting, columnVisibility: props.columnVisibility },
    onSortingChange: props.onSortingChange,
    onColumnVisibilityChange: props.onColumnVisibilityChange,
    manualSorting: true,
    columnResizeMode: 'onChange',
    getCoreRowModel: coreRowModel,
  });
  const { count, rowAt } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    // Every row is ROW_HEIGHT tall (CSS fixes it), so nothing is measured while scrolling.
    estimateSize: () => ROW_HEIGHT,
    overscan: OVERSCAN,
    // The rows for a new scroll position render in their own task rather than inside the scroll event
    // (TanStack's default flushSync): a frame's work is then split in two tasks (React's commit, then
    // the browser's style, layout and paint of it), neither of them long, at the cost of rows appearing
    // one frame later during a fast flick (the overscan rows cover most of that).
    useFlushSync: false,
  });
  const [active, setActive] = useState(0);
  useEffect(() => setActive((a) => Math.min(a, Math.max(0, count - 1))), [count]);

  const selection = props.rowSelection;
  const onSelection = props.onRowSelectionChange;
  const onToggle = useCallback((id: string) => onSelection((s) => {
    const next = { ...s };
    if (next[id]) delete next[id];
    else next[id] = true;
    return next;
  }), [onSelection]);
  const selectedCount = Object.keys(selection).length;
  // The view's ids are in the page only once "select all" asked for them; the box is ticked while they
  // all are selected, for that view.
  const [covered, setCovered] = useState<{ viewKey: string; ids: string[] }>();
  const viewIds = covered?.viewKey === props.viewKey ? covered.ids : undefined;
  const allSelected = count > 0 && selectedCount >= count && !!viewIds && viewIds.every((id) => selection[id]);
  const someSelected = selectedCount > 0 && !allSelected;
  const { allIds, viewKey } = props;
  const onToggleAll = useCallback((on: boolean) => {
    void allIds().then((ids) => {
      setCovered({ viewKey, ids });
      onSelection((s) => {
        const next = { ...s };
        for (const id of ids) {
          if (on) next[id] = true;
          else delete next[id];
        }
        return next;
      });
    });
  }, [allIds, viewKey, onSelection]);

  function move(to: number) {
    const next = Math.max(0, Math.min(count - 1, to));
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  }

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (e.target !== e.currentTarget || count === 0) return;
    const page = Math.max(1, Math.floor(props.height / ROW_HEIGHT) - 1);
    const row = rowAt(active);
    switch (e.key) {
      case 'ArrowDown': move(active + 1); break;
      case 'ArrowUp': move(active - 1); break;
      case 'PageDown': move(active + page); break;
      case 'PageUp': move(active - page); break;
      case 'Home': move(0); break;
      case 'End': move(count - 1); break;
      case 'Enter': if (row) navigate(`/engineers/${encodeURIComponent(row.id)}`); break;
      case ' ': if (row) onToggle(row.id); break;
      default: return;
    }
    e.preventDefault();
  }

  const totalWidth = table.getTotalSize();
  const activeRow = rowAt(active);
  const state = table.getState();
  // Column layout as one string: rows re-render when a width or the visible set changes, and only then.
  const leaves = table.getVisibleLeafColumns();
  const layout = leaves.map((c) => `${c.id}:${c.getSize()}`).join(',');
  // `layout` stands for the leaves (their ids and sizes): a new list only when one of those changes.
  const shown = useMemo<ShownColumn[]>(() => leaves.map((c) => ({ column: COLUMN_BY_ID.get(c.id)!, size: c.getSize() })), [layout]);
  const onActivate = useCallback((index: number) => setActive(index), []);

  // Rows are keyed by a slot (index modulo the most rows ever in the window), not by engineer: a row
  // scrolling out hands its DOM elements to the row scrolling in, so the browser updates text in place
  // instead of creating, restyling and laying out new elements every frame. Slots stay in one DOM order
  // (rows are placed by transform): moving an element in the DOM would restyle it like a new one.
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? -1;
  const { onRange, arrivals } = props;
  const stamp = useSyncExternalStore(arrivals.subscribe, arrivals.count);
  useEffect(() => {
    if (last >= first) onRange(first, last);
  }, [first, last, stamp, onRange]);
  const pool = Math.max(items.length, Math.ceil(props.height / ROW_HEIGHT) + 1 + 2 * OVERSCAN);
  const slots = items.map((v) => ({ v, slot: v.index % pool })).sort((a, b) => a.slot - b.slot);
  return (
    <div
      ref={scrollRef}
      className={css.scroll}
      style={{ height: props.height }}
      tabIndex={0}
      role="group"
      aria-label={t('tableLabel')}
      aria-activedescendant={activeRow ? `row-${activeRow.id}` : undefined}
      onKeyDown={onKeyDown}
      id={BENCH_TABLE_ID}
      data-testid="bench-table-scroll"
    >
      <table className={css.table} style={{ width: totalWidth }} aria-rowcount={count + 1}>
        <BenchHead
          table={table}
          layout={layout}
          sorting={state.sorting}
          resizing={state.columnSizingInfo.isResizingColumn}
          allSelected={allSelected}
          someSelected={someSelected}
          onToggleAll={onToggleAll}
        />
        <tbody style={{ height: virtualizer.getTotalSize() }}>
          {slots.map(({ v, slot }) => {
            const row = rowAt(v.index);
            if (!row) return <PendingRow key={slot} index={v.index} start={v.start} columns={shown} width={totalWidth} />;
            return (
              <BenchRow
                key={slot}
                row={row}
                index={v.index}
                start={v.start}
                active={v.index === active}
                selected={selection[row.id] === true}
                columns={shown}
                width={totalWidth}
                onActivate={onActivate}
                onToggle={onToggle}
                words={words}
              />
            );
          })}
        </tbody>
      </table>
      {count === 0 ? <Text p="md" c="dimmed" size="sm">{t('noMatches')}</Text> : null}
    </div>
  );
});

interface BenchHeadProps {
  table: Table<EngineerRow>;
  // The props below are what the header shows; they are passed so that memo redraws it when they change.
  layout: string;
  sorting: SortingState;
  resizing: string | false;
  allSelected: boolean;
  someSelected: boolean;
  onToggleAll: (on: boolean) => void;
}

/** The header row: redrawn when sorting, widths, visibility or the select-all box change, not on scroll. */
const BenchHead = memo(function BenchHead({ table, allSelected, someSelected, onToggleAll }: BenchHeadProps) {
  const { t } = useTranslation(['bench']);
  return (
    <thead>
      {table.getHeaderGroups().map((hg) => (
        <tr key={hg.id}>
          {hg.headers.map((h) => {
            const sorted = h.column.getIsSorted();
            const label = t(COLUMN_BY_ID.get(h.column.id)!.label);
            return (
              <th key={h.id} style={{ width: h.getSize() }} aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}>
                {h.column.id === 'select' ? (
                  <Checkbox size="xs" aria-label={t('selectAll')} checked={allSelected} indeterminate={someSelected} onChange={() => onToggleAll(!allSelected)} />
                ) : h.column.getCanSort() ? (
                  <UnstyledButton onClick={h.column.getToggleSortingHandler()} fz="sm" className={css.sort}>
                    {label}
                    {sorted === 'asc' ? <IconArrowUp size={14} aria-hidden /> : sorted === 'desc' ? <IconArrowDown size={14} aria-hidden /> : null}
                  </UnstyledButton>
                ) : (
                  label
                )}
                {h.column.getCanResize() ? (
                  <button
                    type="button"
                    className={css.resizer}
                    aria-label={t('resizeColumn', { column: label })}
                    data-resizing={h.column.getIsResizing()}
                    onMouseDown={h.getResizeHandler()}
                    onTouchStart={h.getResizeHandler()}
                    onDoubleClick={() => h.column.resetSize()}
                    onKeyDown={(e) => {
                      // Keyboard resizing: left/right arrows shrink or widen by 16px.
                      const delta = e.key === 'ArrowRight' ? 16 : e.key === 'ArrowLeft' ? -16 : 0;
                      if (!delta) return;
                      e.preventDefault();
                      table.setColumnSizing((s) => ({ ...s, [h.column.id]: Math.max(40, h.getSize() + delta) }));
                    }}
                  />
                ) : null}
              </th>
            );
          })}
        </tr>
      ))}
    </thead>
  );
});

interface BenchRowProps {
  row: EngineerRow;
  index: number;
  start: number;
  active: boolean;
  selected: boolean;
  /** Visible columns and their widths (a new array only when they change: then every row redraws). */
  columns: ShownColumn[];
  width: number;
  onActivate: (index: number) => void;
  onToggle: (id: string) => void;
  words: CellWords;
}

/**
 * One table row. Memoized: while scrolling, rows that stay on screen keep their props (a row's offset
 * depends only on its index), so React renders only the rows that enter the window.
 */
const BenchRow = memo(function BenchRow({ row, index, start, active, selected, columns, width, onActivate, onToggle, words }: BenchRowProps) {
  return (
    <tr
      id={`row-${row.id}`}
      data-active={active}
      data-selected={selected}
      aria-rowindex={index + 2}
      aria-selected={selected}
      style={{ transform: `translateY(${start}px)`, width }}
      onClick={() => onActivate(index)}
      data-testid="bench-row"
    >
      {columns.map(({ column, size }) => (
        <td key={column.id} style={{ width: size }}>
          {column.cell(row, selected, onToggle, words)}
        </td>
      ))}
    </tr>
  );
});

/** A row whose block is on its way: its place and height, empty cells, until the engineer arrives. */
function PendingRow({ index, start, columns, width }: { index: number; start: number; columns: ShownColumn[]; width: number }) {
  return (
    <tr aria-rowindex={index + 2} aria-busy="true" style={{ transform: `translateY(${start}px)`, width }} data-testid="bench-row-pending">
      {columns.map(({ column, size }) => <td key={column.id} style={{ width: size }} />)}
    </tr>
  );
}
