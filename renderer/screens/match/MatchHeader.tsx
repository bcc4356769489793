// The Match screen's head: the role and its client window, the as-of date, and the links to the role
// editor and the shortlist. Memoized: a what-if or a new answer does not change it, so it does not
// re-render with them.
import { Button, Group, Text, TextInput, Title } from '@mantine/core';
import { IconListCheck, IconPencil } from '@tabler/icons-react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { WeightPreset } from '../../../shared/bench/schema';
import { WEIGHT_PRESET_LABEL } from '../../components/labels';

export const MatchHeader = memo(function MatchHeader({ roleId, title, clientName, clientWindow, evaluated, preset, asOf, onAsOf, shortlisted }: {
  roleId: string;
  title: string;
  clientName: string;
  clientWindow: string;
  evaluated: number;
  preset: WeightPreset;
  asOf: string;
  onAsOf: (date: string) => void;
  shortlisted: number;
}) {
  const { t } = useTranslation(['match', 'roles']);
  return (
    <Group justify="space-between" align="flex-end">
      <div>
        <Title order={2} size="h3" data-testid="match-role-title">{title}</Title>
        <Text size="sm" c="dimmed">
          {t('header.summary', { client: clientName, window: clientWindow, evaluated, preset: t(WEIGHT_PRESET_LABEL[preset]) })}
        </Text>
      </div>
      <Group gap="xs" align="flex-end">
        <TextInput label={t('header.asOf')} type="date" value={asOf} onChange={(e) => onAsOf(e.currentTarget.value)} w={170} data-testid="match-asof"
          description={t('header.asOfHint')} />
        <Button component={Link} to={`/roles/${encodeURIComponent(roleId)}`} variant="default" leftSection={<IconPencil size={16} aria-hidden />}>{t('header.editRole')}</Button>
        <Button component={Link} to={`/shortlists/${encodeURIComponent(roleId)}`} variant="light" leftSection={<IconListCheck size={16} aria-hidden />}>
          {t('header.shortlist', { n: shortlisted })}
        </Button>
      </Group>
    </Group>
  );
});
