// One shortlist entry: drag handle (mouse or keyboard via @dnd-kit), engineer, status with the date it
// changed, pitch note (saved when the field loses focus), remove.
import { ActionIcon, Anchor, Group, Paper, Select, Stack, Text, Textarea } from '@mantine/core';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { IconGripVertical, IconTrash } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ShortlistEntryView } from '../../../shared/api/shortlists';
import { SHORTLIST_STATUSES, type ShortlistStatus } from '../../../shared/bench/schema';
import { SENIORITY_WORD } from '../../../shared/vetting/rubric';
import { SHORTLIST_STATUS_LABEL } from '../../components/labels';
import { useFormat } from '../../i18n/useFormat';

export function ShortlistEntry({ entry: e, index, onStatus, onNote, onRemove }: {
  entry: ShortlistEntryView; index: number;
  onStatus: (s: ShortlistStatus) => void; onNote: (note: string) => void; onRemove: () => void;
}) {
  const { t } = useTranslation(['shortlists', 'rubric']);
  const f = useFormat();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: e.engineerId });
  const [note, setNote] = useState(e.note ?? '');
  useEffect(() => setNote(e.note ?? ''), [e.note]);
  return (
    <Paper
      withBorder p="sm" ref={setNodeRef} role="listitem" data-testid="shortlist-entry" data-engineer={e.engineerId}
      style={{ transform: CSS.Transform.toString(transform), transition, opacity: isDragging ? 0.7 : 1, position: 'relative', zIndex: isDragging ? 2 : undefined }}
    >
      <Group align="flex-start" wrap="nowrap" gap="sm">
        <ActionIcon variant="subtle" ref={setActivatorNodeRef} {...attributes} {...listeners}
          aria-label={t('entry.move', { name: e.name, n: index + 1 })}
          data-testid="drag-handle" style={{ cursor: 'grab' }}>
          <IconGripVertical size={18} aria-hidden />
        </ActionIcon>
        <Text fw={700} w={22} ta="right" size="sm">{index + 1}</Text>
        <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
          <Anchor component={Link} to={`/engineers/${encodeURIComponent(e.engineerId)}`} fw={600} size="sm" data-testid="entry-name">{e.name}</Anchor>
          <Text size="xs" c="dimmed">{[e.primaryRole, t(SENIORITY_WORD[e.seniority]), f.region(e.country), e.billPerHour !== undefined ? t('entry.rate', { rate: e.billPerHour }) : null, e.archived ? t('entry.archived') : null].filter(Boolean).join(' · ')}</Text>
          <Textarea
            size="xs" mt={4} autosize minRows={1} maxRows={6} placeholder={t('entry.notePlaceholder')}
            aria-label={t('entry.noteLabel', { name: e.name })} value={note} maxLength={5000}
            onChange={(ev) => setNote(ev.currentTarget.value)}
            onBlur={() => note !== (e.note ?? '') && onNote(note)}
            data-testid="entry-note"
          />
        </Stack>
        <Stack gap={2} w={200}>
          <Select size="xs" aria-label={t('entry.statusOf', { name: e.name })} data={SHORTLIST_STATUSES.map((s) => ({ value: s, label: t(SHORTLIST_STATUS_LABEL[s]) }))}
            value={e.status} allowDeselect={false} onChange={(v) => v && v !== e.status && onStatus(v as ShortlistStatus)} data-testid="entry-status" />
          <Text size="xs" c="dimmed" data-testid="entry-status-date">{e.statusChangedAt ? t('entry.since', { at: e.statusChangedAt }) : t('entry.sinceUnknown')}</Text>
        </Stack>
        <ActionIcon variant="subtle" color="red" aria-label={t('entry.remove', { name: e.name })} onClick={onRemove} data-testid="entry-remove">
          <IconTrash size={16} aria-hidden />
        </ActionIcon>
      </Group>
    </Paper>
  );
}
