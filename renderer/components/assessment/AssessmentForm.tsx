// The assessment form: kind, date, assessor, the eight rubric dimensions with their help text, verified
// skill levels, English, red flags, recommendation, recommended seniority and notes. It saves itself as
// a draft while the lead types; Finalize (confirmed) makes the record final and immutable.
import { ActionIcon, Alert, Badge, Button, Checkbox, Group, Modal, Paper, Radio, Select, SimpleGrid, Stack, Table, Text, Textarea, TextInput, Title } from '@mantine/core';
import { IconLock, IconTrash } from '@tabler/icons-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { skillKey } from '../../../shared/taxonomy';
import { AmendmentChanges } from './AmendmentChanges';
import type { AssessmentRecord } from '../../../shared/api/assessments';
import { ASSESSMENT_KINDS, CEFR, RECOMMENDATIONS, RED_FLAGS, SENIORITIES, type Assessment, type Cefr, type Recommendation, type RubricKey, type Seniority } from '../../../shared/bench/schema';
import { todayLocal } from '../../../shared/bench/dates';
import { useTranslation } from 'react-i18next';
import { DIMENSIONS, KIND_LABEL, RECOMMENDATION_LABEL, RED_FLAG_TEXT, SCORE_WORDS, SENIORITY_GUIDE, SENIORITY_WORD } from '../../../shared/vetting/rubric';
import { useFormat } from '../../i18n/useFormat';
import { api } from '../../api/client';
import { ErrorView } from '../ErrorView';
import { SkillPicker } from '../SkillPicker';
import { fromDraft, toDraft, type FormValues } from './formValues';
import { useAutosave, type SaveState } from './useAutosave';
import { useBusyAction } from '../../hooks/useBusyAction';

export interface AssessmentFormProps {
  engineerId: string;
  /** The draft being edited; absent for a new one. */
  record?: AssessmentRecord;
  /** Starting values for a new draft. */
  initial: FormValues;
  /** A draft was created or saved (the history refreshes). */
  onSaved: (r: AssessmentRecord) => void;
  /** Finalized or discarded: the form closes. */
  onClosed: () => void;
  /** The engineer's current level per skill (skillKey): a verified skill starts there, never lower by accident. */
  currentLevels: ReadonlyMap<string, number>;
  /** For an amendment: the content of the record it amends, to show what changed. */
  amended?: Assessment | undefined;
  /** Opened by a button: scroll the form into view and put the focus in it. */
  focusOnOpen?: boolean;
}

const SCORE_OPTIONS = ['', '1', '2', '3', '4', '5'] as const;

export function AssessmentForm({ engineerId, record, initial, onSaved, onClosed, currentLevels, amended, focusOnOpen }: AssessmentFormProps) {
  // The rubric's words (shared/vetting/rubric.ts declares their keys); the form's own text is the screens'.
  const { t } = useTranslation(['vetting', 'rubric']);
  const [values, setValues] = useState<FormValues>(() => (record ? fromDraft(record.assessment) : initial));
  const [dirty, setDirty] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const { busy, error: actionError, run } = useBusyAction();
  const saved = useCallback((r: AssessmentRecord) => onSaved(r), [onSaved]);
  const auto = useAutosave(engineerId, record?.ref, values, dirty, saved);
  const set = <K extends keyof FormValues>(k: K, v: FormValues[K]) => {
    setValues((s) => ({ ...s, [k]: v }));
    setDirty(true);
  };
  const isAmendment = Boolean(record?.amends);
  // An amendment says why: the form will not finalize one without a reason.
  const err: Record<string, string> = isAmendment && !values.amendReason.trim() ? { ...auto.problems, amendReason: t('form.amendReasonNeeded') } : auto.problems;
  const today = todayLocal();
  const section = useRef<HTMLElement>(null);
  useEffect(() => {
    if (!focusOnOpen || !section.current) return;
    section.current.scrollIntoView({ block: 'start' });
    section.current.querySelector<HTMLElement>(isAmendment ? '[data-testid="field-amend-reason"]' : 'input:not([type="hidden"])')?.focus({ preventScroll: true });
  }, [focusOnOpen, isAmendment]);
  const levelOnProfile = (name: string) => currentLevels.get(skillKey(name));

  // The confirmation closes either way: on success the form closes too, on a refusal the error shows.
  const finalize = () => run(async () => {
    try {
      const r = (await auto.saveNow()) ?? undefined;
      const ref = r?.ref ?? auto.ref.current;
      if (!ref) throw new Error(t('form.cannotSave'));
      await api.finalizeAssessment({ ref });
    } finally {
      setConfirming(false);
    }
    onClosed();
  });

  const discard = () => run(async () => {
    if (auto.ref.current) await api.discardDraft({ ref: auto.ref.current });
    onClosed();
  });

  return (
    <Paper withBorder p="md" data-testid="assessment-form" component="section" aria-labelledby="assessment-form-title" ref={section} style={{ scrollMarginTop: 16 }}>
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="assessment-form-title">
          {record?.amends ? t('form.amendmentOf', { ref: record.amends }) : auto.ref.current ? t('form.draft', { ref: auto.ref.current }) : t('form.new')}
        </Title>
        <SaveBadge state={auto.state} />
      </Group>
      {record?.amends ? <Text size="sm" c="dimmed" mb="sm">{t('form.amendHelp', { ref: record.amends })}</Text> : null}
      <Stack gap="md">
        {record?.amends ? (
          <>
            <Textarea label={t('form.amendReason')} description={t('form.amendReasonHint')} required autosize minRows={2} maxRows={6} maxLength={2000} value={values.amendReason} onChange={(e) => set('amendReason', e.currentTarget.value)} error={dirty || values.amendReason ? err.amendReason : undefined} data-testid="field-amend-reason" />
            {amended ? <AmendmentChanges before={amended} after={toDraft(values)} of={record.amends} /> : null}
          </>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Select label={t('form.kind')} data={ASSESSMENT_KINDS.map((k) => ({ value: k, label: t(KIND_LABEL[k]) }))} value={values.kind} onChange={(v) => v && set('kind', v as FormValues['kind'])} allowDeselect={false} data-testid="field-kind" />
          <TextInput label={t('form.date')} type="date" max={today} value={values.date} onChange={(e) => set('date', e.currentTarget.value)} error={err.date} required data-testid="field-date" />
          <TextInput label={t('form.assessor')} value={values.assessor} onChange={(e) => set('assessor', e.currentTarget.value)} error={err.assessor} required description={t('form.assessorHint')} data-testid="field-assessor" />
        </SimpleGrid>

        <fieldset style={{ border: 0, padding: 0, margin: 0 }}>
          <Text component="legend" fw={600} mb={4}>{t('form.rubric', { s1: t(SCORE_WORDS[1]), s2: t(SCORE_WORDS[2]), s3: t(SCORE_WORDS[3]), s4: t(SCORE_WORDS[4]), s5: t(SCORE_WORDS[5]) })}</Text>
          {err.scores ? <Text c="red.8" size="sm" role="alert" data-testid="error-scores">{t('form.needed', { what: err.scores })}</Text> : null}
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" verticalSpacing="sm">
            {DIMENSIONS.map((d) => (
              <Radio.Group
                key={d.key}
                label={t(d.label)}
                description={t('form.high', { help: t(d.help) })}
                value={values.scores[d.key] !== undefined ? String(values.scores[d.key]) : ''}
                onChange={(v) => set('scores', { ...values.scores, [d.key]: v === '' ? undefined : Number(v) } as Partial<Record<RubricKey, number>>)}
                error={err[`scores.${d.key}`]}
                data-testid={`score-${d.key}`}
              >
                <Group gap="sm" mt={6}>
                  {SCORE_OPTIONS.map((o) => (
                    <Radio key={o} value={o} label={o === '' ? '–' : o} aria-label={o === '' ? t('form.notScored', { dimension: t(d.label) }) : t('form.scored', { dimension: t(d.label), score: o, word: t(SCORE_WORDS[Number(o) as 1]) })} />
                  ))}
                </Group>
              </Radio.Group>
            ))}
          </SimpleGrid>
        </fieldset>

        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <Stack gap="xs">
            <SkillPicker label={t('form.verifiedSkills')} onPick={(name) => !values.verifiedSkills.some((v) => v.name.toLowerCase() === name.toLowerCase()) && set('verifiedSkills', [...values.verifiedSkills, { name, level: levelOnProfile(name) ?? 3 }])} taken={values.verifiedSkills.map((v) => v.name)} testId="field-verified-skill" />
            {values.verifiedSkills.length ? (
              <Table withRowBorders={false} data-testid="verified-skills">
                <Table.Tbody>
                  {values.verifiedSkills.map((v, i) => (
                    <Table.Tr key={v.name}>
                      <Table.Td>
                        {v.name}
                        {levelOnProfile(v.name) !== undefined ? <Text size="xs" c={levelOnProfile(v.name)! > v.level ? 'red.8' : 'dimmed'} data-testid="current-level">{levelOnProfile(v.name)! > v.level ? t('form.belowCurrent', { level: levelOnProfile(v.name)! }) : t('form.currentLevel', { level: levelOnProfile(v.name)! })}</Text> : null}
                      </Table.Td>
                      <Table.Td w={120}>
                        <Select
                          aria-label={t('form.verifiedLevel', { skill: v.name })}
                          data={['1', '2', '3', '4', '5']}
                          value={String(v.level)}
                          allowDeselect={false}
                          size="xs"
                          onChange={(l) => l && set('verifiedSkills', values.verifiedSkills.map((x, j) => (j === i ? { ...x, level: Number(l) } : x)))}
                          error={err[`verifiedSkills.${i}`]}
                        />
                      </Table.Td>
                      <Table.Td w={40}>
                        <ActionIcon variant="subtle" color="red" aria-label={t('form.remove', { skill: v.name })} onClick={() => set('verifiedSkills', values.verifiedSkills.filter((_, j) => j !== i))}>
                          <IconTrash size={16} aria-hidden />
                        </ActionIcon>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            ) : <Text size="xs" c="dimmed">{t('form.verifiedHelp')}</Text>}
          </Stack>
          <Stack gap="xs">
            <Select label={t('form.english')} placeholder={t('form.notAssessed')} data={[...CEFR]} value={values.englishLevel} onChange={(v) => set('englishLevel', (v as Cefr | null) ?? null)} clearable data-testid="field-english" />
            <Select label={t('form.recommendation')} placeholder={t('form.noneYet')} data={RECOMMENDATIONS.map((r) => ({ value: r, label: t(RECOMMENDATION_LABEL[r]) }))} value={values.recommendation} onChange={(v) => set('recommendation', (v as Recommendation | null) ?? null)} clearable data-testid="field-recommendation" />
            <Select
              label={t('form.seniority')}
              placeholder={t('form.noneYet')}
              data={SENIORITIES.map((s) => ({ value: s, label: t(SENIORITY_WORD[s]) }))}
              value={values.recommendedSeniority}
              onChange={(v) => set('recommendedSeniority', (v as Seniority | null) ?? null)}
              clearable
              description={values.recommendedSeniority ? t(SENIORITY_GUIDE[values.recommendedSeniority]) : t('form.seniorityHint', { junior: t(SENIORITY_WORD.junior), mid: t(SENIORITY_WORD.mid), senior: t(SENIORITY_WORD.senior), lead: t(SENIORITY_WORD.lead) })}
              data-testid="field-seniority"
            />
          </Stack>
        </SimpleGrid>

        <Checkbox.Group label={t('form.redFlags')} value={values.redFlags} onChange={(v) => set('redFlags', v as FormValues['redFlags'])} data-testid="field-red-flags">
          <SimpleGrid cols={{ base: 1, md: 2 }} mt={6} spacing={6}>
            {RED_FLAGS.map((f) => <Checkbox key={f} value={f} label={t(RED_FLAG_TEXT[f].label)} description={t(RED_FLAG_TEXT[f].meaning)} />)}
          </SimpleGrid>
        </Checkbox.Group>

        <Textarea label={t('form.notes')} autosize minRows={3} maxRows={12} value={values.notes} onChange={(e) => set('notes', e.currentTarget.value)} error={err.notes} data-testid="field-notes" />

        {auto.state.kind === 'error' ? <ErrorView error={auto.state.error} /> : null}
        {actionError ? <ErrorView error={actionError} /> : null}
        <Group justify="space-between">
          <Button variant="subtle" color="red" leftSection={<IconTrash size={16} aria-hidden />} onClick={() => void discard()} data-testid="discard-draft">{t('form.discard')}</Button>
          <Button leftSection={<IconLock size={16} aria-hidden />} onClick={() => setConfirming(true)} disabled={Object.keys(err).length > 0} data-testid="finalize">{t('form.finalize')}</Button>
        </Group>
      </Stack>
      <Modal opened={confirming} onClose={() => setConfirming(false)} title={t('form.confirmTitle')} centered>
        <Stack>
          <Alert color="yellow" variant="light">{t('form.confirmBody')}</Alert>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setConfirming(false)}>{t('form.keepEditing')}</Button>
            <Button onClick={() => void finalize()} loading={busy} data-testid="confirm-finalize">{t('form.confirm')}</Button>
          </Group>
        </Stack>
      </Modal>
    </Paper>
  );
}

function SaveBadge({ state }: { state: SaveState }) {
  const { t } = useTranslation(['vetting']);
  const f = useFormat();
  const [text, color] =
    state.kind === 'saving' ? [t('form.saving'), 'blue']
    : state.kind === 'saved' ? [t('form.saved', { at: f.time(state.at) }), 'teal']
    : state.kind === 'invalid' ? [t('form.invalid'), 'red']
    : state.kind === 'error' ? [t('form.error'), 'red']
    : [t('form.idle'), 'gray'];
  return <Badge variant="light" color={color} role="status" aria-live="polite" data-testid="save-state">{text}</Badge>;
}
