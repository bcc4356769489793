// The latest rubric of an engineer as bars, beside the bench median for the same seniority. The same
// numbers sit in a table for screen readers (a chart alone says nothing to them).
import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RubricScores, Seniority } from '../../../shared/bench/schema';
import type { RubricMedians } from '../../../shared/vetting/median';
import { DIMENSIONS } from '../../../shared/vetting/rubric';

export function RubricChart({ scores, medians, seniority }: { scores: RubricScores | undefined; medians: RubricMedians | undefined; seniority: Seniority }) {
  const { t } = useTranslation(['rubric']);
  const data = DIMENSIONS.map((d) => ({
    dimension: t(d.label),
    engineer: scores?.[d.key] ?? 0,
    median: medians?.medians[d.key] ?? 0,
  }));
  const medianLabel = `Bench median (${seniority}${medians ? `, ${medians.engineers} engineers` : ''})`;
  return (
    <div data-testid="rubric-chart">
      <BarChart
        h={340}
        data={data}
        dataKey="dimension"
        orientation="vertical"
        series={[
          { name: 'engineer', label: 'This engineer', color: 'teal.7' },
          { name: 'median', label: medianLabel, color: 'gray.6' },
        ]}
        xAxisProps={{ domain: [0, 5], ticks: [0, 1, 2, 3, 4, 5] }}
        yAxisProps={{ width: 150, interval: 0 }}
        gridAxis="x"
        withLegend
        // The table below carries the numbers for assistive tech; the drawing itself is hidden and not focusable.
        barChartProps={{ accessibilityLayer: false }}
        aria-hidden
      />
      <Text size="xs" c="dimmed">0 means not scored.</Text>
      <VisuallyHidden>
        <table>
          <caption>Latest rubric scores against the {medianLabel}</caption>
          <thead><tr><th>Dimension</th><th>This engineer</th><th>Bench median</th></tr></thead>
          <tbody>
            {DIMENSIONS.map((d) => (
              <tr key={d.key}><th>{t(d.label)}</th><td>{scores?.[d.key] ?? 'not scored'}</td><td>{medians?.medians[d.key] ?? 'none'}</td></tr>
            ))}
          </tbody>
        </table>
      </VisuallyHidden>
    </div>
  );
}
