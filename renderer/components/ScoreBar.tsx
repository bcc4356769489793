// A 0-100 score as a labelled bar (Match and Shortlists screens): the number is always shown as text.
import { Group, Progress, Text } from '@mantine/core';

/** The bar's Mantine color for a 0-100 score (also used by the Match rows' plain-element bar). */
export const scoreColor = (value: number): string => (value >= 80 ? 'teal' : value >= 60 ? 'indigo' : value >= 40 ? 'yellow' : 'gray');

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
