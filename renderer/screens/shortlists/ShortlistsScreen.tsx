// Shortlists: every role's shortlist at a glance, and one role's shortlist to work on: ordered entries
// (drag, or keyboard via the handle), pitch notes, statuses with their dates, remove with undo, export.
import { Alert, Anchor, Badge, Button, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core';
import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { arrayMove, SortableContext, sortableKeyboardCoordinates, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { IconArrowLeft, IconTargetArrow } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { RemovedEntry, ShortlistView } from '../../../shared/api/shortlists';
import { SHORTLIST_STATUSES, type ShortlistStatus } from '../../../shared/bench/schema';
import { SHORTLIST_STATUS_LABEL } from '../../components/labels';
import { useFormat } from '../../i18n/useFormat';
import { api } from '../../api/client';
import { ErrorView } from '../../components/ErrorView';
import { EmptyState, LoadingView } from '../../components/States';
import { useApiQuery } from '../../hooks/useApiQuery';
import { ExportBar } from './ExportBar';
import { ShortlistEntry } from './ShortlistEntry';

export function ShortlistsScreen() {
  const { roleId } = useParams();
  return roleId ? <RoleShortlist key={roleId} roleId={roleId} /> : <AllShortlists />;
}

function AllShortlists() {
  const { t } = useTranslation(['shortlists']);
  const f = useFormat();
  const q = useApiQuery(() => api.listShortlists({}), []);
  const roles = useApiQuery(() => api.listRoles({}), []);
  const navigate = useNavigate();
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <Title order={1} size="h2">{t('title')}</Title>
        <Select label={t('openRole')} placeholder={t('chooseRole')} searchable w={380}
          data={(roles.data?.roles ?? []).map((r) => ({ value: r.id, label: t('roleAndClient', { role: r.title, client: r.clientName }) }))}
          onChange={(v) => v && navigate(`/shortlists/${encodeURIComponent(v)}`)} />
      </Group>
      {q.loading && !q.data ? <LoadingView label={t('loadingAll')} /> : null}
      {q.error ? <ErrorView error={q.error} onRetry={q.reload} /> : null}
      {q.data && !q.data.shortlists.length ? <EmptyState title={t('empty.title')}>{t('empty.body')}</EmptyState> : null}
      {q.data?.shortlists.length ? (
        <Table highlightOnHover data-testid="shortlists-table">
          <Table.Thead><Table.Tr><Table.Th>{t('col.role')}</Table.Th><Table.Th>{t('col.client')}</Table.Th><Table.Th>{t('col.engineers')}</Table.Th><Table.Th>{t('col.statuses')}</Table.Th></Table.Tr></Table.Thead>
          <Table.Tbody>
            {q.data.shortlists.map((s) => (
              <Table.Tr key={s.id}>
                <Table.Td><Anchor component={Link} to={`/shortlists/${encodeURIComponent(s.roleId)}`} fw={600}>{s.roleTitle}</Anchor></Table.Td>
                <Table.Td>{s.clientName}</Table.Td>
                <Table.Td>{f.number(s.entries)}</Table.Td>
                <Table.Td><Group gap={4}>{SHORTLIST_STATUSES.filter((k) => s.byStatus[k]).map((k) => <Badge key={k} size="sm" variant="light" tt="none">{t('statusCount', { status: t(SHORTLIST_STATUS_LABEL[k]), n: s.byStatus[k] })}</Badge>)}</Group></Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      ) : null}
    </Stack>
  );
}

function RoleShortlist({ roleId }: { roleId: string }) {
  const { t } = useTranslation(['shortlists']);
  const role = useApiQuery(() => api.getRole({ id: roleId }), [roleId]);
  const q = useApiQuery(() => api.roleShortlist({ roleId }), [roleId]);
  const [list, setList] = useState<ShortlistView | null>(null);
  const [removed, setRemoved] = useState<(RemovedEntry & { name: string }) | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [announce, setAnnounce] = useState('');
  useEffect(() => { if (q.data) setList(q.data.shortlist); }, [q.data]);
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }), useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }));

  const run = async (p: Promise<ShortlistView>) => {
    try {
      setList(await p);
      setError(null);
    } catch (e) {
      setError(e);
      q.reload();
    }
  };

  function onDragEnd(e: DragEndEvent) {
    if (!list || !e.over || e.active.id === e.over.id) return;
    const ids = list.entries.map((x) => x.engineerId);
    const from = ids.indexOf(String(e.active.id));
    const to = ids.indexOf(String(e.over.id));
    const next = arrayMove(list.entries, from, to).map((x, i) => ({ ...x, position: i }));
    // Shown at once; the saved order comes back from the service.
    setList({ ...list, entries: next });
    setAnnounce(t('moved', { name: list.entries[from]?.name ?? '', n: to + 1 }));
    void run(api.reorderShortlist({ shortlistId: list.id, engineerIds: next.map((x) => x.engineerId) }));
  }

  async function remove(engineerId: string, name: string) {
    if (!list) return;
    try {
      const r = await api.removeFromShortlist({ shortlistId: list.id, engineerId });
      setList(r.shortlist);
      setRemoved({ ...r.removed, name });
      setError(null);
    } catch (e) {
      setError(e);
    }
  }

  async function undo() {
    if (!removed) return;
    const { name: _n, ...input } = removed;
    setRemoved(null);
    await run(api.restoreShortlistEntry(input));
  }

  if ((q.loading && !q.data) || (role.loading && !role.data)) return <LoadingView label={t('loading')} />;
  if (role.error) return <ErrorView error={role.error} onRetry={role.reload} />;
  if (q.error) return <ErrorView error={q.error} onRetry={q.reload} />;
  const r = role.data!;

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/shortlists" size="sm"><Group gap={4}><IconArrowLeft size={14} aria-hidden />{t('back')}</Group></Anchor>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2" data-testid="shortlist-title">{t('roleTitle', { role: r.role.title })}</Title>
          <Text size="sm" c="dimmed">{[r.client.name, t('engineers', { count: list?.entries.length ?? 0 }), r.role.headcount ? t('forSeats', { count: r.role.headcount }) : null].filter(Boolean).join(' · ')}</Text>
        </div>
        <Group gap="sm" align="flex-end">
          {list ? <ExportBar shortlistId={list.id} disabled={!list.entries.length} /> : null}
          <Button component={Link} to={`/match/${encodeURIComponent(roleId)}`} variant="light" size="xs" leftSection={<IconTargetArrow size={14} aria-hidden />}>{t('match')}</Button>
        </Group>
      </Group>
      {error ? <ErrorView error={error} /> : null}
      {removed ? (
        <Alert color="gray" withCloseButton onClose={() => setRemoved(null)} role="status" data-testid="undo-bar">
          <Group justify="space-between">
            <Text size="sm">{t('removed', { name: removed.name })}</Text>
            <Button size="xs" variant="light" onClick={() => void undo()} data-testid="undo-remove">{t('undo')}</Button>
          </Group>
        </Alert>
      ) : null}
      <div aria-live="polite" style={{ position: 'absolute', left: -9999 }}>{announce}</div>
      {!list || !list.entries.length ? (
        <EmptyState title={t('nobody.title')}>{t('nobody.body')}</EmptyState>
      ) : (
        <Paper p={0}>
          <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}
            accessibility={{ screenReaderInstructions: { draggable: t('dragHelp') } }}>
            <SortableContext items={list.entries.map((x) => x.engineerId)} strategy={verticalListSortingStrategy}>
              <Stack gap={6} role="list" aria-label={t('listLabel')} data-testid="shortlist">
                {list.entries.map((e, i) => (
                  <ShortlistEntry key={e.engineerId} entry={e} index={i}
                    onStatus={(s: ShortlistStatus) => void run(api.updateShortlistEntry({ shortlistId: list.id, engineerId: e.engineerId, status: s }))}
                    onNote={(note) => void run(api.updateShortlistEntry({ shortlistId: list.id, engineerId: e.engineerId, note: note.trim() ? note : null }))}
                    onRemove={() => void remove(e.engineerId, e.name)} />
                ))}
              </Stack>
            </SortableContext>
          </DndContext>
        </Paper>
      )}
    </Stack>
  );
}
