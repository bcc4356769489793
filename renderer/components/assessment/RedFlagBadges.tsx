// Red flags of an assessment as badges, each with its meaning on hover and for screen readers.
import { Badge, Group, Text, Tooltip } from '@mantine/core';
import { IconFlag } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { RedFlag } from '../../../shared/bench/schema';
import { RED_FLAG_TEXT } from '../../../shared/vetting/rubric';

export function RedFlagBadges({ flags, none }: { flags: readonly RedFlag[]; none?: string }) {
  const { t } = useTranslation(['vetting', 'rubric']);
  if (flags.length === 0) return <Text size="sm" c="dimmed" data-testid="red-flags-none">{none ?? t('redFlag.none')}</Text>;
  return (
    <Group gap={6} data-testid="red-flags">
      {flags.map((f) => (
        <Tooltip key={f} label={t(RED_FLAG_TEXT[f].meaning)} withArrow>
          <Badge color="red" variant="light" leftSection={<IconFlag size={12} aria-hidden />} aria-label={t('redFlag.aria', { label: t(RED_FLAG_TEXT[f].label), meaning: t(RED_FLAG_TEXT[f].meaning) })}>
            {t(RED_FLAG_TEXT[f].label)}
          </Badge>
        </Tooltip>
      ))}
    </Group>
  );
}
