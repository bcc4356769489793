// One ranked engineer: rank, name, score bar, overlap (hours and a band), skills matched / missing /
// related, the reasons, and the shortlist action. Expanding shows the score breakdown per component
// and the full overlap band. The row is plain elements styled by row.module.css (see there why); only
// the expanded details use Mantine.
import { Table, Text } from '@mantine/core';
import { IconCheck, IconChevronDown, IconChevronRight, IconPlus } from '@tabler/icons-react';
import { memo, type CSSProperties } from 'react';
import { Link } from 'react-router';
import type { Hours } from '../../../shared/bench/schema';
import { gapText } from '../../../shared/matching/failures';
import { useLanguage } from '../../i18n/useLanguage';
import type { NearMiss, RankedMatch } from '../../../shared/matching/rank';
import { OverlapBand } from '../../components/OverlapBand';
import { scoreColor } from '../../components/ScoreBar';
import { MiniOverlap } from './MiniOverlap';
import classes from './row.module.css';

export interface RowProps {
  row: RankedMatch | NearMiss;
  rank?: number;
  gap?: string;
  client: { timeZone?: string; coreHours?: Hours };
  asOf: string;
  expanded: boolean;
  shortlisted: boolean;
  /** Stable callbacks taking the engineer, so a memoized row re-renders only when its own data changes. */
  actions: RowActions;
}

export interface RowActions {
  /** Called with the row's element; returns the detach (React 19 ref cleanup). */
  register: (id: string, el: HTMLDivElement) => () => void;
  /** Expands or collapses; `row`, when given, gets the focus (a click on the chevron keeps the keys working). */
  toggle: (id: string, row?: HTMLDivElement | null) => void;
  shortlist: (id: string, name: string) => void;
  keyDown: (e: React.KeyboardEvent<HTMLDivElement>, id: string, name: string) => void;
}

export const MatchRow = memo(function MatchRow(props: RowProps) {
  const { row, rank, gap, client, asOf, expanded, shortlisted, actions } = props;
  const id = row.engineerId;
  const full = 'breakdown' in row ? row : null;
  const hours = row.zone;
  const letIn = full?.letIn;
  const lng = useLanguage();
  const s = row.skills;
  const score = Math.max(0, Math.min(100, row.score));
  return (
    <div
      className={classes.row} ref={(el) => (el ? actions.register(id, el) : undefined)} tabIndex={0} onKeyDown={(e) => actions.keyDown(e, id, row.name)} role="listitem"
      aria-label={`${rank ? `Rank ${rank}: ` : ''}${row.name}, score ${row.score}${shortlisted ? ', on the shortlist' : ''}`}
      data-testid={rank ? 'match-row' : 'near-miss-row'} data-engineer={id}
    >
      <div className={classes.line}>
        <button type="button" className={classes.toggle} onClick={(e) => actions.toggle(id, e.currentTarget.closest<HTMLDivElement>('[role="listitem"]'))} aria-expanded={expanded}
          aria-label={`${expanded ? 'Hide' : 'Show'} details for ${row.name}`} tabIndex={-1}>
          {expanded ? <IconChevronDown size={16} aria-hidden /> : <IconChevronRight size={16} aria-hidden />}
        </button>
        {rank ? <span className={classes.rank}>{rank}</span> : null}
        <div className={classes.main}>
          <div className={classes.head}>
            <Link to={`/engineers/${encodeURIComponent(id)}`} className={classes.name} tabIndex={-1}>{row.name}</Link>
            {shortlisted ? <span className={classes.badge} data-upper data-testid="on-shortlist">on shortlist</span> : null}
            {gap ? <span className={classes.badge} data-size="sm" data-color="orange" data-testid="near-miss-gap">{gap}</span> : null}
            {letIn ? <span className={classes.badge} data-size="sm" data-color="grape" data-testid="let-in" title="The saved role would not list this engineer">let in: {letIn.map((f) => gapText(f, lng)).join('; ')}</span> : null}
          </div>
          <div className={classes.chips}>
            {s.matched.map((m) => <span key={m.name} className={classes.badge} data-variant={m.required ? undefined : 'outline'} data-color="teal">{m.name} {m.level}/5{m.verifiedOn ? ' ✓' : ''}</span>)}
            {s.missing.map((m) => <span key={m.name} className={classes.badge} data-variant="outline" data-color={m.required ? 'red' : 'gray'}>no {m.name}</span>)}
            {s.related.map((r) => <span key={r.wanted + r.via} className={classes.badge} data-color="grape">{r.via} ~ {r.wanted}</span>)}
          </div>
          {full ? <div className={classes.reasons} data-clamp={expanded ? undefined : true} data-testid="reasons">{full.reasons.join(' · ')}</div> : null}
        </div>
        <div className={classes.side}>
          <div className={classes.pair}>
            <div className={classes.bar} role="progressbar" aria-label={`Score of ${row.name}: ${score.toFixed(1)} of 100`} aria-valuemin={0} aria-valuemax={100} aria-valuenow={score}>
              <div className={classes.fill} style={{ width: `${score}%`, '--bar-color': `var(--mantine-color-${scoreColor(score)}-filled)` } as CSSProperties} />
            </div>
            <span className={classes.score}>{score.toFixed(1)}</span>
          </div>
          <div className={classes.pair}>
            <span className={classes.hours}>{row.overlapHours === null ? 'overlap ?' : `${row.overlapHours} h`}</span>
            <MiniOverlap engineer={hours} client={client} date={asOf} />
          </div>
        </div>
        <button type="button" className={classes.add} onClick={() => actions.shortlist(id, row.name)} disabled={shortlisted} tabIndex={-1}
          title={shortlisted ? 'Already on the shortlist' : 'Add to the shortlist (S)'}
          aria-label={shortlisted ? `${row.name} is on the shortlist` : `Add ${row.name} to the shortlist`} data-testid="add-to-shortlist">
          {shortlisted ? <IconCheck size={14} aria-hidden /> : <IconPlus size={14} aria-hidden />}
          {shortlisted ? 'Listed' : 'Shortlist'}
        </button>
      </div>
      {expanded ? (
        <div className={classes.details} data-testid="row-details">
          {full ? (
            <Table withRowBorders={false} aria-label={`Score breakdown for ${row.name}`} data-testid="breakdown">
              <Table.Thead><Table.Tr><Table.Th>Component</Table.Th><Table.Th>Weight</Table.Th><Table.Th>Value</Table.Th><Table.Th>Points</Table.Th><Table.Th>Why</Table.Th></Table.Tr></Table.Thead>
              <Table.Tbody>
                {full.breakdown.map((b) => (
                  <Table.Tr key={b.key} c={b.applies ? undefined : 'dimmed'}>
                    <Table.Td>{b.label}</Table.Td>
                    <Table.Td>{b.weight}</Table.Td>
                    <Table.Td>{b.value === null ? 'n/a' : b.value.toFixed(2)}</Table.Td>
                    <Table.Td>{b.points.toFixed(1)}</Table.Td>
                    <Table.Td><Text size="xs">{b.reason}</Text></Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          ) : null}
          <OverlapBand engineer={hours} client={client} date={asOf} label={`Overlap of ${row.name} with the client`} />
        </div>
      ) : null}
    </div>
  );
});
