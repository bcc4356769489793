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
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type { RelaxInput } from '../../../shared/api/match';
import type { EngineerHours, RoleDetail } from '../../../shared/api/roles';
import type { ShortlistView } from '../../../shared/api/shortlists';
import { isValidDate, todayLocal } from '../../../shared/bench/dates';
import { applyRelax, type MatchResult, type NearMiss, type RankedMatch, type Relax } from '../../../shared/matching/rank';
import { api } from '../../api/client';
import { onBenchChanged } from '../../api/changes';
import { ErrorView } from '../../components/ErrorView';
import { EmptyState, LoadingView } from '../../components/States';
import { useApiQuery } from '../../hooks/useApiQuery';
import { MatchHeader } from './MatchHeader';
import { MatchRow, type RowActions } from './MatchRow';
import { NearMisses } from './NearMisses';
import { groupNearMisses, type NearMissGroup } from './relax';

/** Rows listed per section: enough to pick from. */
export const MATCH_TOP = 100;
/** Rows of a new answer asked for and painted first (a screenful and more): a small answer to send, parse
 * and render. The whole list (MATCH_TOP rows and near misses) is asked for once that frame is painted;
 * until it is shown, the rest of the list and the near misses stay mounted but hidden (<Activity>). */
const FIRST_PAINT = 10;

export function MatchScreen() {
  const { roleId } = useParams();
  const navigate = useNavigate();
  const roles = useApiQuery(() => api.listRoles({}), []);
  const options = (roles.data?.roles ?? []).map((r) => ({ value: r.id, label: `${r.title} · ${r.clientName}${r.status !== 'open' ? ` (${r.status.replace('_', ' ')})` : ''}` }));
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={1} size="h2">Match</Title>
        <Select label="Role" placeholder="Choose a role" data={options} value={roleId ?? null} searchable w={420} allowDeselect={false}
          onChange={(v) => v && navigate(`/match/${encodeURIComponent(v)}`)} data-testid="match-role" />
      </Group>
      {roles.error ? <ErrorView error={roles.error} onRetry={roles.reload} /> : null}
      {!roleId ? (
        roles.data && !roles.data.roles.length
          ? <EmptyState title="No roles yet">Create a role under Clients & roles, then rank the bench against it here.</EmptyState>
          : <EmptyState title="Choose a role">The whole bench is ranked against it, with near misses and a what-if per constraint.</EmptyState>
      ) : <RoleMatch key={roleId} roleId={roleId} />}
    </Stack>
  );
}

/** The whole answer with the first page's row objects where they are the same engineers (the ranking is
 * deterministic for one bench version), so the memoized first rows do not render again. */
function keepFirstRows(first: MatchResult, full: MatchResult): MatchResult {
  const same = first.matches.every((m, i) => full.matches[i]?.engineerId === m.engineerId);
  return same ? { ...full, matches: [...first.matches, ...full.matches.slice(first.matches.length)] } : full;
}

/** A what-if: the relaxed constraints (cumulative), named by the last group's code. */
interface WhatIf { code: string; action: string; patch: RelaxInput }

function RoleMatch({ roleId }: { roleId: string }) {
  const [params, setParams] = useSearchParams();
  const asOfParam = params.get('asOf') ?? '';
  const asOf = isValidDate(asOfParam) ? asOfParam : todayLocal();
  /** The what-if of the answer shown (set with that answer, so its banner and rows paint together). */
  const [relax, setRelax] = useState<WhatIf | null>(null);
  /** The answer shown: its first page first, then all of it. */
  const [result, setResult] = useState<MatchResult | null>(null);
  /** The last whole answer and the what-if that produced it (its near misses are grouped against that
   * role). The rest of the list and the near misses render from it: while a new answer's first page is
   * painted they are hidden and unchanged, so React has nothing to do for them in that frame. */
  const [full, setFull] = useState<{ result: MatchResult; relax: RelaxInput | undefined } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const [detail, setDetail] = useState<RoleDetail | null>(null);
  const [shortlist, setShortlist] = useState<ShortlistView | null>(null);
  const [hours, setHours] = useState<ReadonlyMap<string, EngineerHours>>(new Map());
  // Zones and hours already fetched, kept across answers: rows keep the same object, so a memoized row
  // does not re-render for them, and a what-if fetches only the engineers new to the screen.
  const hoursCache = useRef(new Map<string, EngineerHours>());
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

  // The role is re-read when the bench changed; a what-if or another date reuses it (one round trip less).
  const detailRef = useRef<RoleDetail | null>(null);
  const load = useCallback(async (fresh = true) => {
    const mine = ++seq.current;
    const what = relaxRef.current;
    const patch = what?.patch;
    setLoading(true);
    try {
      const d = !fresh && detailRef.current ? detailRef.current : await api.getRole({ id: roleId });
      detailRef.current = d;
      const input = { roleId, asOf, ...(d.preset ? { preset: d.preset } : {}), ...(patch ? { relax: patch } : {}) };
      // The shortlist marks come with the first page when they may have changed (a what-if cannot change them).
      const needList = fresh || !listLoaded.current;
      const [first, sl] = await Promise.all([api.match({ ...input, top: FIRST_PAINT }), needList ? api.roleShortlist({ roleId }) : null]);
      if (mine !== seq.current) return;
      setDetail(d);
      setRelax(what);
      setResult(first);
      if (sl) { setShortlist(sl.shortlist); listLoaded.current = true; }
      setError(null);
      const n = ++answers.current;
      setAnswer(n);
      // Once the first rows are on screen (two frames), the whole list and the near misses.
      await new Promise((painted) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(painted, 0))));
      if (mine !== seq.current) return;
      const complete = first.totalMatches <= FIRST_PAINT && first.totalNearMisses <= FIRST_PAINT;
      const r = complete ? first : keepFirstRows(first, await api.match({ ...input, top: MATCH_TOP }));
      if (mine !== seq.current) return;
      // Bands need each engineer's zone and hours: those not fetched yet are asked for before the rest of
      // the list renders, so it renders once, with them.
      if (fresh) hoursCache.current.clear();
      const cache = hoursCache.current;
      const missing = [...r.matches, ...r.nearMisses].map((m) => m.engineerId).filter((id) => !cache.has(id));
      const h = missing.length ? await api.engineerHours({ ids: missing.slice(0, 500) }) : null;
      if (mine !== seq.current) return;
      if (h) for (const e of h.engineers) cache.set(e.id, e);
      // A transition: the rest of the list renders in slices, so scrolling and clicks stay responsive.
      startTransition(() => {
        setResult(r);
        setFull({ result: r, relax: patch });
        if (h || fresh) setHours(new Map(cache));
        setWhole(n);
        setLoading(false);
      });
    } catch (e) {
      if (mine === seq.current) {
        setError(e);
        setLoading(false);
      }
    }
  }, [roleId, asOf]);

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
  const onRelax = useCallback((g: NearMissGroup) => {
    if (!g.relax) return;
    const prev = relaxRef.current;
    whatIf({ code: g.code, action: prev ? `${prev.action}; ${g.action}` : g.action, patch: { ...prev?.patch, ...g.relax } });
  }, [whatIf]);

  const onList = useMemo(() => new Set(shortlist?.entries.map((e) => e.engineerId) ?? []), [shortlist]);
  const client = useMemo(() => detail ? {
    ...((detail.role.timeZone ?? detail.client.timeZone) ? { timeZone: (detail.role.timeZone ?? detail.client.timeZone)! } : {}),
    ...(detail.role.coreHours ? { coreHours: detail.role.coreHours } : {}),
  } : {}, [detail]);
  const groups = useMemo(() => (full && detail ? groupNearMisses(full.result.nearMisses, applyRelax(detail.role, full.relax as Relax | undefined)) : []), [full, detail]);

  async function addToShortlist(engineerId: string, name: string) {
    if (onList.has(engineerId)) return;
    quiet.current++;
    try {
      const r = await api.addToShortlist({ roleId, engineerId });
      setShortlist(r.shortlist);
      setNotice(`${name} added to the shortlist (${r.shortlist.entries.length} on it).`);
      setActionError(null);
    } catch (e) {
      quiet.current = Math.max(0, quiet.current - 1);
      setActionError(e);
    }
  }

  async function saveRelaxIntoRole() {
    if (!detail || !relax) return;
    try {
      // The save's change notification reloads the (now saved) role without the what-if.
      relaxRef.current = null;
      await api.saveRole({ role: applyRelax(detail.role, relax.patch as Relax), create: false });
      setRelax(null);
      setNotice('The role was saved with this change.');
    } catch (e) {
      relaxRef.current = relax;
      setActionError(e);
    }
  }

  // Arrow keys move between rows, Enter expands, S adds to the shortlist.
  const rowRefs = useRef(new Map<string, HTMLDivElement>());
  const order = useMemo(() => [...(result?.matches ?? []).map((m) => m.engineerId), ...groups.flatMap((g) => g.misses.map((m) => m.engineerId))], [result, groups]);
  // The row callbacks read the latest state through a ref, so they never change and memoized rows stay put.
  const latest = useRef({ order, addToShortlist });
  latest.current = { order, addToShortlist };
  const actions = useMemo<RowActions>(() => {
    const toggle = (id: string) => setExpanded((s) => { const n = new Set(s); if (n.has(id)) n.delete(id); else n.add(id); return n; });
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
        else if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); toggle(id); }
        else if (e.key === 's' || e.key === 'S') { e.preventDefault(); void latest.current.addToShortlist(id, name); }
      },
    };
  }, []);
  const rowProps = useCallback((id: string) => ({ hours: hours.get(id), client, asOf, expanded: expanded.has(id), shortlisted: onList.has(id), actions }), [hours, client, asOf, expanded, onList, actions]);
  const renderMiss = useCallback((m: NearMiss, gap: string) => <MatchRow key={m.engineerId} row={m} gap={gap} {...rowProps(m.engineerId)} />, [rowProps]);

  // The rest of the list, without the engineers a new first page already shows (one row per engineer in
  // the page, hidden or not).
  const tail = useMemo(() => {
    const head = new Set(result?.matches.slice(0, FIRST_PAINT).map((m) => m.engineerId));
    return (full?.result.matches.slice(FIRST_PAINT) ?? []).filter((m) => !head.has(m.engineerId));
  }, [full, result]);

  const setAsOf = useCallback((v: string) => {
    const next = new URLSearchParams(params);
    if (v && isValidDate(v)) next.set('asOf', v); else next.delete('asOf');
    setParams(next, { replace: true });
  }, [params, setParams]);

  if (error && !result) return <ErrorView error={error} onRetry={() => void load()} />;
  if (!result || !detail) return <LoadingView label="Ranking the bench…" />;
  const role = detail.role;

  const partial = whole !== answer;
  const rest = partial ? 'hidden' : 'visible';
  const row = (m: RankedMatch) => <MatchRow key={m.engineerId} row={m} rank={m.rank} {...rowProps(m.engineerId)} />;
  return (
    <Stack gap="md" data-testid="match-screen" data-state={loading || partial ? 'loading' : 'ready'} data-relax={relax?.code ?? ''} data-answer={answer}>
      <MatchHeader roleId={role.id} title={role.title} clientName={detail.client.name} clientWindow={result.clientWindow} evaluated={result.evaluated}
        preset={detail.preset ?? 'balanced'} asOf={asOf} onAsOf={setAsOf} shortlisted={shortlist?.entries.length ?? 0} />
      {!result.overlapKnown ? <Alert color="yellow">Neither the role nor its client has a time zone: overlap is unknown and the minimum overlap is not applied.</Alert> : null}
      {relax ? (
        <Alert color="indigo" variant="light" title="What-if view (not saved)" data-testid="whatif-banner">
          <Group justify="space-between">
            <Text size="sm">{relax.action}. The role itself is unchanged until you save it.</Text>
            <Group gap="xs">
              <Button size="xs" variant="default" leftSection={<IconX size={14} aria-hidden />} onClick={() => whatIf(null)} data-testid="whatif-reset">Back to the saved role</Button>
              <Button size="xs" leftSection={<IconDeviceFloppy size={14} aria-hidden />} onClick={() => void saveRelaxIntoRole()}>Save into the role</Button>
            </Group>
          </Group>
        </Alert>
      ) : null}
      {notice ? <Alert color="teal" withCloseButton onClose={() => setNotice(null)} role="status">{notice} <Anchor component={Link} to={`/shortlists/${encodeURIComponent(role.id)}`} size="sm">Open the shortlist</Anchor></Alert> : null}
      {actionError ? <ErrorView error={actionError} /> : null}
      {error ? <ErrorView error={error} onRetry={() => void load()} /> : null}

      <Stack gap={6}>
        <Group justify="space-between">
          <Title order={2} size="h3">Matches <Text span c="dimmed" size="sm">({result.totalMatches}{result.totalMatches > MATCH_TOP ? `, top ${MATCH_TOP} shown` : ''})</Text></Title>
          <Text size="xs" c="dimmed" aria-live="polite">{loading ? 'Updating…' : '↑↓ move · Enter details · S shortlist'}</Text>
        </Group>
        {result.matches.length === 0 ? <EmptyState title="No engineer meets every constraint">Look at the near misses below: one click shows who a relaxed constraint would let in.</EmptyState> : (
          <Stack gap={6} role="list" aria-label="Ranked matches" data-testid="match-list">
            {result.matches.slice(0, FIRST_PAINT).map(row)}
            <Activity mode={rest}>{tail.map(row)}</Activity>
          </Stack>
        )}
      </Stack>
      {/* The first answer's near misses come with its whole list, a round trip after its first rows. */}
      {full ? null : <LoadingView label="Listing near misses…" />}
      <Activity mode={rest}>
        <NearMisses groups={groups} total={full?.result.totalNearMisses ?? 0} shown={full?.result.nearMisses.length ?? 0} activeCode={relax?.code ?? null} onRelax={onRelax} renderRow={renderMiss} />
      </Activity>
    </Stack>
  );
}
