// The Bench table's columns: label, width and how a row shows in the cell (what a column sorts by is
// shared/bench-view/sort-keys.ts: the service sorts the whole view). Cells
// render plain text (React escapes it) or one plain element styled by cells.module.css; the name links
// to the profile. TanStack Table gets the column definitions (header, sizing, visibility, sort state);
// rows are drawn from these functions directly (see BenchTable for why).
import type { ColumnDef } from '@tanstack/react-table';
import type { ParseKeys, TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { EngineerRow } from '../../../shared/api/engineer-rows';
import { isSortColumn } from '../../../shared/bench-view/sort-keys';
import type { useFormat } from '../../i18n/useFormat';
import { SENIORITY_WORD, VETTING_STATUS_WORD } from '../../../shared/vetting/rubric';
import { AVAILABILITY_LABEL } from '../../components/labels';
import classes from './cells.module.css';
import type { MatchField, MatchReason } from '../../../shared/search/why';

/**
 * What a cell needs to speak the user's language. The table builds it once per language and hands it
 * to every row, so rows redraw when the language changes and not otherwise.
 */
export interface CellWords {
  t: TFunction<['bench', 'rubric']>;
  f: ReturnType<typeof useFormat>;
}

export interface BenchColumn {
  id: string;
  /** The header's catalog key (also the Columns menu's label). */
  label: ParseKeys<['bench']>;
  size: number;
  /** The first click sorts descending (numbers: biggest first), as TanStack does for numeric columns. */
  descFirst?: boolean;
  /** Always shown (not offered in the Columns menu). */
  fixed?: boolean;
  cell: (r: EngineerRow, selected: boolean, onToggle: (id: string) => void, w: CellWords) => ReactNode;
}

/** A text column showing `get(row)`. */
function text(id: string, label: BenchColumn['label'], size: number, get: (r: EngineerRow) => string | undefined): BenchColumn {
  return { id, label, size, cell: (r) => get(r) ?? '' };
}

export const BENCH_COLUMNS: readonly BenchColumn[] = [
  {
    id: 'select', label: 'bench:column.select', size: 44, fixed: true,
    cell: (r, selected, onToggle, w) => (
      <input type="checkbox" className={classes.check} aria-label={w.t('bench:selectRow', { name: r.name })} checked={selected} onChange={() => onToggle(r.id)} tabIndex={-1} />
    ),
  },
  {
    id: 'name', label: 'bench:column.name', size: 200, fixed: true,
    cell: (r, _s, _o, w) => (
      <>
        <Link to={`/engineers/${encodeURIComponent(r.id)}`} className={classes.name} tabIndex={-1} data-testid="engineer-link">{markedName(r.name, matchedOf(r))}</Link>
        {'why' in r && r.why ? <span className={classes.why} title={String(r.why)} data-testid="match-why">{String(r.why)}</span> : null}
        {fieldWhy(matchedOf(r), w) ? <span className={classes.why} title={fieldWhy(matchedOf(r), w)} data-testid="match-field">{fieldWhy(matchedOf(r), w)}</span> : null}
      </>
    ),
  },
  text('country', 'bench:column.country', 90, (r) => r.country),
  text('city', 'bench:column.city', 130, (r) => r.city),
  { id: 'seniority', label: 'bench:column.seniority', size: 100, cell: (r, _s, _o, w) => w.t(SENIORITY_WORD[r.seniority]) },
  // The bill rate next to seniority: what an account manager reads first, and in view on a 1024 px window.
  {
    id: 'billPerHour', label: 'bench:column.billPerHour', size: 110, descFirst: true,
    cell: (r, _s, _o, w) => (r.billPerHour === undefined ? '' : w.t('bench:ratePerHour', { amount: Math.round(r.billPerHour), currency: r.currency ?? 'USD' })),
  },
  text('primaryRole', 'bench:column.primaryRole', 160, (r) => r.primaryRole),
  text('skills', 'bench:column.skills', 260, (r) => r.skills.slice(0, 4).join(', ')),
  text('english', 'bench:column.english', 80, (r) => r.english),
  {
    id: 'availability', label: 'bench:column.availability', size: 130,
    cell: (r, _s, _o, w) => (r.availability ? <span className={classes.badge} data-available={r.availability === 'available' || undefined}>{w.t(AVAILABILITY_LABEL[r.availability])}</span> : null),
  },
  { id: 'vetting', label: 'bench:column.vetting', size: 100, cell: (r, _s, _o, w) => (r.vetting ? w.t(VETTING_STATUS_WORD[r.vetting]) : '') },
  text('timeZone', 'bench:column.timeZone', 180, (r) => r.timeZone),
  { id: 'yearsExperience', label: 'bench:column.yearsExperience', size: 70, descFirst: true, cell: (r, _s, _o, w) => (r.yearsExperience === undefined ? '' : w.f.number(r.yearsExperience)) },
  text('tags', 'bench:column.tags', 160, (r) => r.tags.join(', ')),
];

export const COLUMN_BY_ID: ReadonlyMap<string, BenchColumn> = new Map(BENCH_COLUMNS.map((c) => [c.id, c]));

/** TanStack's view of the columns: header, width and resizing, visibility, sort direction cycle. */
export const COLUMN_DEFS: ColumnDef<EngineerRow>[] = BENCH_COLUMNS.map((c) => ({
  id: c.id,
  // The header is drawn from the column's label key in the user's language (BenchTable).
  header: c.id,
  size: c.size,
  enableSorting: isSortColumn(c.id),
  // TanStack lets a column sort only when it has an accessor; the service sorts (manualSorting), so the
  // value is never read.
  accessorFn: () => null,
  enableResizing: c.id !== 'select',
  enableHiding: !c.fixed,
  sortDescFirst: c.descFirst === true,
}));

/** Hidden until chosen: the table starts with what an account manager scans first. */
export const DEFAULT_HIDDEN = { city: false, timeZone: false, tags: false, yearsExperience: false } as const;

/** The search's field reasons a row carries (useBenchPage attaches them to the rows it shows). */
function matchedOf(r: object): MatchReason[] {
  return 'matched' in r && Array.isArray(r.matched) ? (r.matched as MatchReason[]) : [];
}

/** The name with the word the query matched marked ("rios" marks Ríos). */
function markedName(name: string, matched: MatchReason[]): ReactNode {
  const word = matched.find((m) => m.field === 'name')?.word;
  const at = word ? name.indexOf(word) : -1;
  if (!word || at < 0) return name;
  return <>{name.slice(0, at)}<mark className={classes.mark} data-testid="match-name">{word}</mark>{name.slice(at + word.length)}</>;
}

const FIELD_WHY = {
  skill: 'bench:why.skill', role: 'bench:why.role', tag: 'bench:why.tag', city: 'bench:why.city', summary: 'bench:why.summary',
} as const satisfies Record<Exclude<MatchField, 'name'>, string>;

/** The fields other than the name that the query matched, in words: "Skill: Python · City: Recife". */
function fieldWhy(matched: MatchReason[], w: CellWords): string {
  return matched.filter((m) => m.field !== 'name').map((m) => w.t(FIELD_WHY[m.field as Exclude<MatchField, 'name'>], { value: m.value })).join(' · ');
}
