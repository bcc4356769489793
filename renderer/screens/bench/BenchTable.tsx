// The whole bench in one virtualized table (TanStack Table + Virtual): only the visible rows are in the
// DOM, so 100k rows scroll like 100. Sorting, resizing, column choice and multi-select are TanStack's;
// keyboard: arrows / Page / Home / End move the active row, Enter opens it, Space selects it.
import { Box, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import {
  createRow, flexRender, getSortedRowModel, useReactTable, type RowModel,
  type OnChangeFn, type Row, type RowSelectionState, type SortingState, type Table, type VisibilityState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import type { EngineerRow } from '../../../shared/api/engineers';
import { COLUMNS } from './columns';

const ROW_HEIGHT = 34;

/**
 * TanStack's core row model, keeping one Row per engineer row object across data changes. Each search
 * answer hands the table a new array of (mostly the same) engineer rows; the stock model would build up
 * to 10k new Row objects, with their memo closures, per keystroke. Here a Row is made once per engineer
 * and reused, only its index (its place in the current answer, which sorting ties fall back to) is
 * updated, and memoized table rows that stay on screen keep their props.
 */
function reusedCoreRowModel(table: Table<EngineerRow>): () => RowModel<EngineerRow> {
  const made = new WeakMap<EngineerRow, Row<EngineerRow>>();
  let lastData: EngineerRow[] | undefined;
  let last: RowModel<EngineerRow> = { rows: [], flatRows: [], rowsById: {} };
  return () => {
    const data = table.options.data;
    if (data === lastData) return last;
    const rows = new Array<Row<EngineerRow>>(data.length);
    const rowsById: Record<string, Row<EngineerRow>> = {};
    for (let i = 0; i < data.length; i++) {
      const original = data[i]!;
      let row = made.get(original);
      if (!row) {
        row = createRow(table, original.id, original, i, 0);
        made.set(original, row);
      }
      row.index = i;
      rows[i] = row;
      rowsById[row.id] = row;
    }
    lastData = data;
    last = { rows, flatRows: rows, rowsById };
    return last;
  };
}

export interface BenchTableProps {
  rows: EngineerRow[];
  sorting: SortingState;
  onSortingChange: OnChangeFn<SortingState>;
  columnVisibility: VisibilityState;
  onColumnVisibilityChange: OnChangeFn<VisibilityState>;
  rowSelection: RowSelectionState;
  onRowSelectionChange: OnChangeFn<RowSelectionState>;
  height: number;
}

export const BenchTable = memo(function BenchTable(props: BenchTableProps) {
  const navigate = useNavigate();
  const table = useReactTable({
    data: props.rows,
    columns: COLUMNS,
    getRowId: (r) => r.id,
    state: { sorting: props.sorting, columnVisibility: props.columnVisibility, rowSelection: props.rowSelection },
    onSortingChange: props.onSortingChange,
    onColumnVisibilityChange: props.onColumnVisibilityChange,
    onRowSelectionChange: props.onRowSelectionChange,
    enableRowSelection: true,
    columnResizeMode: 'onChange',
    getCoreRowModel: reusedCoreRowModel,
    getSortedRowModel: getSortedRowModel(),
  });
  const rows = table.getRowModel().rows;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const [active, setActive] = useState(0);
  useEffect(() => setActive((a) => Math.min(a, Math.max(0, rows.length - 1))), [rows.length]);

  function move(to: number) {
    const next = Math.max(0, Math.min(rows.length - 1, to));
    setActive(next);
    virtualizer.scrollToIndex(next, { align: 'auto' });
  }

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (e.target !== e.currentTarget || rows.length === 0) return;
    const page = Math.max(1, Math.floor(props.height / ROW_HEIGHT) - 1);
    const row = rows[active];
    switch (e.key) {
      case 'ArrowDown': move(active + 1); break;
      case 'ArrowUp': move(active - 1); break;
      case 'PageDown': move(active + page); break;
      case 'PageUp': move(active - page); break;
      case 'Home': move(0); break;
      case 'End': move(rows.length - 1); break;
      case 'Enter': if (row) navigate(`/engineers/${encodeURIComponent(row.original.id)}`); break;
      case ' ': row?.toggleSelected(); break;
      default: return;
    }
    e.preventDefault();
  }

  const totalWidth = table.getTotalSize();
  const activeRow = rows[active];
  const state = table.getState();
  // Column layout as one string: rows re-render when a width or the visible set changes, and only then.
  const layout = table.getVisibleLeafColumns().map((c) => `${c.id}:${c.getSize()}`).join(',');
  const onActivate = useCallback((index: number) => setActive(index), []);
  return (
    <Box
      ref={scrollRef}
      h={props.height}
      style={{ overflow: 'auto', position: 'relative', border: '1px solid var(--mantine-color-default-border)', borderRadius: 4 }}
      tabIndex={0}
      role="group"
      aria-label="Engineers table. Arrow keys move, Enter opens, Space selects."
      aria-activedescendant={activeRow ? `row-${activeRow.id}` : undefined}
      onKeyDown={onKeyDown}
      data-testid="bench-table-scroll"
    >
      <table className="bm-table" style={{ width: totalWidth }} aria-rowcount={rows.length + 1}>
        <BenchHead
          table={table}
          layout={layout}
          sorting={state.sorting}
          resizing={state.columnSizingInfo.isResizingColumn}
          allSelected={table.getIsAllRowsSelected()}
          someSelected={table.getIsSomeRowsSelected()}
        />
        <tbody style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((v) => {
            const row = rows[v.index]!;
            return (
              <BenchRow
                key={row.id}
                row={row}
                index={v.index}
                start={v.start}
                active={v.index === active}
                selected={row.getIsSelected()}
                layout={layout}
                width={totalWidth}
                onActivate={onActivate}
              />
            );
          })}
        </tbody>
      </table>
      {rows.length === 0 ? <Text p="md" c="dimmed" size="sm">No engineers match.</Text> : null}
    </Box>
  );
});

interface BenchHeadProps {
  table: Table<EngineerRow>;
  /** The props below stand for the table state the header shows, so the memo knows when to redraw. */
  layout: string;
  sorting: SortingState;
  resizing: string | false;
  allSelected: boolean;
  someSelected: boolean;
}

/** The header row: redrawn when sorting, widths, visibility or the select-all box change, not on scroll. */
const BenchHead = memo(function BenchHead({ table }: BenchHeadProps) {
  return (
    <thead>
      {table.getHeaderGroups().map((hg) => (
        <tr key={hg.id}>
          {hg.headers.map((h) => {
            const sorted = h.column.getIsSorted();
            return (
              <th key={h.id} style={{ width: h.getSize() }} aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}>
                {h.column.getCanSort() ? (
                  <UnstyledButton onClick={h.column.getToggleSortingHandler()} fz="sm" fw={600} style={{ display: 'flex', alignItems: 'center', gap: 4 }}>
                    {flexRender(h.column.columnDef.header, h.getContext())}
                    {sorted === 'asc' ? <IconArrowUp size={14} aria-hidden /> : sorted === 'desc' ? <IconArrowDown size={14} aria-hidden /> : null}
                  </UnstyledButton>
                ) : (
                  flexRender(h.column.columnDef.header, h.getContext())
                )}
                {h.column.getCanResize() ? (
                  <button
                    type="button"
                    className="bm-resizer"
                    aria-label={`Resize column ${String(h.column.columnDef.header)}`}
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
  row: Row<EngineerRow>;
  index: number;
  start: number;
  active: boolean;
  selected: boolean;
  /** Visible columns and their widths (see BenchTable): a change redraws every row. */
  layout: string;
  width: number;
  onActivate: (index: number) => void;
}

/**
 * One table row. Memoized: while scrolling, rows that stay on screen keep their props (a row's offset
 * depends only on its index), so React renders only the rows that enter the window.
 */
const BenchRow = memo(function BenchRow({ row, index, start, active, selected, width, onActivate }: BenchRowProps) {
  return (
    <tr
      id={`row-${row.id}`}
      data-index={index}
      data-active={active}
      data-selected={selected}
      aria-rowindex={index + 2}
      aria-selected={selected}
      // contain: each row's layout and paint stay inside it, so a row entering does not relayout the rest.
      style={{ transform: `translateY(${start}px)`, width, contain: 'layout paint style' }}
      onClick={() => onActivate(index)}
      data-testid="bench-row"
    >
      {row.getVisibleCells().map((cell) => (
        <td key={cell.id} style={{ width: cell.column.getSize() }}>
          {flexRender(cell.column.columnDef.cell, cell.getContext())}
        </td>
      ))}
    </tr>
  );
});
