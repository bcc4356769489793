// Every assessment record, oldest first: drafts, finalized ones, amendments with what they correct,
// superseded ones marked, each with who recorded it and when. Actions: continue a draft, amend the
// current version of a finalized record, set the vetting status from it.
import { Badge, Button, Group, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AssessmentRecord } from '../../../shared/api/assessments';
import { RUBRIC_KEYS } from '../../../shared/bench/schema';
import { rubricAverage } from '../../../shared/matching/effective';
import { DIMENSIONS, KIND_LABEL, RECOMMENDATION_LABEL } from '../../../shared/vetting/rubric';
import { EmptyState } from '../States';
import { RedFlagBadges } from './RedFlagBadges';

const LABEL = new Map(DIMENSIONS.map((d) => [d.key, d.label]));
const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export interface HistoryActions {
  onContinue: (r: AssessmentRecord) => void;
  onAmend: (r: AssessmentRecord) => void;
  onSetStatus: (r: AssessmentRecord) => void;
}

export function AssessmentHistory({ records, actions }: { records: AssessmentRecord[]; actions: HistoryActions }) {
  const { t: rt } = useTranslation(['rubric']);
  if (records.length === 0) return <EmptyState title="Not assessed yet">No interview has been recorded for this engineer.</EmptyState>;
  return (
    <Timeline bulletSize={14} lineWidth={2} data-testid="assessment-history">
      {records.map((r) => {
        const a = r.assessment;
        const { average } = rubricAverage(a.scores);
        const current = r.status === 'final' && !r.supersededBy;
        return (
          <Timeline.Item key={r.ref} title={`${a.date} · ${rt(KIND_LABEL[a.kind])} · ${a.assessor}`} data-testid={`record-${r.ref}`} color={r.status === 'draft' ? 'yellow' : r.supersededBy ? 'gray' : 'teal'}>
            <Group gap="xs" mt={4}>
              <Badge size="sm" variant="light" color={r.status === 'draft' ? 'yellow' : 'teal'} data-testid="record-status">{r.status === 'draft' ? 'draft' : 'final'}</Badge>
              {r.amends ? <Badge size="sm" variant="outline" color="blue">amends {r.amends}</Badge> : null}
              {r.supersededBy ? <Badge size="sm" variant="outline" color="gray">superseded by {r.supersededBy}</Badge> : null}
              {a.recommendation ? <Badge size="sm" variant="light" color={a.recommendation.endsWith('yes') ? 'teal' : 'red'}>{rt(RECOMMENDATION_LABEL[a.recommendation])}</Badge> : null}
              {a.recommendedSeniority ? <Badge size="sm" variant="outline">{a.recommendedSeniority}</Badge> : null}
              {a.englishLevel ? <Badge size="sm" variant="outline">English {a.englishLevel}</Badge> : null}
              {average !== null ? <Text size="xs">rubric average {average.toFixed(1)}/5</Text> : null}
            </Group>
            <Text size="xs" c="dimmed" mt={4}>
              {r.ref} · recorded by {r.createdBy} {when(r.createdAt)}{r.finalizedAt ? ` · finalized ${when(r.finalizedAt)}` : ' · not finalized'}
            </Text>
            {a.scores ? <Text size="xs" mt={4}>{RUBRIC_KEYS.filter((k) => a.scores?.[k] !== undefined).map((k) => `${rt(LABEL.get(k)!)} ${a.scores![k]}`).join(' · ')}</Text> : null}
            {a.verifiedSkills?.length ? <Text size="xs" mt={4}>Verified: {a.verifiedSkills.map((v) => `${v.name} ${v.level}`).join(', ')}</Text> : null}
            {a.redFlags?.length ? <div style={{ marginTop: 4 }}><RedFlagBadges flags={a.redFlags} /></div> : null}
            {a.notes ? <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>{a.notes}</Text> : null}
            <Group gap="xs" mt={6}>
              {r.status === 'draft' ? <Button size="compact-sm" variant="light" onClick={() => actions.onContinue(r)} data-testid="continue-draft">Continue editing</Button> : null}
              {current ? <Button size="compact-sm" variant="default" onClick={() => actions.onAmend(r)} data-testid="amend">Amend</Button> : null}
              {current ? <Button size="compact-sm" variant="default" onClick={() => actions.onSetStatus(r)} data-testid="set-status">Set vetting status…</Button> : null}
            </Group>
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
