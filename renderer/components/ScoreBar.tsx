// A 0-100 score as a labelled bar (Match and Shortlists screens): the number is always shown as text.
import { Group, Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/useFormat';

/** The bar's colour bands, highest first: the bars and the Match screen's legend read this one list. */
export const SCORE_BANDS = [
  { min: 80, color: 'teal', label: '80+' },
  { min: 60, color: 'indigo', label: '60-79' },
  { min: 40, color: 'yellow', label: '40-59' },
  // The lowest band is named in words ("under 40"), in the user's language.
  { min: -Infinity, color: 'gray', label: null },
] as const;

/** The bar's Mantine color for a 0-100 score (also used by the Match rows' plain-element bar). */
export const scoreColor = (value: number): string => SCORE_BANDS.find((b) => value >= b.min)!.color;

/** What the bar colours mean, for a screen full of bars. */
export function ScoreLegend() {
  const { t } = useTranslation(['match']);
  return (
    <Group gap="sm" aria-label={t('legend.label')} role="group" data-testid="score-legend">
      <Text size="xs" c="dimmed">{t('legend.score')}</Text>
      {SCORE_BANDS.map((b) => (
        <Group key={b.color} gap={4} wrap="nowrap">
          <span aria-hidden style={{ display: 'inline-block', width: 14, height: 8, borderRadius: 2, background: `var(--mantine-color-${b.color}-filled)` }} />
          <Text size="xs">{b.label ?? t('legend.under40')}</Text>
        </Group>
      ))}
    </Group>
  );
}

export function ScoreBar({ score, label, w = 140 }: { score: number; label?: string; w?: number }) {
  const { t } = useTranslation(['match']);
  const f = useFormat();
  const value = Math.max(0, Math.min(100, score));
  const color = scoreColor(value);
  return (
    <Group gap={6} wrap="nowrap">
      <Progress value={value} color={color} w={w} aria-label={t('scoreBar', { label: label ?? t('score'), score: value })} />
      <Text size="sm" fw={600} w={40} ta="right">{f.number(value, { minimumFractionDigits: 1, maximumFractionDigits: 1 })}</Text>
    </Group>
  );
}
