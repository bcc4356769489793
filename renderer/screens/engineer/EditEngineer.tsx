// The profile form. Checked with the same zod schema the service uses (shared/api/engineers.ts), so a
// problem shows beside its field before saving; the service checks again and its ApiError shows too.
import { ActionIcon, Button, Group, Modal, NumberInput, Select, SimpleGrid, Stack, TagsInput, Text, Textarea, TextInput, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { engineerProfileSchema, type EngineerProfile } from '../../../shared/api/engineers';
import { renderText, toPointer } from '../../../shared/api/errors';
import { problemInWords } from '../../../shared/bench/problem-words';
import { currentLanguage } from '../../../shared/i18n/instance';
import { AVAILABILITY_STATUSES, CEFR, LEGAL_BASES, SENIORITIES, VETTING_STATUSES, type Engineer } from '../../../shared/bench/schema';
import { api } from '../../api/client';
import { ErrorView } from '../../components/ErrorView';
import { SENIORITY_WORD, VETTING_STATUS_WORD } from '../../../shared/vetting/rubric';
import { AVAILABILITY_LABEL } from '../../components/labels';
import { BASIS } from '../../components/labels';
import { ZonePicker } from '../../components/ZonePicker';


interface Draft {
  name: string; email: string; country: string; city: string; timeZone: string;
  hoursStart: string; hoursEnd: string; seniority: string; englishLevel: string;
  yearsExperience: number | string; primaryRole: string; summary: string;
  billPerHour: number | string; costPerHour: number | string; currency: string;
  availability: string; availableFrom: string; hoursPerWeek: number | string;
  vettingStatus: string; tags: string[];
  basis: string; consentDate: string; source: string; purpose: string; retainUntil: string;
  skills: { name: string; level: number | string; years: number | string; lastUsed?: number }[];
}

function toDraft(e: Engineer): Draft {
  return {
    name: e.name, email: e.email ?? '', country: e.country, city: e.city ?? '', timeZone: e.timeZone,
    hoursStart: e.workingHours?.start ?? '', hoursEnd: e.workingHours?.end ?? '', seniority: e.seniority,
    englishLevel: e.englishLevel ?? '', yearsExperience: e.yearsExperience ?? '', primaryRole: e.primaryRole ?? '',
    summary: e.summary ?? '', billPerHour: e.rate?.billPerHour ?? '', costPerHour: e.rate?.costPerHour ?? '',
    currency: e.rate?.currency ?? '', availability: e.availability?.status ?? '', availableFrom: e.availability?.from ?? '',
    hoursPerWeek: e.availability?.hoursPerWeek ?? '', vettingStatus: e.vettingStatus ?? '', tags: e.tags ?? [],
    basis: e.privacy?.basis ?? '', consentDate: e.privacy?.consentDate ?? '', source: e.privacy?.source ?? '', purpose: e.privacy?.purpose ?? '', retainUntil: e.privacy?.retainUntil ?? '',
    skills: e.skills.map((s) => ({ name: s.name, level: s.level, years: s.years ?? '', ...(s.lastUsed !== undefined ? { lastUsed: s.lastUsed } : {}) })),
  };
}

const opt = (s: string) => (s.trim() === '' ? undefined : s.trim());
const num = (v: number | string) => (v === '' ? undefined : Number(v));

/** The draft as the profile the API takes; fields left empty are absent, not empty strings. */
function toProfile(d: Draft, e: Engineer): unknown {
  const rate = { billPerHour: num(d.billPerHour), costPerHour: num(d.costPerHour), currency: opt(d.currency) };
  const hasRate = Object.values(rate).some((v) => v !== undefined);
  return JSON.parse(JSON.stringify({
    name: d.name.trim(), email: opt(d.email), country: d.country.trim().toUpperCase(), city: opt(d.city), timeZone: d.timeZone,
    workingHours: d.hoursStart || d.hoursEnd ? { start: d.hoursStart, end: d.hoursEnd } : undefined,
    englishLevel: opt(d.englishLevel), seniority: d.seniority, yearsExperience: num(d.yearsExperience),
    primaryRole: opt(d.primaryRole), summary: opt(d.summary),
    skills: d.skills.map((s) => ({ name: s.name.trim(), level: num(s.level), years: num(s.years), lastUsed: s.lastUsed })),
    rate: hasRate ? rate : undefined,
    availability: d.availability ? { status: d.availability, from: opt(d.availableFrom), hoursPerWeek: num(d.hoursPerWeek) } : undefined,
    vettingStatus: opt(d.vettingStatus), tags: d.tags.length ? d.tags : undefined, links: e.links, archived: e.archived,
    // A basis is what makes the privacy record; the dates and words belong to it.
    privacy: d.basis
      ? { basis: d.basis, consentDate: opt(d.consentDate), source: opt(d.source), purpose: opt(d.purpose), retainUntil: opt(d.retainUntil), erasedAt: e.privacy?.erasedAt }
      : undefined,
  }));
}

export function EditEngineer({ engineer, onClose }: { engineer: Engineer; onClose: () => void }) {
  const { t } = useTranslation(['engineer', 'bench', 'rubric']);
  const [d, setD] = useState<Draft>(() => toDraft(engineer));
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [saveError, setSaveError] = useState<unknown>();
  const [saving, setSaving] = useState(false);
  const set = <K extends keyof Draft>(k: K, v: Draft[K]) => setD((x) => ({ ...x, [k]: v }));
  // The problems by JSON pointer ('/rate/billPerHour'), for the field that shows each.
  const err = new Map(Object.entries(problems));

  async function save() {
    const profile = toProfile(d, engineer);
    const parsed = engineerProfileSchema.safeParse(profile, { reportInput: true });
    if (!parsed.success) {
      setProblems(Object.fromEntries(parsed.error.issues.map((i) => [toPointer(i.path), renderText(problemInWords(i), currentLanguage())])));
      return;
    }
    setProblems({});
    setSaving(true);
    try {
      await api.updateEngineer({ id: engineer.id, profile: parsed.data as EngineerProfile });
      onClose();
    } catch (e) {
      setSaveError(e);
    } finally {
      setSaving(false);
    }
  }

  const problemList = Object.entries(problems);
  return (
    <Modal opened onClose={onClose} title={<Title order={2} size="h4">{t('form.title', { name: engineer.name })}</Title>} size="xl" data-testid="edit-modal" closeButtonProps={{ 'aria-label': t('form.close') }}>
      <form onSubmit={(ev) => { ev.preventDefault(); void save(); }} noValidate>
        <Stack gap="sm">
          {problemList.length ? (
            <Text size="sm" c="red.8" role="alert" data-testid="form-problems">{t('form.problems', { count: problemList.length, problems: problemList.map(([w, m]) => `${w} ${m}`).join('; ') })}</Text>
          ) : null}
          {saveError ? <ErrorView error={saveError} /> : null}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('form.name')} required value={d.name} onChange={(e) => set('name', e.currentTarget.value)} error={err.get('/name')} data-testid="field-name" />
            <TextInput label={t('form.email')} value={d.email} onChange={(e) => set('email', e.currentTarget.value)} error={err.get('/email')} />
            <TextInput label={t('form.country')} required value={d.country} onChange={(e) => set('country', e.currentTarget.value)} error={err.get('/country')} data-testid="field-country" />
            <TextInput label={t('form.city')} value={d.city} onChange={(e) => set('city', e.currentTarget.value)} error={err.get('/city')} />
            <ZonePicker label={t('form.timeZone')} required value={d.timeZone} onChange={(v) => set('timeZone', v)} error={err.get('/timeZone')} testId="field-timeZone" />
            <Group grow>
              <TextInput label={t('form.worksFrom')} type="time" value={d.hoursStart} onChange={(e) => set('hoursStart', e.currentTarget.value)} error={err.get('/workingHours/start') ?? err.get('/workingHours')} />
              <TextInput label={t('form.to')} type="time" value={d.hoursEnd} onChange={(e) => set('hoursEnd', e.currentTarget.value)} error={err.get('/workingHours/end')} />
            </Group>
            <Select label={t('form.seniority')} required data={SENIORITIES.map((s) => ({ value: s, label: t(SENIORITY_WORD[s]) }))} value={d.seniority} onChange={(v) => set('seniority', v ?? '')} error={err.get('/seniority')} allowDeselect={false} />
            <Select label={t('form.english')} data={[...CEFR]} clearable value={d.englishLevel || null} onChange={(v) => set('englishLevel', v ?? '')} error={err.get('/englishLevel')} />
            <NumberInput label={t('form.years')} min={0} max={60} value={d.yearsExperience} onChange={(v) => set('yearsExperience', v)} error={err.get('/yearsExperience')} />
            <TextInput label={t('form.primaryRole')} value={d.primaryRole} onChange={(e) => set('primaryRole', e.currentTarget.value)} error={err.get('/primaryRole')} />
            <NumberInput label={t('form.billRate')} min={0} value={d.billPerHour} onChange={(v) => set('billPerHour', v)} error={err.get('/rate/billPerHour')} data-testid="field-bill" />
            <NumberInput label={t('form.costRate')} min={0} value={d.costPerHour} onChange={(v) => set('costPerHour', v)} error={err.get('/rate/costPerHour')} />
            <TextInput label={t('form.currency')} value={d.currency} onChange={(e) => set('currency', e.currentTarget.value)} error={err.get('/rate/currency')} />
            <Select label={t('form.availability')} data={AVAILABILITY_STATUSES.map((a) => ({ value: a, label: t(AVAILABILITY_LABEL[a]) }))} clearable value={d.availability || null} onChange={(v) => set('availability', v ?? '')} error={err.get('/availability/status')} />
            <TextInput label={t('form.availableFrom')} type="date" value={d.availableFrom} onChange={(e) => set('availableFrom', e.currentTarget.value)} error={err.get('/availability/from')} />
            <NumberInput label={t('form.hoursPerWeek')} min={0} max={80} value={d.hoursPerWeek} onChange={(v) => set('hoursPerWeek', v)} error={err.get('/availability/hoursPerWeek')} />
            <Select label={t('form.vettingStatus')} data={VETTING_STATUSES.map((s) => ({ value: s, label: t(VETTING_STATUS_WORD[s]) }))} clearable value={d.vettingStatus || null} onChange={(v) => set('vettingStatus', v ?? '')} error={err.get('/vettingStatus')} />
            <TagsInput label={t('form.tags')} value={d.tags} onChange={(v) => set('tags', v)} error={err.get('/tags')} />
          </SimpleGrid>
          <Title order={3} size="h5">{t('form.privacyTitle')}</Title>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select label={t('form.basis')} data={LEGAL_BASES.map((b) => ({ value: b, label: t(BASIS[b]) }))} clearable value={d.basis || null} onChange={(v) => set('basis', v ?? '')} error={err.get('/privacy/basis')} data-testid="field-basis" />
            <TextInput label={t('form.consentDate')} type="date" value={d.consentDate} onChange={(e) => set('consentDate', e.currentTarget.value)} error={err.get('/privacy/consentDate')} />
            <TextInput label={t('form.source')} placeholder={t('form.sourceHint')} value={d.source} onChange={(e) => set('source', e.currentTarget.value)} error={err.get('/privacy/source')} />
            <TextInput label={t('form.keepUntil')} type="date" value={d.retainUntil} onChange={(e) => set('retainUntil', e.currentTarget.value)} error={err.get('/privacy/retainUntil')} data-testid="field-retain" />
          </SimpleGrid>
          <TextInput label={t('form.purpose')} placeholder={t('form.purposeHint')} value={d.purpose} onChange={(e) => set('purpose', e.currentTarget.value)} error={err.get('/privacy/purpose')} />
          <Textarea label={t('form.summary')} autosize minRows={2} maxRows={6} value={d.summary} onChange={(e) => set('summary', e.currentTarget.value)} error={err.get('/summary')} />
          <Title order={3} size="h5">{t('form.skillsTitle')}</Title>
          {d.skills.map((s, i) => (
            <Group key={i} gap="xs" align="flex-start" wrap="nowrap">
              <TextInput aria-label={t('form.skillName', { n: i + 1 })} placeholder={t('form.skillPlaceholder')} value={s.name} style={{ flex: 1 }} error={err.get(`/skills/${i}/name`)}
                onChange={(e) => { const v = e.currentTarget.value; setD((x) => ({ ...x, skills: x.skills.map((y, j) => (j === i ? { ...y, name: v } : y)) })); }} />
              <NumberInput aria-label={t('form.skillLevel', { n: i + 1 })} placeholder={t('form.levelPlaceholder')} min={1} max={5} w={110} value={s.level} error={err.get(`/skills/${i}/level`)}
                onChange={(v) => setD((x) => ({ ...x, skills: x.skills.map((y, j) => (j === i ? { ...y, level: v } : y)) }))} />
              <NumberInput aria-label={t('form.skillYears', { n: i + 1 })} placeholder={t('form.yearsPlaceholder')} min={0} max={60} w={100} value={s.years} error={err.get(`/skills/${i}/years`)}
                onChange={(v) => setD((x) => ({ ...x, skills: x.skills.map((y, j) => (j === i ? { ...y, years: v } : y)) }))} />
              <ActionIcon variant="subtle" color="red" aria-label={t('form.removeSkill', { skill: s.name || i + 1 })} onClick={() => setD((x) => ({ ...x, skills: x.skills.filter((_, j) => j !== i) }))} mt={4}>
                <IconTrash size={16} aria-hidden />
              </ActionIcon>
            </Group>
          ))}
          <Group>
            <Button variant="light" size="xs" leftSection={<IconPlus size={14} aria-hidden />} onClick={() => setD((x) => ({ ...x, skills: [...x.skills, { name: '', level: 3, years: '' }] }))}>{t('form.addSkill')}</Button>
          </Group>
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>{t('form.cancel')}</Button>
            <Button type="submit" loading={saving} data-testid="save-engineer">{t('form.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
