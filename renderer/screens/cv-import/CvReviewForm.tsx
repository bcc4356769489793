// The review form of one CV draft: every value editable, each with the line it came from and the
// reader's confidence; skills removable; the same person on the bench offered first (update that
// record, or add a new one). Save writes the engineer and keeps the file; Skip lets the file go.
import { renderText } from '../../../shared/api/errors';
import { useLanguage } from '../../i18n/useLanguage';
import { useReasonWords } from '../duplicates/ReasonBadges';
import { Alert, Badge, Button, CloseButton, Group, List, NumberInput, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconAlertTriangle, IconUserSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CvSaved } from '../../../shared/api/cv';
import type { EngineerProfile } from '../../../shared/api/engineers';
import { CEFR, SENIORITIES, type Cefr, type Seniority, type Skill } from '../../../shared/bench/schema';
import { api } from '../../api/client';
import { ErrorView } from '../../components/ErrorView';
import { confidenceColor, SourcedField } from './SourcedField';
import type { QueuedCv } from './useCvQueue';

const TEXT_FIELDS = [
  ['name', 'cv:review.fields.name'],
  ['email', 'cv:review.fields.email'],
  ['city', 'cv:review.fields.city'],
  ['country', 'cv:review.fields.country'],
  ['timeZone', 'cv:review.fields.timeZone'],
  ['primaryRole', 'cv:review.fields.primaryRole'],
] as const;

type Form = Record<(typeof TEXT_FIELDS)[number][0], string> & { englishLevel: Cefr | null; seniority: Seniority | null; yearsExperience: number | null; skills: Skill[] };

function initial({ reading }: QueuedCv): Form {
  const e = reading.engineer as Partial<EngineerProfile>;
  return {
    name: e.name ?? '', email: e.email ?? '', city: e.city ?? '', country: e.country ?? '', timeZone: e.timeZone ?? '', primaryRole: e.primaryRole ?? '',
    englishLevel: e.englishLevel ?? null, seniority: e.seniority ?? null, yearsExperience: e.yearsExperience ?? null, skills: e.skills ?? [],
  };
}

function toProfile(f: Form, reading: QueuedCv['reading']): EngineerProfile {
  const e = reading.engineer as Partial<EngineerProfile>;
  const opt = <K extends string, V>(k: K, v: V | null | '') => (v === null || v === '' ? {} : { [k]: v });
  return {
    name: f.name.trim(), country: f.country.trim().toUpperCase(), timeZone: f.timeZone.trim(), seniority: f.seniority ?? 'mid', skills: f.skills,
    ...opt('email', f.email.trim()), ...opt('city', f.city.trim()), ...opt('primaryRole', f.primaryRole.trim()),
    ...opt('englishLevel', f.englishLevel), ...opt('yearsExperience', f.yearsExperience),
    ...(e.summary ? { summary: e.summary } : {}), ...(e.links ? { links: e.links } : {}), vettingStatus: 'sourced',
  } as EngineerProfile;
}

export function CvReviewForm({ item, position, onDone }: { item: QueuedCv; position: { n: number; total: number }; onDone: (saved: CvSaved | null, name: string) => void }) {
  const { t } = useTranslation(['cv', 'common']);
  const reasonWords = useReasonWords();
  const lng = useLanguage();
  const { reading } = item;
  const fields = reading.draft.fields;
  const [form, setForm] = useState<Form>(() => initial(item));
  const [updateId, setUpdateId] = useState<string | undefined>(undefined);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const set = <K extends keyof Form>(k: K, v: Form[K]) => setForm((f) => ({ ...f, [k]: v }));
  const target = reading.samePerson.find((p) => p.engineerId === updateId);

  async function save() {
    setBusy(true);
    setError(null);
    try {
      const saved = await api.saveCvDraft({ upload: item.upload, profile: toProfile(form, reading), ...(updateId ? { updateId } : {}) });
      onDone(saved, form.name);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Paper withBorder p="md" data-testid="cv-review" component="section" aria-labelledby="cv-review-title">
      <Stack gap="md">
        <Group justify="space-between" align="baseline">
          <Title order={2} size="h4" id="cv-review-title">{t('review.title', { file: reading.file })}</Title>
          <Text size="sm" c="dimmed">{t('review.progress', { n: position.n, total: position.total })}</Text>
        </Group>
        <Text size="sm" c="dimmed">{t('review.hint')}</Text>
        {reading.samePerson.length ? (
          <Alert color="yellow" icon={<IconUserSearch size={18} aria-hidden />} title={t('review.samePerson.title')} data-testid="cv-same-person">
            <Stack gap="xs">
              {reading.samePerson.map((p) => (
                <Group key={p.engineerId} justify="space-between" wrap="wrap">
                  <Text size="sm">{t('review.samePerson.reason', { name: p.name, id: p.engineerId, reasons: p.why.map(reasonWords) })}</Text>
                  <Button size="xs" variant={updateId === p.engineerId ? 'filled' : 'light'} onClick={() => setUpdateId(p.engineerId)} data-testid="cv-update-existing">
                    {t('review.samePerson.update', { name: p.name })}
                  </Button>
                </Group>
              ))}
              <Button size="xs" variant={updateId ? 'light' : 'filled'} onClick={() => setUpdateId(undefined)} w="fit-content" data-testid="cv-add-new">{t('review.samePerson.addNew')}</Button>
            </Stack>
          </Alert>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
          {TEXT_FIELDS.map(([k, label]) => (
            <SourcedField key={k} sourced={fields[k]} testId={`cv-field-${k}`}>
              <TextInput label={t(label)} value={form[k]} onChange={(e) => set(k, e.currentTarget.value)} />
            </SourcedField>
          ))}
          <SourcedField sourced={fields.englishLevel} testId="cv-field-englishLevel">
            <Select label={t('review.fields.englishLevel')} data={[...CEFR]} value={form.englishLevel} onChange={(v) => set('englishLevel', v as Cefr | null)} clearable />
          </SourcedField>
          <SourcedField sourced={fields.yearsExperience} testId="cv-field-yearsExperience">
            <NumberInput label={t('review.fields.yearsExperience')} value={form.yearsExperience ?? ''} min={0} max={60} onChange={(v) => set('yearsExperience', typeof v === 'number' ? v : null)} />
          </SourcedField>
          <SourcedField sourced={fields.seniority} testId="cv-field-seniority">
            <Select label={t('review.fields.seniority')} data={[...SENIORITIES]} value={form.seniority} onChange={(v) => set('seniority', v as Seniority | null)} />
          </SourcedField>
        </SimpleGrid>
        <div>
          <Text fw={600} size="sm" mb={6}>{t('review.skills')}</Text>
          <Group gap={6} data-testid="cv-skills">
            {form.skills.map((s) => {
              const src = reading.draft.skills.find((x) => x.value === s.name);
              return (
                <Badge key={s.name} variant="light" color={src ? confidenceColor(src.confidence) : 'gray'} title={src ? t('review.source', { text: src.source }) : undefined}
                  rightSection={<CloseButton size="xs" aria-label={t('review.removeSkill', { skill: s.name })} onClick={() => set('skills', form.skills.filter((x) => x.name !== s.name))} />}>
                  {s.name}{s.years !== undefined ? ` · ${t('review.skillYears', { years: s.years })}` : ''}
                </Badge>
              );
            })}
          </Group>
        </div>
        {reading.draft.links.length ? (
          <div>
            <Text fw={600} size="sm" mb={4}>{t('review.links')}</Text>
            <List size="sm">{reading.draft.links.map((l) => <List.Item key={l.value}>{l.value}</List.Item>)}</List>
          </div>
        ) : null}
        {reading.warnings.length ? (
          <Alert color="gray" icon={<IconAlertTriangle size={18} aria-hidden />} title={t('review.warnings')}>
            <List size="sm">{reading.warnings.map((w) => renderText(w, lng)).map((w) => <List.Item key={w}>{w}</List.Item>)}</List>
          </Alert>
        ) : null}
        {error ? <ErrorView error={error} /> : null}
        <Group>
          <Button onClick={() => void save()} loading={busy} data-testid="cv-save">{target ? t('review.saveUpdate', { name: target.name }) : t('review.save')}</Button>
          <Button variant="default" onClick={() => onDone(null, form.name)} disabled={busy} data-testid="cv-skip">{t('review.skip')}</Button>
        </Group>
      </Stack>
    </Paper>
  );
}
