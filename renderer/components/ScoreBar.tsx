// A 0-100 score as a labelled bar (Match and Shortlists screens): the number is always shown as text.
import { Group, Progress, Text } from '@mantine/core';

/** The bar's colour bands, highest first: the bars and the Match screen's legend read this one list. */
export const SCORE_BANDS = [
  { min: 80, color: 'teal', label: '80+' },
  { min: 60, color: 'indigo', label: '60-79' },
  { min: 40, color: 'yellow', label: '40-59' },
  { min: -Infinity, color: 'gray', label: 'under 40' },
] as const;

/** The bar's Mantine color for a 0-100 score (also used by the Match rows' plain-element bar). */
export const scoreColor = (value: number): string => SCORE_BANDS.find((b) => value >= b.min)!.color;

/** What the bar colours mean, for a screen full of bars. */
export function ScoreLegend() {
  return (
    <Group gap="sm" aria-label="Score bar colours" role="group" data-testid="score-legend">
      <Text size="xs" c="dimmed">Score:</Text>
      {SCORE_BANDS.map((b) => (
        <Group key={b.color} gap={4} wrap="nowrap">
          <span aria-hidden style={{ display: 'inline-block', width: 14, height: 8, borderRadius: 2, background: `var(--mantine-color-${b.color}-filled)` }} />
          <Text size="xs">{b.label}</Text>
        </Group>
      ))}
    </Group>
  );
}

export function ScoreBar({ score, label = 'Score', w = 140 }: { score: number; label?: string; w?: number }) {
  const value = Math.max(0, Math.min(100, score));
  const color = scoreColor(value);
  return (
    <Group gap={6} wrap="nowrap">
      <Progress value={value} color={color} w={w} aria-label={`${label}: ${value.toFixed(1)} of 100`} />
      <Text size="sm" fw={600} w={40} ta="right">{value.toFixed(1)}</Text>
    </Group>
  );
}
