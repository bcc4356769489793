// Match: the bench ranked against a role. The ranked list (score bar, breakdown on expand, reasons,
// skills, overlap band), near misses grouped by the constraint they fail with a one-click what-if,
// an as-of date, and the shortlist one key away (S on a focused row). Results refresh without a reload
// when the role, the bench or an assessment changes (the app's change notification).
import { Alert, Anchor, Button, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconDeviceFloppy, IconListCheck, IconPencil, IconX } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type { RelaxInput } from '../../../shared/api/match';
import type { EngineerHours, RoleDetail } from '../../../shared/api/roles';
import type { ShortlistView } from '../../../shared/api/shortlists';
import { isValidDate, todayLocal } from '../../../shared/bench/dates';
import { applyRelax, type MatchResult, type Relax } from '../../../shared/matching/rank';
import { api } from '../../api/client';
import { onBenchChanged } from '../../api/changes';
import { ErrorView } from '../../components/ErrorView';
import { EmptyState, LoadingView } from '../../components/States';
import { useApiQuery } from '../../hooks/useApiQuery';
import { MatchRow, type RowActions } from './MatchRow';
import { NearMisses } from './NearMisses';
import { groupNearMisses, type NearMissGroup } from './relax';

/** Rows listed per section: enough to pick from. */
export const MATCH_TOP = 100;
/** Rows painted in the first frame; the rest follow right after, so the top of the list shows at once. */
const FIRST_PAINT = 15;

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

function RoleMatch({ roleId }: { roleId: string }) {
  const [params, setParams] = useSearchParams();
  const asOfParam = params.get('asOf') ?? '';
  const asOf = isValidDate(asOfParam) ? asOfParam : todayLocal();
  const [relax, setRelax] = useState<{ code: string; action: string; patch: RelaxInput } | null>(null);
  const [result, setResult] = useState<MatchResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const [detail, setDetail] = useState<RoleDetail | null>(null);
  const [shortlist, setShortlist] = useState<ShortlistView | null>(null);
  const [hours, setHours] = useState<Map<string, EngineerHours>>(new Map());
  const [expanded, setExpanded] = useState<Set<string>>(new Set());
  const [notice, setNotice] = useState<string | null>(null);
  const [actionError, setActionError] = useState<unknown>(null);
  const [limit, setLimit] = useState(FIRST_PAINT);
  /** Counts answers shown, so a measurement (bench/suites/match-ui.ts) can tell a new list from the old one. */
  const [answer, setAnswer] = useState(0);
  const seq = useRef(0);
  // Our own shortlist changes refresh the shortlist marks only, not the ranking (which they do not change).
  const quiet = useRef(0);

  // The role is re-read when the bench changed; a what-if or another date reuses it (one round trip less).
  const detailRef = useRef<RoleDetail | null>(null);
  const load = useCallback(async (fresh = true) => {
    const mine = ++seq.current;
    setLoading(true);
    try {
      const d = !fresh && detailRef.current ? detailRef.current : await api.getRole({ id: roleId });
      detailRef.current = d;
      const r = await api.match({ roleId, asOf, top: MATCH_TOP, ...(d.preset ? { preset: d.preset } : {}), ...(relax ? { relax: relax.patch } : {}) });
      if (mine !== seq.current) return;
      setDetail(d);
      setResult(r);
      setError(null);
      setLoading(false);
      setLimit(FIRST_PAINT);
      setAnswer((a) => a + 1);
      // After the first rows are on screen, the rest of the list and the near misses.
      requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(() => mine === seq.current && setLimit(Infinity), 0)));
      const ids = [...r.matches, ...r.nearMisses].map((m) => m.engineerId);
      const sl = await api.roleShortlist({ roleId });
      if (mine === seq.current) setShortlist(sl.shortlist);
      // Bands need each engineer's zone and hours: fetched after the rows are painted.
      if (ids.length) {
        const h = await api.engineerHours({ ids: ids.slice(0, 500) });
        if (mine === seq.current) setHours(new Map(h.engineers.map((e) => [e.id, e])));
      }
    } catch (e) {
      if (mine === seq.current) {
        setError(e);
        setLoading(false);
      }
    }
  }, [roleId, asOf, relax]);

  useEffect(() => void load(false), [load]);
  useEffect(() => onBenchChanged(() => {
    if (quiet.current > 0) {
      quiet.current--;
      void api.roleShortlist({ roleId }).then((s) => setShortlist(s.shortlist), setActionError);
    } else void load();
  }), [load, roleId]);

  const onList = useMemo(() => new Set(shortlist?.entries.map((e) => e.engineerId) ?? []), [shortlist]);
  const client = useMemo(() => detail ? {
    ...((detail.role.timeZone ?? detail.client.timeZone) ? { timeZone: (detail.role.timeZone ?? detail.client.timeZone)! } : {}),
    ...(detail.role.coreHours ? { coreHours: detail.role.coreHours } : {}),
  } : {}, [detail]);
  const groups = useMemo(() => (result && detail ? groupNearMisses(result.nearMisses, applyRelax(detail.role, relax?.patch as Relax | undefined)) : []), [result, detail, relax]);

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
      await api.saveRole({ role: applyRelax(detail.role, relax.patch as Relax), create: false });
      setRelax(null);
      setNotice('The role was saved with this change.');
    } catch (e) {
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
      register: (id, el) => { if (el) rowRefs.current.set(id, el); else rowRefs.current.delete(id); },
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
  const rowProps = (id: string) => ({ hours: hours.get(id), client, asOf, expanded: expanded.has(id), shortlisted: onList.has(id), actions });

  const setAsOf = (v: string) => {
    const next = new URLSearchParams(params);
    if (v && isValidDate(v)) next.set('asOf', v); else next.delete('asOf');
    setParams(next, { replace: true });
  };

  if (error && !result) return <ErrorView error={error} onRetry={() => void load()} />;
  if (!result || !detail) return <LoadingView label="Ranking the bench…" />;
  const role = detail.role;

  return (
    <Stack gap="md" data-testid="match-screen" data-state={loading || limit !== Infinity ? 'loading' : 'ready'} data-relax={relax?.code ?? ''} data-answer={answer}>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2} size="h3" data-testid="match-role-title">{role.title}</Title>
          <Text size="sm" c="dimmed">
            {detail.client.name} · client window {result.clientWindow} · {result.evaluated} engineers checked · preset {detail.preset ?? 'balanced'}
          </Text>
        </div>
        <Group gap="xs" align="flex-end">
          <TextInput label="As of" type="date" value={asOf} onChange={(e) => setAsOf(e.currentTarget.value)} w={170} data-testid="match-asof"
            description="Overlap changes with DST; availability with the start date" />
          <Button component={Link} to={`/roles/${encodeURIComponent(role.id)}`} variant="default" leftSection={<IconPencil size={16} aria-hidden />}>Edit role</Button>
          <Button component={Link} to={`/shortlists/${encodeURIComponent(role.id)}`} variant="light" leftSection={<IconListCheck size={16} aria-hidden />}>
            Shortlist ({shortlist?.entries.length ?? 0})
          </Button>
        </Group>
      </Group>
      {!result.overlapKnown ? <Alert color="yellow">Neither the role nor its client has a time zone: overlap is unknown and the minimum overlap is not applied.</Alert> : null}
      {relax ? (
        <Alert color="indigo" variant="light" title="What-if view (not saved)" data-testid="whatif-banner">
          <Group justify="space-between">
            <Text size="sm">{relax.action}. The role itself is unchanged until you save it.</Text>
            <Group gap="xs">
              <Button size="xs" variant="default" leftSection={<IconX size={14} aria-hidden />} onClick={() => setRelax(null)} data-testid="whatif-reset">Back to the saved role</Button>
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
          <Title order={2} size="h3">Matches <Text span c="dimmed" size="sm">({result.totalMatches}{result.matches.length < result.totalMatches ? `, top ${result.matches.length} shown` : ''})</Text></Title>
          <Text size="xs" c="dimmed" aria-live="polite">{loading ? 'Updating…' : '↑↓ move · Enter details · S shortlist'}</Text>
        </Group>
        {result.matches.length === 0 ? <EmptyState title="No engineer meets every constraint">Look at the near misses below: one click shows who a relaxed constraint would let in.</EmptyState> : (
          <Stack gap={6} role="list" aria-label="Ranked matches" data-testid="match-list">
            {result.matches.slice(0, limit).map((m) => <MatchRow key={m.engineerId} row={m} rank={m.rank} {...rowProps(m.engineerId)} />)}
          </Stack>
        )}
      </Stack>
      {limit === Infinity ? <NearMisses
        groups={groups} total={result.totalNearMisses} shown={result.nearMisses.length} activeCode={relax?.code ?? null}
        onRelax={(g: NearMissGroup) => g.relax && setRelax((prev) => ({ code: g.code, action: prev ? `${prev.action}; ${g.action}` : g.action, patch: { ...prev?.patch, ...g.relax } }))}
        renderRow={(m, gap) => <MatchRow key={m.engineerId} row={m} gap={gap} {...rowProps(m.engineerId)} />}
      /> : <LoadingView label="Listing near misses…" />}
    </Stack>
  );
}
