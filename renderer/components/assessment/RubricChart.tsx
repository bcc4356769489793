// The latest rubric of an engineer as bars, beside the bench median for the same seniority. The same
// numbers sit in a table for screen readers (a chart alone says nothing to them).
import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RubricScores, Seniority } from '../../../shared/bench/schema';
import type { RubricMedians } from '../../../shared/vetting/median';
import { DIMENSIONS, SENIORITY_WORD } from '../../../shared/vetting/rubric';

export function RubricChart({ scores, medians, seniority }: { scores: RubricScores | undefined; medians: RubricMedians | undefined; seniority: Seniority }) {
  const { t } = useTranslation(['vetting', 'rubric']);
  const data = DIMENSIONS.map((d) => ({
    dimension: t(d.label),
    engineer: scores?.[d.key] ?? 0,
    median: medians?.medians[d.key] ?? 0,
  }));
  const medianLabel = medians ? t('chart.medianOf', { seniority: t(SENIORITY_WORD[seniority]), count: medians.engineers }) : t('chart.median', { seniority: t(SENIORITY_WORD[seniority]) });
  return (
    <div data-testid="rubric-chart">
      <BarChart
        h={340}
        data={data}
        dataKey="dimension"
        orientation="vertical"
        series={[
          { name: 'engineer', label: t('chart.thisEngineer'), color: 'teal.7' },
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
      <Text size="xs" c="dimmed">{t('chart.zero')}</Text>
      <VisuallyHidden>
        <table>
          <caption>{t('chart.caption', { median: medianLabel })}</caption>
          <thead><tr><th>{t('chart.dimension')}</th><th>{t('chart.thisEngineer')}</th><th>{t('chart.benchMedian')}</th></tr></thead>
          <tbody>
            {DIMENSIONS.map((d) => (
              <tr key={d.key}><th>{t(d.label)}</th><td>{scores?.[d.key] ?? t('chart.notScored')}</td><td>{medians?.medians[d.key] ?? t('chart.none')}</td></tr>
            ))}
          </tbody>
        </table>
      </VisuallyHidden>
    </div>
  );
}
