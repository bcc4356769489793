// Every assessment record, oldest first: drafts, finalized ones, amendments with what they correct,
// superseded ones marked, each with who recorded it and when. Actions: continue a draft, amend the
// current version of a finalized record, set the vetting status from it.
import { Badge, Button, Group, Text, Timeline } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AssessmentRecord } from '../../../shared/api/assessments';
import { RUBRIC_KEYS } from '../../../shared/bench/schema';
import { rubricAverage } from '../../../shared/matching/effective';
import { DIMENSIONS, KIND_LABEL, RECOMMENDATION_LABEL, SENIORITY_WORD } from '../../../shared/vetting/rubric';
import { useFormat } from '../../i18n/useFormat';
import { EmptyState } from '../States';
import { AmendmentChanges } from './AmendmentChanges';
import { RedFlagBadges } from './RedFlagBadges';

const LABEL = new Map(DIMENSIONS.map((d) => [d.key, d.label]));

export interface HistoryActions {
  onContinue: (r: AssessmentRecord) => void;
  onAmend: (r: AssessmentRecord) => void;
  onSetStatus: (r: AssessmentRecord) => void;
}

export function AssessmentHistory({ records, actions }: { records: AssessmentRecord[]; actions: HistoryActions }) {
  const { t } = useTranslation(['vetting', 'rubric']);
  const f = useFormat();
  const byRef = new Map(records.map((r) => [r.ref, r]));
  if (records.length === 0) return <EmptyState title={t('history.emptyTitle')}>{t('history.emptyBody')}</EmptyState>;
  return (
    <Timeline bulletSize={14} lineWidth={2} data-testid="assessment-history">
      {records.map((r) => {
        const a = r.assessment;
        const { average } = rubricAverage(a.scores);
        const current = r.status === 'final' && !r.supersededBy;
        return (
          <Timeline.Item key={r.ref} title={t('history.title', { date: a.date, kind: t(KIND_LABEL[a.kind]), assessor: a.assessor })} data-testid={`record-${r.ref}`} color={r.status === 'draft' ? 'yellow' : r.supersededBy ? 'gray' : 'teal'}>
            <Group gap="xs" mt={4}>
              <Badge size="sm" variant="light" color={r.status === 'draft' ? 'yellow' : 'teal'} data-testid="record-status">{r.status === 'draft' ? t('history.draft') : t('history.final')}</Badge>
              {r.amends ? <Badge size="sm" variant="outline" color="blue">{t('history.amends', { ref: r.amends })}</Badge> : null}
              {r.supersededBy ? <Badge size="sm" variant="outline" color="gray">{t('history.supersededBy', { ref: r.supersededBy })}</Badge> : null}
              {a.recommendation ? <Badge size="sm" variant="light" color={a.recommendation.endsWith('yes') ? 'teal' : 'red'}>{t(RECOMMENDATION_LABEL[a.recommendation])}</Badge> : null}
              {a.recommendedSeniority ? <Badge size="sm" variant="outline">{t(SENIORITY_WORD[a.recommendedSeniority])}</Badge> : null}
              {a.englishLevel ? <Badge size="sm" variant="outline">{t('history.english', { level: a.englishLevel })}</Badge> : null}
              {average !== null ? <Text size="xs">{t('history.average', { average })}</Text> : null}
            </Group>
            <Text size="xs" c="dimmed" mt={4}>
              {[t('history.recorded', { ref: r.ref, who: r.createdBy, at: r.createdAt }), r.finalizedAt ? t('history.finalized', { at: r.finalizedAt }) : t('history.notFinalized')].join(' · ')}
            </Text>
            {a.scores ? <Text size="xs" mt={4}>{RUBRIC_KEYS.filter((k) => a.scores?.[k] !== undefined).map((k) => t('history.score', { dimension: t(LABEL.get(k)!), score: a.scores![k]! })).join(' · ')}</Text> : null}
            {a.verifiedSkills?.length ? <Text size="xs" mt={4}>{t('history.verified', { skills: f.list(a.verifiedSkills.map((v) => `${v.name} ${f.number(v.level)}`), 'unit') })}</Text> : null}
            {a.redFlags?.length ? <div style={{ marginTop: 4 }}><RedFlagBadges flags={a.redFlags} /></div> : null}
            {a.notes ? <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>{a.notes}</Text> : null}
            {a.amendReason ? <Text size="sm" mt={4} data-testid="amend-reason">{t('history.reason', { reason: a.amendReason })}</Text> : null}
            {r.amends && byRef.get(r.amends) ? <div style={{ marginTop: 4 }}><AmendmentChanges before={byRef.get(r.amends)!.assessment} after={a} of={r.amends} /></div> : null}
            <Group gap="xs" mt={6}>
              {r.status === 'draft' ? <Button size="compact-sm" variant="light" onClick={() => actions.onContinue(r)} data-testid="continue-draft">{t('history.continue')}</Button> : null}
              {current ? <Button size="compact-sm" variant="default" onClick={() => actions.onAmend(r)} data-testid="amend">{t('history.amend')}</Button> : null}
              {current ? <Button size="compact-sm" variant="default" onClick={() => actions.onSetStatus(r)} data-testid="set-status">{t('history.setStatus')}</Button> : null}
            </Group>
          </Timeline.Item>
        );
      })}
    </Timeline>
  );
}
