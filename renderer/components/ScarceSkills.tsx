// The warning for must-haves that few or no engineers on the bench hold ("No engineer has MLOps; 38
// have related MLflow"), with each related skill as a one-click swap. The role editor swaps it in the
// form; the Match screen shows the swap as a what-if.
import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconArrowsExchange } from '@tabler/icons-react';
import type { SkillSupply } from '../../shared/matching/supply';
import { supplyText } from '../../shared/matching/words';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../i18n/useLanguage';

export function ScarceSkills({ supply, onSwap }: { supply: readonly SkillSupply[]; onSwap: (skill: string, to: string) => void }) {
  const { t } = useTranslation(['match']);
  const lng = useLanguage();
  if (!supply.length) return null;
  return (
    <Alert color="orange" title={supply.length === 1 ? t('scarce.one') : t('scarce.many')} data-testid="scarce-skills">
      <Stack gap={6}>
        {supply.map((s) => (
          <Group key={s.skill} gap="xs" data-testid="scarce-skill" data-skill={s.skill}>
            <Text size="sm">{t('scarce.sentence', { text: supplyText(s, lng) })}</Text>
            {s.related.map((r) => (
              <Button key={r.skill} size="compact-xs" variant="light" leftSection={<IconArrowsExchange size={12} aria-hidden />}
                onClick={() => onSwap(s.skill, r.skill)} data-testid="swap-skill" aria-label={t('scarce.swapLabel', { to: r.skill, skill: s.skill })}>
                {t('scarce.use', { skill: r.skill })}
              </Button>
            ))}
          </Group>
        ))}
      </Stack>
    </Alert>
  );
}
