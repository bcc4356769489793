// The Bench table's columns: label, width, how a row shows in the cell, and the key it sorts by. Cells
// render plain text (React escapes it) or one plain element styled by cells.module.css; the name links
// to the profile. TanStack Table gets the column definitions (header, sizing, visibility, sort state);
// rows are drawn and sorted from these functions directly (see BenchTable and sort.ts for why).
import type { ColumnDef } from '@tanstack/react-table';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { EngineerRow } from '../../../shared/api/engineer-rows';
import classes from './cells.module.css';

const money = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

export interface BenchColumn {
  id: string;
  label: string;
  size: number;
  /** What the column sorts by; a column without one is not sortable. */
  sortKey?: (r: EngineerRow) => string | number;
  /** The first click sorts descending (numbers: biggest first), as TanStack does for numeric columns. */
  descFirst?: boolean;
  /** Always shown (not offered in the Columns menu). */
  fixed?: boolean;
  cell: (r: EngineerRow, selected: boolean, onToggle: (id: string) => void) => ReactNode;
}

const SENIORITY_ORDER = { junior: 1, mid: 2, senior: 3, lead: 4 } as const;
const lower = (s: string | undefined) => (s ?? '').toLowerCase();

/** A text column showing `get(row)` and sorting by it, case-insensitively. */
function text(id: string, label: string, size: number, get: (r: EngineerRow) => string | undefined, sortable = true): BenchColumn {
  return { id, label, size, ...(sortable ? { sortKey: (r: EngineerRow) => lower(get(r)) } : {}), cell: (r) => get(r) ?? '' };
}

export const BENCH_COLUMNS: readonly BenchColumn[] = [
  {
    id: 'select', label: 'Select', size: 44, fixed: true,
    cell: (r, selected, onToggle) => (
      <input type="checkbox" className={classes.check} aria-label={`Select ${r.name}`} checked={selected} onChange={() => onToggle(r.id)} tabIndex={-1} />
    ),
  },
  {
    id: 'name', label: 'Name', size: 200, fixed: true, sortKey: (r) => lower(r.name),
    cell: (r) => (
      <>
        <Link to={`/engineers/${encodeURIComponent(r.id)}`} className={classes.name} tabIndex={-1} data-testid="engineer-link">{r.name}</Link>
        {'why' in r && r.why ? <span className={classes.why} title={String(r.why)} data-testid="match-why">{String(r.why)}</span> : null}
      </>
    ),
  },
  text('country', 'Country', 90, (r) => r.country),
  text('city', 'City', 130, (r) => r.city),
  { id: 'seniority', label: 'Seniority', size: 100, sortKey: (r) => SENIORITY_ORDER[r.seniority], cell: (r) => r.seniority },
  text('primaryRole', 'Role', 160, (r) => r.primaryRole),
  text('skills', 'Top skills', 260, (r) => r.skills.slice(0, 4).join(', '), false),
  text('english', 'English', 80, (r) => r.english),
  {
    id: 'availability', label: 'Availability', size: 130, sortKey: (r) => r.availability ?? '',
    cell: (r) => (r.availability ? <span className={classes.badge} data-available={r.availability === 'available' || undefined}>{r.availability.replace('_', ' ')}</span> : null),
  },
  text('vetting', 'Vetting', 100, (r) => r.vetting),
  {
    id: 'billPerHour', label: 'Bill rate', size: 100, descFirst: true, sortKey: (r) => r.billPerHour ?? -1,
    cell: (r) => (r.billPerHour === undefined ? '' : `${money.format(r.billPerHour)} ${r.currency ?? 'USD'}/h`),
  },
  text('timeZone', 'Time zone', 180, (r) => r.timeZone),
  { id: 'yearsExperience', label: 'Years', size: 70, descFirst: true, sortKey: (r) => r.yearsExperience ?? -1, cell: (r) => r.yearsExperience ?? '' },
  text('tags', 'Tags', 160, (r) => r.tags.join(', '), false),
];

export const COLUMN_BY_ID: ReadonlyMap<string, BenchColumn> = new Map(BENCH_COLUMNS.map((c) => [c.id, c]));

/** TanStack's view of the columns: header, width and resizing, visibility, sort direction cycle. */
export const COLUMN_DEFS: ColumnDef<EngineerRow>[] = BENCH_COLUMNS.map((c) => ({
  id: c.id,
  header: c.label,
  size: c.size,
  enableSorting: c.sortKey !== undefined,
  enableResizing: c.id !== 'select',
  enableHiding: !c.fixed,
  sortDescFirst: c.descFirst === true,
}));

/** Hidden until chosen: the table starts with what an account manager scans first. */
export const DEFAULT_HIDDEN = { city: false, timeZone: false, tags: false, yearsExperience: false } as const;
