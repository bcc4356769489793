// Merge two records side by side: one radio per field (defaults: the more complete, then the newer
// value), a preview of the kept record, Merge, then Undo (unmerge). The merged record is computed by the
// same shared function the service uses, so the preview is what the merge writes.
import { Alert, Anchor, Badge, Button, Group, Paper, Radio, Stack, Table, Text, Title } from '@mantine/core';
import { IconArrowsExchange, IconCircleCheck } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useBusyAction } from '../../hooks/useBusyAction';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { MergeResult } from '../../../shared/api/duplicates';
import { ApiError } from '../../../shared/api/errors';
import { MERGE_FIELDS, mergedEngineer, type MergeChoices, type MergeField, type MergeSide } from '../../../shared/duplicates/merge';
import { api } from '../../api/client';
import { ErrorView } from '../../components/ErrorView';
import { LoadingView } from '../../components/States';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useFormat } from '../../i18n/useFormat';
import { fieldValue } from './field-values';
import { SENIORITY_WORD } from '../../../shared/vetting/rubric';
import { useCan } from '../../team/can';
import { useTeamStatus } from '../../team/team-store';

const LABEL = {
  name: 'duplicates:field.name', email: 'duplicates:field.email', country: 'duplicates:field.country', city: 'duplicates:field.city',
  timeZone: 'duplicates:field.timeZone', workingHours: 'duplicates:field.workingHours', englishLevel: 'duplicates:field.englishLevel',
  seniority: 'duplicates:field.seniority', yearsExperience: 'duplicates:field.yearsExperience', primaryRole: 'duplicates:field.primaryRole',
  summary: 'duplicates:field.summary', rate: 'duplicates:field.rate', availability: 'duplicates:field.availability',
  vettingStatus: 'duplicates:field.vettingStatus', privacy: 'duplicates:field.privacy', archived: 'duplicates:field.archived',
} as const satisfies Record<MergeField, string>;

export function MergeScreen() {
  const { t } = useTranslation(['duplicates', 'bench', 'rubric', 'engineer']);
  const fmt = useFormat();
  const [params, setParams] = useSearchParams();
  const keep = params.get('keep') ?? '';
  const other = params.get('other') ?? '';
  const q = useApiQuery(() => api.mergePreview({ keep, other }), [keep, other]);
  const [choices, setChoices] = useState<MergeChoices>({});
  const [done, setDone] = useState<MergeResult | null>(null);
  const [undone, setUndone] = useState(false);
  const { busy, error, run } = useBusyAction();
  // On a team bench only the roles with the merge grant may merge or undo (the server refuses the others).
  const onTeam = Boolean(useTeamStatus()?.role);
  const mayMerge = useCan('merge', 'create', 'record');
  const mayUndo = useCan('merge', 'change', 'undone');
  const p = q.data;
  const sides = useMemo(() => (p ? { ...p.defaults, ...choices } : null), [p, choices]);
  const merged = useMemo(() => (p ? mergedEngineer(p, choices) : null), [p, choices]);

  const swap = () => {
    setChoices({});
    setParams({ keep: other, other: keep });
  };
  const merge = () => run(async () => {
    setDone(await api.mergeEngineers({ keep, other, choices }));
    setUndone(false);
  });
  // Asked again only when the kept record changed since the merge (the service refuses and says what).
  const laterEdits = error instanceof ApiError && Boolean(error.problems?.some((x) => x.where === '/discardLaterEdits'));
  const undo = (discardLaterEdits = false) => run(async () => {
    await api.unmerge({ mergeId: done!.mergeId, ...(discardLaterEdits ? { discardLaterEdits } : {}) });
    setUndone(true);
    setDone(null);
    q.reload();
  });

  return (
    <Stack gap="md">
      <div>
        <Anchor component={Link} to="/duplicates" size="sm">{t('merge.back')}</Anchor>
        <Title order={1} size="h2">{t('merge.title')}</Title>
        <Text c="dimmed" size="sm">{t('merge.intro')}</Text>
      </div>
      {error ? <ErrorView error={error} /> : null}
      {done ? (
        <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden />} role="status" data-testid="merge-done">
          <Group justify="space-between">
            <Text size="sm">{t('merge.done', { other: p?.other.name ?? done.merged, keep: merged?.name ?? done.kept })}</Text>
            <Group gap="xs">
              <Button size="xs" variant="default" component={Link} to={`/engineers/${encodeURIComponent(done.kept)}`}>{t('merge.openKept')}</Button>
              {mayUndo && laterEdits ? <Button size="xs" color="red" onClick={() => void undo(true)} loading={busy} data-testid="unmerge-anyway">{t('merge.undoAnyway')}</Button> : null}
              {mayUndo && !laterEdits ? <Button size="xs" onClick={() => void undo()} loading={busy} data-testid="unmerge">{t('merge.undo')}</Button> : null}
            </Group>
          </Group>
        </Alert>
      ) : null}
      {undone ? <Alert color="blue" variant="light" role="status" data-testid="unmerge-done">{t('merge.undone')}</Alert> : null}
      {q.loading && !p ? <LoadingView /> : null}
      {q.error && !done ? <ErrorView error={q.error} onRetry={q.reload} /> : null}
      {p && sides && merged && !done ? (
        <>
          <Paper withBorder>
            <Table data-testid="merge-table" layout="fixed">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th w="18%">{t('merge.field')}</Table.Th>
                  <Table.Th>{t('merge.keep')}: {p.keep.name} <Text span size="xs" c="dimmed">{p.keep.id}</Text></Table.Th>
                  <Table.Th>{t('merge.other')}: {p.other.name} <Text span size="xs" c="dimmed">{p.other.id}</Text></Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {MERGE_FIELDS.map((f) => {
                  const values: Record<MergeSide, string> = { keep: fieldValue(f, p.keep, t, fmt.date), other: fieldValue(f, p.other, t, fmt.date) };
                  if (!values.keep && !values.other) return null;
                  return (
                    <Table.Tr key={f} data-testid={`merge-row-${f}`}>
                      <Table.Td><Text size="sm" fw={500}>{t(LABEL[f])}</Text></Table.Td>
                      {(['keep', 'other'] as const).map((side) => (
                        <Table.Td key={side}>
                          <Radio
                            name={`merge-${f}`}
                            value={side}
                            checked={sides[f] === side}
                            onChange={() => setChoices((c) => ({ ...c, [f]: side }))}
                            label={values[side] || t('merge.empty')}
                            aria-label={t('merge.choose', { field: t(LABEL[f]), name: (side === 'keep' ? p.keep : p.other).name })}
                            data-testid={`merge-${f}-${side}`}
                          />
                        </Table.Td>
                      ))}
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Paper>
          <Paper withBorder p="md" data-testid="merge-preview">
            <Title order={2} size="h4" mb="xs">{t('merge.preview')}</Title>
            <Text fw={600}>{merged.name}</Text>
            <Text size="sm" c="dimmed">{[merged.email, merged.city, merged.country, merged.seniority ? t(SENIORITY_WORD[merged.seniority]) : undefined, merged.englishLevel].filter(Boolean).join(' · ')}</Text>
            <Group gap={4} mt="xs">
              <Badge variant="outline">{t('merge.skills', { count: merged.skills.length })}</Badge>
              {merged.skills.map((s) => <Badge key={s.name} variant="light" color="gray" tt="none">{s.name} {s.level}</Badge>)}
            </Group>
            <Text size="sm" mt="xs">{t('merge.moves', { count: p.other.assessments?.length ?? 0 })}</Text>
          </Paper>
          {onTeam && mayMerge ? <Text size="sm" c="dimmed" data-testid="merge-team-note">{t('merge.onTeam')}</Text> : null}
          {mayMerge ? null : <Alert color="gray" variant="light" data-testid="merge-not-allowed">{t('merge.notAllowed')}</Alert>}
          <Group>
            {mayMerge ? <Button onClick={() => void merge()} loading={busy} data-testid="merge-confirm">{t('merge.confirm')}</Button> : null}
            <Button variant="default" leftSection={<IconArrowsExchange size={16} aria-hidden />} onClick={swap} data-testid="merge-swap">{t('merge.swap')}</Button>
          </Group>
        </>
      ) : null}
    </Stack>
  );
}
