// The Bench table's columns. Cells render plain text (React escapes it); the name links to the profile.
// Row cells are plain elements styled by cells.module.css (see there why); the header keeps Mantine's.
import { Checkbox } from '@mantine/core';
import type { ColumnDef } from '@tanstack/react-table';
import { Link } from 'react-router';
import type { EngineerRow } from '../../../shared/api/engineers';
import classes from './cells.module.css';

const money = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

export const COLUMN_LABELS: Record<string, string> = {
  select: 'Select',
  name: 'Name',
  country: 'Country',
  city: 'City',
  seniority: 'Seniority',
  primaryRole: 'Role',
  skills: 'Top skills',
  english: 'English',
  availability: 'Availability',
  vetting: 'Vetting',
  billPerHour: 'Bill rate',
  timeZone: 'Time zone',
  yearsExperience: 'Years',
  tags: 'Tags',
};

const SENIORITY_ORDER = { junior: 1, mid: 2, senior: 3, lead: 4 } as const;

export const COLUMNS: ColumnDef<EngineerRow>[] = [
  {
    id: 'select',
    size: 44,
    enableSorting: false,
    enableResizing: false,
    enableHiding: false,
    header: ({ table }) => (
      <Checkbox
        size="xs"
        aria-label="Select all shown engineers"
        checked={table.getIsAllRowsSelected()}
        indeterminate={table.getIsSomeRowsSelected()}
        onChange={table.getToggleAllRowsSelectedHandler()}
      />
    ),
    cell: ({ row }) => (
      <input type="checkbox" className={classes.check} aria-label={`Select ${row.original.name}`} checked={row.getIsSelected()} onChange={row.getToggleSelectedHandler()} tabIndex={-1} />
    ),
  },
  {
    id: 'name',
    accessorKey: 'name',
    header: 'Name',
    size: 200,
    enableHiding: false,
    cell: ({ row }) => (
      <Link to={`/engineers/${encodeURIComponent(row.original.id)}`} className={classes.name} tabIndex={-1} data-testid="engineer-link">
        {row.original.name}
      </Link>
    ),
  },
  { id: 'country', accessorKey: 'country', header: 'Country', size: 90 },
  { id: 'city', accessorFn: (r) => r.city ?? '', header: 'City', size: 130 },
  {
    id: 'seniority', accessorKey: 'seniority', header: 'Seniority', size: 100,
    sortingFn: (a, b) => SENIORITY_ORDER[a.original.seniority] - SENIORITY_ORDER[b.original.seniority],
  },
  { id: 'primaryRole', accessorFn: (r) => r.primaryRole ?? '', header: 'Role', size: 160 },
  { id: 'skills', accessorFn: (r) => r.skills.slice(0, 4).join(', '), header: 'Top skills', size: 260, enableSorting: false },
  { id: 'english', accessorFn: (r) => r.english ?? '', header: 'English', size: 80 },
  {
    id: 'availability', accessorFn: (r) => r.availability ?? '', header: 'Availability', size: 130,
    cell: ({ row }) => (row.original.availability ? <span className={classes.badge} data-available={row.original.availability === 'available' || undefined}>{row.original.availability.replace('_', ' ')}</span> : null),
  },
  { id: 'vetting', accessorFn: (r) => r.vetting ?? '', header: 'Vetting', size: 100 },
  {
    id: 'billPerHour', accessorFn: (r) => r.billPerHour ?? -1, header: 'Bill rate', size: 100,
    cell: ({ row }) => (row.original.billPerHour === undefined ? '' : `${money.format(row.original.billPerHour)} ${row.original.currency ?? 'USD'}/h`),
  },
  { id: 'timeZone', accessorKey: 'timeZone', header: 'Time zone', size: 180 },
  { id: 'yearsExperience', accessorFn: (r) => r.yearsExperience ?? -1, header: 'Years', size: 70, cell: ({ row }) => row.original.yearsExperience ?? '' },
  { id: 'tags', accessorFn: (r) => r.tags.join(', '), header: 'Tags', size: 160, enableSorting: false },
];

/** Hidden until chosen: the table starts with what an account manager scans first. */
export const DEFAULT_HIDDEN = { city: false, timeZone: false, tags: false, yearsExperience: false } as const;
