// Match: the bench ranked against a role. The ranked list (score bar, breakdown on expand, reasons,
// skills, overlap band), near misses grouped by the constraint they fail with a one-click what-if,
// an as-of date, and the shortlist one key away (S on a focused row). Results refresh without a reload
// when the role, the bench or an assessment changes (the app's change notification).
// Speed (issue 5 figures): a what-if asks the server at the click, before anything re-renders; the rows
// are memoized plain elements keyed by engineer; a new answer paints its first rows in one frame while
// the rest of the list and the near misses wait hidden but mounted (<Activity>), never emptied.
import { Alert, Anchor, Button, Group, Select, Stack, Text, Title } from '@mantine/core';
import { IconDeviceFloppy, IconX } from '@tabler/icons-react';
import { Activity, startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type { MatchAnswer } from '../../../shared/api/match';
import type { ShortlistView } from '../../../shared/api/shortlists';
import { isValidDate, todayLocal } from '../../../shared/bench/dates';
import { relaxFor, type NearMissGroup, type WhatIfChange, type WhatIfStep } from '../../../shared/matching/near-miss-groups';
import type { NearMiss, RankedMatch } from '../../../shared/matching/rank';
import { applyRelax, type Relax } from '../../../shared/matching/relax';
import { changeText } from '../../../shared/matching/words';
import { api } from '../../api/client';
import { onBenchChanged } from '../../api/changes';
import { ErrorView } from '../../components/ErrorView';
import { ROLE_STATUS_LABEL } from '../../components/labels';
import { ScarceSkills } from '../../components/ScarceSkills';
import { ScoreLegend } from '../../components/ScoreBar';
import { EmptyState, LoadingView } from '../../components/States';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useLanguage } from '../../i18n/useLanguage';
import { MatchHeader } from './MatchHeader';
import { MatchRow, type RowActions } from './MatchRow';
import { NearMisses } from './NearMisses';

/** Rows listed per section: enough to pick from. */
export const MATCH_TOP = 100;
/** Rows of a new answer painted first (a screenful and more). The rest of the list and the near misses
 * follow once that frame is painted; until then they stay mounted but hidden (<Activity>). */
const FIRST_PAINT = 10;

export function MatchScreen() {
  const { roleId } = useParams();
  const { t } = useTranslation(['match', 'roles']);
  const navigate = useNavigate();
  const roles = useApiQuery(() => api.listRoles({}), []);
  const options = (roles.data?.roles ?? []).map((r) => ({
    value: r.id,
    label: r.status !== 'open' ? t('roleOptionStatus', { role: r.title, client: r.clientName, status: t(ROLE_STATUS_LABEL[r.status]) }) : t('roleOption', { role: r.title, client: r.clientName }),
  }));
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={1} size="h2">{t('title')}</Title>
        <Select label={t('role')} placeholder={t('chooseRole')} data={options} value={roleId ?? null} searchable w={420} allowDeselect={false}
          onChange={(v) => v && navigate(`/match/${encodeURIComponent(v)}`)} data-testid="match-role" />
      </Group>
      {roles.error ? <ErrorView error={roles.error} onRetry={roles.reload} /> : null}
      {!roleId ? (
        roles.data && !roles.data.roles.length
          ? <EmptyState title={t('noRoles')}>{t('noRolesBody')}</EmptyState>
          : <EmptyState title={t('chooseRole')}>{t('chooseRoleBody')}</EmptyState>
      ) : <RoleMatch key={roleId} roleId={roleId} />}
    </Stack>
  );
}

/** A what-if: the relaxed constraints (cumulative, said in the reader's language when drawn), named by the last group's code. */
interface WhatIf { code: string; changes: WhatIfChange[]; patch: Relax }

function RoleMatch({ roleId }: { roleId: string }) {
  const { t } = useTranslation(['match']);
  // The reasons and gap sentences come made from the service in this language: a switch asks again.
  const lng = useLanguage();
  const [params, setParams] = useSearchParams();
  const asOfParam = params.get('asOf') ?? '';
  const asOf = isValidDate(asOfParam) ? asOfParam : todayLocal();
  /** The what-if of the answer shown (set with that answer, so its banner and rows paint together). */
  const [relax, setRelax] = useState<WhatIf | null>(null);
  /** The answer shown; its first rows paint first. */
  const [result, setResult] = useState<MatchAnswer | null>(null);
  /** The last answer whose whole list is shown. The rest of the list and the near misses render from it:
   * while a new answer's first rows are painted they are hidden and unchanged, so React has nothing to
   * do for them in that frame. */
  const [full, setFull] = useState<MatchAnswer | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const [shortlist, setShortlist] = useState<ShortlistView | null>(null);
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  const [notice, setNotice] = useState<string | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  /** Counts answers shown, so a measurement (bench/suites/match-ui.ts) can tell a new list from the old one. */
  const [answer, setAnswer] = useState(0);
  /** The answer whose whole list is shown; behind `answer` for the one frame that paints the first rows. */
  const [whole, setWhole] = useState(0);
  const seq = useRef(0);
  const answers = useRef(0);
  // Our own shortlist changes refresh the shortlist marks only, not the ranking (which they do not change).
  const quiet = useRef(0);
  // The what-if in force, read by `load` at call time: a click sends its request before re-rendering.
  const relaxRef = useRef<WhatIf | null>(null);
  const listLoaded = useRef(false);

  // One round trip: the answer carries the saved role, its client, the preset, the rows with their zones
  // and hours, and the near-miss groups with their what-ifs.
  const load = useCallback(async (fresh = true) => {
    const mine = ++seq.current;
    const what = relaxRef.current;
    setLoading(true);
    try {
      // The shortlist marks come with the answer when they may have changed (a what-if cannot change them).
      const needList = fresh || !listLoaded.current;
      const [r, sl] = await Promise.all([
        api.match({ roleId, asOf, top: MATCH_TOP, lang: lng, ...(what ? { relax: what.patch } : {}) }),
        needList ? api.roleShortlist({ roleId }) : null,
      ]);
      if (mine !== seq.current) return;
      setRelax(what);
      setResult(r);
      if (sl) { setShortlist(sl.shortlist); listLoaded.current = true; }
      setError(null);
      const n = ++answers.current;
      setAnswer(n);
      // Once the first rows are on screen (two frames), the rest of the list and the near misses, in a
      // transition: they render in slices, so scrolling and clicks stay responsive.
      await new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(painted, 0))));
      if (mine !== seq.current) return;
      startTransition(() => {
        setFull(r);
        setWhole(n);
        setLoading(false);
      });
    } catch (e) {
      if (mine === seq.current) {
        setError(e);
        setLoading(false);
      }
    }
  }, [roleId, asOf, lng]);

  useEffect(() => void load(false), [load]);
  useEffect(() => onBenchChanged(() => {
    if (quiet.current > 0) {
      quiet.current--;
      void api.roleShortlist({ roleId }).then((s) => setShortlist(s.shortlist), setActionError);
    } else void load();
  }), [load, roleId]);

  /** Shows a what-if (or the saved role with null): the request leaves at the click; until its answer
   * the screen only says it is updating, then the banner and the new rows paint in one frame. */
  const whatIf = useCallback((next: WhatIf | null) => {
    relaxRef.current = next;
    void load(false);
  }, [load]);
  // Steps are patches against the role as ranked, so they pile up on the what-if in force.
  const addStep = useCallback((code: string, change: WhatIfChange, patch: Relax) => {
    const prev = relaxRef.current;
    whatIf({ code, changes: [...(prev?.changes ?? []), change], patch: { ...prev?.patch, ...patch } });
  }, [whatIf]);
  const onStep = useCallback((g: NearMissGroup, s: WhatIfStep) => addStep(g.code, s.change, s.relax), [addStep]);
  const ranked = useMemo(() => (result ? applyRelax(result.role, relax?.patch) : null), [result, relax]);
  const onSwap = useCallback((skill: string, to: string) => {
    if (!ranked) return;
    const change: WhatIfChange = { kind: 'swap_skill', skill, to };
    addStep(`swap:${skill}`, change, relaxFor(change, ranked));
  }, [ranked, addStep]);

  const onList = useMemo(() => new Set(shortlist?.entries.map((e) => e.engineerId) ?? []), [shortlist]);
  const client = useMemo(() => {
    if (!ranked || !result) return {};
    const timeZone = ranked.timeZone ?? result.client.timeZone;
    return { ...(timeZone ? { timeZone } : {}), ...(ranked.coreHours ? { coreHours: ranked.coreHours } : {}) };
  }, [ranked, result]);

  async function addToShortlist(engineerId: string, name: string) {
    if (onList.has(engineerId)) return;
    quiet.current++;
    try {
      const r = await api.addToShortlist({ roleId, engineerId });
      setShortlist(r.shortlist);
      setNotice(t('added', { name, n: r.shortlist.entries.length }));
      setActionError(null);
    } catch (e) {
      quiet.current = Math.max(0, quiet.current - 1);
      setActionError(e);
    }
  }

  async function saveRelaxIntoRole() {
    if (!result || !relax) return;
    try {
      // The save's change notification reloads the (now saved) role without the what-if.
      relaxRef.current = null;
      await api.saveRole({ role: applyRelax(result.role, relax.patch), create: false });
      setRelax(null);
      setNotice(t('roleSaved'));
    } catch (e) {
      relaxRef.current = relax;
      setActionError(e);
    }
  }

  // Arrow keys move between rows, Enter expands, S adds to the shortlist.
  const rowRefs = useRef(new Map<string, HTMLDivElement>());
  const order = useMemo(() => [
    ...(result?.matches ?? []).map((m) => m.engineerId),
    ...(full ? full.groups.flatMap((g) => full.nearMisses.filter((m) => m.failed[0] === g.code).map((m) => m.engineerId)) : []),
  ], [result, full]);
  // The row callbacks read the latest state through a ref, so they never change and memoized rows stay put.
  const latest = useRef({ order, addToShortlist });
  latest.current = { order, addToShortlist };
  const actions = useMemo<RowActions>(() => {
    const toggle = (id: string, row?: HTMLDivElement | null) => {
      setExpanded((s) => { const n = new Set(s); if (n.has(id)) n.delete(id); else n.add(id); return n; });
      // The focus stays on the row (not on the chevron clicked), so the arrow keys go on working.
      row?.focus();
    };
    return {
      // The same engineer can be mounted twice for a frame (a new first page over the hidden old list):
      // a detach removes only its own element.
      register: (id, el) => {
        rowRefs.current.set(id, el);
        return () => { if (rowRefs.current.get(id) === el) rowRefs.current.delete(id); };
      },
      toggle,
      shortlist: (id, name) => void latest.current.addToShortlist(id, name),
      keyDown: (e, id, name) => {
        if (e.target !== e.currentTarget) return;
        const ids = latest.current.order;
        const i = ids.indexOf(id);
        const focus = (k: number) => { const next = ids[k]; if (next) rowRefs.current.get(next)?.focus(); };
        if (e.key === 'ArrowDown' || e.key === 'j') { e.preventDefault(); focus(i + 1); }
        else if (e.key === 'ArrowUp' || e.key === 'k') { e.preventDefault(); focus(i - 1); }
        else if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); toggle(id, e.currentTarget); }
        else if (e.key === 's' || e.key === 'S') { e.preventDefault(); void latest.current.addToShortlist(id, name); }
      },
    };
  }, []);
  const rowProps = useCallback((id: string) => ({ client, asOf, expanded: expanded.has(id), shortlisted: onList.has(id), actions }), [client, asOf, expanded, onList, actions]);
  const renderMiss = useCallback((m: NearMiss, gap: string) => <MatchRow key={m.engineerId} row={m} gap={gap} {...rowProps(m.engineerId)} />, [rowProps]);

  // The rest of the list, without the engineers a new first page already shows (one row per engineer in
  // the page, hidden or not).
  const tail = useMemo(() => {
    const head = new Set(result?.matches.slice(0, FIRST_PAINT).map((m) => m.engineerId));
    return (full?.matches.slice(FIRST_PAINT) ?? []).filter((m) => !head.has(m.engineerId));
  }, [full, result]);

  const setAsOf = useCallback((v: string) => {
    const next = new URLSearchParams(params);
    if (v && isValidDate(v)) next.set('asOf', v); else next.delete('asOf');
    setParams(next, { replace: true });
  }, [params, setParams]);

  if (error && !result) return <ErrorView error={error} onRetry={() => void load()} />;
  if (!result) return <LoadingView label={t('ranking')} />;
  const role = result.role;

  const partial = whole !== answer;
  const rest = partial ? 'hidden' : 'visible';
  const row = (m: RankedMatch) => <MatchRow key={m.engineerId} row={m} rank={m.rank} {...rowProps(m.engineerId)} />;
  return (
    <Stack gap="md" data-testid="match-screen" data-state={loading || partial ? 'loading' : 'ready'} data-relax={relax?.code ?? ''} data-answer={answer}>
      <MatchHeader roleId={role.id} title={role.title} clientName={result.client.name} clientWindow={result.clientWindow} evaluated={result.evaluated}
        preset={result.preset} asOf={asOf} onAsOf={setAsOf} shortlisted={shortlist?.entries.length ?? 0} />
      {!result.overlapKnown ? <Alert color="yellow">{t('noOverlap')}</Alert> : null}
      <ScarceSkills supply={result.scarce} onSwap={onSwap} />
      {relax ? (
        <Alert color="indigo" variant="light" title={t('whatIf.title')} data-testid="whatif-banner">
          <Group justify="space-between">
            <Text size="sm">{t('whatIf.body', { actions: relax.changes.map((c) => changeText(c, lng)).join('; ') })}</Text>
            <Group gap="xs">
              <Button size="xs" variant="default" leftSection={<IconX size={14} aria-hidden />} onClick={() => whatIf(null)} data-testid="whatif-reset">{t('whatIf.reset')}</Button>
              <Button size="xs" leftSection={<IconDeviceFloppy size={14} aria-hidden />} onClick={() => void saveRelaxIntoRole()}>{t('whatIf.save')}</Button>
            </Group>
          </Group>
        </Alert>
      ) : null}
      {notice ? <Alert color="teal" withCloseButton onClose={() => setNotice(null)} role="status">{notice} <Anchor component={Link} to={`/shortlists/${encodeURIComponent(role.id)}`} size="sm">{t('openShortlist')}</Anchor></Alert> : null}
      {actionError ? <ErrorView error={actionError} /> : null}
      {error ? <ErrorView error={error} onRetry={() => void load()} /> : null}

      <Stack gap={6}>
        <Group justify="space-between">
          <Title order={2} size="h3">{t('matches')} <Text span c="dimmed" size="sm">{result.totalMatches > MATCH_TOP ? t('matchesTop', { n: result.totalMatches, top: MATCH_TOP }) : t('matchesCount', { n: result.totalMatches })}</Text></Title>
          <Group gap="md">
            <ScoreLegend />
            <Text size="xs" c="dimmed" aria-live="polite">{loading ? t('updating') : t('keys')}</Text>
          </Group>
        </Group>
        {result.matches.length === 0 ? <EmptyState title={t('none')}>{t('noneBody')}</EmptyState> : (
          <Stack gap={6} role="list" aria-label={t('listLabel')} data-testid="match-list">
            {result.matches.slice(0, FIRST_PAINT).map(row)}
            <Activity mode={rest}>{tail.map(row)}</Activity>
          </Stack>
        )}
      </Stack>
      {/* The first answer's near misses come with its whole list, two frames after its first rows. */}
      {full ? null : <LoadingView label={t('listingMisses')} />}
      <Activity mode={rest}>
        <NearMisses groups={full?.groups ?? []} misses={full?.nearMisses ?? []} total={full?.totalNearMisses ?? 0} activeCode={relax?.code ?? null} onStep={onStep} renderRow={renderMiss} />
      </Activity>
    </Stack>
  );
}
