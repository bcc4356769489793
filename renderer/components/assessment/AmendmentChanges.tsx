// What an amendment changes against the record it amends (shared/vetting/changes.ts), in words: shown
// live in the amendment's form and kept under each amendment in the history.
import { List, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../shared/bench/schema';
import { assessmentChanges, type AssessmentChange, type PlainField } from '../../../shared/vetting/changes';
import { DIMENSIONS, KIND_LABEL, RECOMMENDATION_LABEL, RED_FLAG_TEXT, SENIORITY_WORD } from '../../../shared/vetting/rubric';
import { useFormat } from '../../i18n/useFormat';

const FIELD_LABEL = {
  kind: 'vetting:form.kind', date: 'vetting:form.date', assessor: 'vetting:form.assessor', englishLevel: 'vetting:form.english',
  recommendation: 'vetting:form.recommendation', recommendedSeniority: 'vetting:form.seniority', notes: 'vetting:form.notes',
} as const satisfies Record<PlainField, string>;
const DIMENSION_LABEL = new Map(DIMENSIONS.map((d) => [d.key, d.label]));

export function AmendmentChanges({ before, after, of }: { before: Omit<Assessment, 'id'>; after: Omit<Assessment, 'id'>; of: string }) {
  const { t } = useTranslation(['vetting', 'rubric']);
  const f = useFormat();
  const changes = assessmentChanges(before, after);
  const none = t('changes.none');
  const value = (c: Extract<AssessmentChange, { kind: 'field' }>, v: string | undefined): string => {
    if (v === undefined) return none;
    switch (c.field) {
      case 'kind': return t(KIND_LABEL[v as Assessment['kind']]);
      case 'date': return f.date(v);
      case 'recommendation': return t(RECOMMENDATION_LABEL[v as NonNullable<Assessment['recommendation']>]);
      case 'recommendedSeniority': return t(SENIORITY_WORD[v as NonNullable<Assessment['recommendedSeniority']>]);
      case 'notes': return v.length > 80 ? `${v.slice(0, 79)}…` : v;
      default: return v;
    }
  };
  const level = (n: number | undefined) => (n === undefined ? none : f.number(n));
  const line = (c: AssessmentChange): string => {
    switch (c.kind) {
      case 'field': return t('changes.line', { what: t(FIELD_LABEL[c.field]), before: value(c, c.before), after: value(c, c.after) });
      case 'score': return t('changes.line', { what: t(DIMENSION_LABEL.get(c.dimension)!), before: level(c.before), after: level(c.after) });
      case 'skill': return t('changes.skill', { skill: c.skill, before: level(c.before), after: level(c.after) });
      case 'redFlags': return t('changes.redFlags', {
        added: c.added.length ? f.list(c.added.map((x) => t(RED_FLAG_TEXT[x].label))) : none,
        removed: c.removed.length ? f.list(c.removed.map((x) => t(RED_FLAG_TEXT[x].label))) : none,
      });
    }
  };
  return (
    <Paper withBorder p="xs" data-testid="amendment-changes">
      <Text size="sm" fw={600}>{t('changes.title', { ref: of })}</Text>
      {changes.length ? (
        <List size="sm" spacing={2} mt={4}>
          {changes.map((c, i) => <List.Item key={i} data-testid="amendment-change">{line(c)}</List.Item>)}
        </List>
      ) : <Text size="sm" c="dimmed" mt={4}>{t('changes.nothing')}</Text>}
    </Paper>
  );
}
