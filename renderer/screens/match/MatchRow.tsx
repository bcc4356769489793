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
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../i18n/useFormat';
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
  const { t } = useTranslation(['match']);
  const f = useFormat();
  const lng = useLanguage();
  const s = row.skills;
  const label = rank ? t('row.labelRank', { rank, name: row.name, score: row.score }) : t('row.label', { name: row.name, score: row.score });
  const score = Math.max(0, Math.min(100, row.score));
  return (
    <div
      className={classes.row} ref={(el) => (el ? actions.register(id, el) : undefined)} tabIndex={0} onKeyDown={(e) => actions.keyDown(e, id, row.name)} role="listitem"
      aria-label={shortlisted ? t('row.onShortlistSuffix', { label }) : label}
      data-testid={rank ? 'match-row' : 'near-miss-row'} data-engineer={id}
    >
      <div className={classes.line}>
        <button type="button" className={classes.toggle} onClick={(e) => actions.toggle(id, e.currentTarget.closest<HTMLDivElement>('[role="listitem"]'))} aria-expanded={expanded}
          aria-label={expanded ? t('row.hide', { name: row.name }) : t('row.show', { name: row.name })} tabIndex={-1}>
          {expanded ? <IconChevronDown size={16} aria-hidden /> : <IconChevronRight size={16} aria-hidden />}
        </button>
        {rank ? <span className={classes.rank}>{rank}</span> : null}
        <div className={classes.main}>
          <div className={classes.head}>
            <Link to={`/engineers/${encodeURIComponent(id)}`} className={classes.name} tabIndex={-1}>{row.name}</Link>
            {shortlisted ? <span className={classes.badge} data-upper data-testid="on-shortlist">{t('row.onShortlist')}</span> : null}
            {gap ? <span className={classes.badge} data-size="sm" data-color="orange" data-testid="near-miss-gap">{gap}</span> : null}
            {letIn ? <span className={classes.badge} data-size="sm" data-color="grape" data-testid="let-in" title={t('row.letInTitle')}>{t('row.letIn', { gaps: letIn.map((f) => gapText(f, lng)).join('; ') })}</span> : null}
          </div>
          <div className={classes.chips}>
            {s.matched.map((m) => <span key={m.name} className={classes.badge} data-variant={m.required ? undefined : 'outline'} data-color="teal">{t('row.skillLevel', { skill: m.name, level: m.level })}{m.verifiedOn ? ' ✓' : ''}</span>)}
            {s.missing.map((m) => <span key={m.name} className={classes.badge} data-variant="outline" data-color={m.required ? 'red' : 'gray'}>{t('row.missing', { skill: m.name })}</span>)}
            {s.related.map((r) => <span key={r.wanted + r.via} className={classes.badge} data-color="grape">{r.via} ~ {r.wanted}</span>)}
          </div>
          {full ? <div className={classes.reasons} data-clamp={expanded ? undefined : true} data-testid="reasons">{full.reasons.join(' · ')}</div> : null}
        </div>
        <div className={classes.side}>
          <div className={classes.pair}>
            <div className={classes.bar} role="progressbar" aria-label={t('row.scoreOf', { name: row.name, score })} aria-valuemin={0} aria-valuemax={100} aria-valuenow={score}>
              <div className={classes.fill} style={{ width: `${score}%`, '--bar-color': `var(--mantine-color-${scoreColor(score)}-filled)` } as CSSProperties} />
            </div>
            <span className={classes.score}>{f.number(score, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}</span>
          </div>
          <div className={classes.pair}>
            <span className={classes.hours}>{row.overlapHours === null ? t('row.overlapUnknown') : t('row.hours', { n: row.overlapHours })}</span>
            <MiniOverlap engineer={hours} client={client} date={asOf} />
          </div>
        </div>
        <button type="button" className={classes.add} onClick={() => actions.shortlist(id, row.name)} disabled={shortlisted} tabIndex={-1}
          title={shortlisted ? t('row.alreadyListed') : t('row.addTitle')}
          aria-label={shortlisted ? t('row.isListed', { name: row.name }) : t('row.add', { name: row.name })} data-testid="add-to-shortlist">
          {shortlisted ? <IconCheck size={14} aria-hidden /> : <IconPlus size={14} aria-hidden />}
          {shortlisted ? t('row.listed') : t('row.shortlist')}
        </button>
      </div>
      {expanded ? (
        <div className={classes.details} data-testid="row-details">
          {full ? (
            <Table withRowBorders={false} aria-label={t('row.breakdown', { name: row.name })} data-testid="breakdown">
              <Table.Thead><Table.Tr><Table.Th>{t('row.component')}</Table.Th><Table.Th>{t('row.weight')}</Table.Th><Table.Th>{t('row.value')}</Table.Th><Table.Th>{t('row.points')}</Table.Th><Table.Th>{t('row.why')}</Table.Th></Table.Tr></Table.Thead>
              <Table.Tbody>
                {full.breakdown.map((b) => (
                  <Table.Tr key={b.key} c={b.applies ? undefined : 'dimmed'}>
                    <Table.Td>{b.label}</Table.Td>
                    <Table.Td>{f.number(b.weight)}</Table.Td>
                    <Table.Td>{b.value === null ? t('row.na') : f.number(b.value, { minimumFractionDigits: 2, maximumFractionDigits: 2 })}</Table.Td>
                    <Table.Td>{f.number(b.points, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}</Table.Td>
                    <Table.Td><Text size="xs">{b.reason}</Text></Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          ) : null}
          <OverlapBand engineer={hours} client={client} date={asOf} label={t('row.overlapWith', { name: row.name })} />
        </div>
      ) : null}
    </div>
  );
});
