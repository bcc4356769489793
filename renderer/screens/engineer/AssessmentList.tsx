// Every assessment, oldest first (a finalized assessment is history), as a timeline of plain text.
import { Badge, Group, Text, Timeline } from '@mantine/core';
import { RUBRIC_KEYS, type Assessment } from '../../../shared/bench/schema';
import { rubricAverage } from '../../../shared/matching/effective';
import { EmptyState } from '../../components/States';

const words = (s: string) => s.replace(/_/g, ' ').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

export function AssessmentList({ assessments }: { assessments: Assessment[] }) {
  if (assessments.length === 0) return <EmptyState title="Not assessed yet">No interview has been recorded for this engineer.</EmptyState>;
  return (
    <Timeline bulletSize={14} lineWidth={2} data-testid="assessments">
      {assessments.map((a, i) => {
        const { average } = rubricAverage(a.scores);
        return (
          <Timeline.Item key={a.id ?? i} title={`${a.date} · ${words(a.kind)} · ${a.assessor}`}>
            <Group gap="xs" mt={4}>
              {a.recommendation ? <Badge size="sm" variant="light" color={a.recommendation.endsWith('yes') ? 'teal' : 'red'}>{words(a.recommendation)}</Badge> : null}
              {a.recommendedSeniority ? <Badge size="sm" variant="outline">{a.recommendedSeniority}</Badge> : null}
              {a.englishLevel ? <Badge size="sm" variant="outline">English {a.englishLevel}</Badge> : null}
              {average !== null ? <Text size="xs">rubric average {average.toFixed(1)}/5</Text> : null}
            </Group>
            {a.scores ? (
              <Text size="xs" c="dimmed" mt={4}>
                {RUBRIC_KEYS.filter((k) => a.scores?.[k] !== undefined).map((k) => `${words(k)} ${a.scores![k]}`).join(' · ')}
              </Text>
            ) : null}
            {a.verifiedSkills?.length ? <Text size="xs" mt={4}>Verified: {a.verifiedSkills.map((v) => `${v.name} ${v.level}`).join(', ')}</Text> : null}
            {a.redFlags?.length ? <Text size="xs" c="red.8" mt={4}>Red flags: {a.redFlags.map(words).join(', ')}</Text> : null}
            {a.notes ? <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>{a.notes}</Text> : null}
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
