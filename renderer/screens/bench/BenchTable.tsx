// The whole bench in one virtualized table (TanStack Table + Virtual): only the visible rows are in the
// DOM, so 100k rows scroll like 100. Sorting, resizing, column choice and multi-select are TanStack's;
// keyboard: arrows / Page / Home / End move the active row, Enter opens it, Space selects it.
import { Box, Text, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import {
  flexRender, getCoreRowModel, getSortedRowModel, useReactTable,
  type OnChangeFn, type RowSelectionState, type SortingState, type VisibilityState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { memo, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import type { EngineerRow } from '../../../shared/api/engineers';
import { COLUMNS } from './columns';

const ROW_HEIGHT = 34;

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
    getCoreRowModel: getCoreRowModel(),
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
        <tbody style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((v) => {
            const row = rows[v.index]!;
            return (
              <tr
                key={row.id}
                id={`row-${row.id}`}
                data-index={v.index}
                data-active={v.index === active}
                data-selected={row.getIsSelected()}
                aria-rowindex={v.index + 2}
                aria-selected={row.getIsSelected()}
                style={{ transform: `translateY(${v.start}px)`, width: totalWidth }}
                onClick={() => setActive(v.index)}
                data-testid="bench-row"
              >
                {row.getVisibleCells().map((cell) => (
                  <td key={cell.id} style={{ width: cell.column.getSize() }}>
                    {flexRender(cell.column.columnDef.cell, cell.getContext())}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
      {rows.length === 0 ? <Text p="md" c="dimmed" size="sm">No engineers match.</Text> : null}
    </Box>
  );
});
