// The role editor: title, status, skills (typo-tolerant picker), seniorities, client hours and zone,
// minimum overlap, English, budget, start date, headcount, vetted only, weight preset; a pasted job
// description becomes a reviewable draft. Validation runs inline with the bench file's roleSchema; the
// save is one call that either stores everything or nothing (problems come back by place).
import {
  Alert, Anchor, Button, Checkbox, Chip, Grid, Group, NumberInput, Paper, Select, Stack, Text, Textarea, TextInput, Title,
} from '@mantine/core';
import { useHotkeys } from '@mantine/hooks';
import { IconArrowLeft, IconDeviceFloppy, IconTargetArrow } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { ApiError, sayProblem } from '../../../shared/api/errors';
import { currentLanguage } from '../../../shared/i18n/instance';
import { CEFR, DEFAULT_CORE_HOURS, roleSchema, ROLE_STATUSES, SENIORITIES, WEIGHT_PRESETS, type Cefr, type Client, type RoleStatus, type Seniority, type WeightPreset } from '../../../shared/bench/schema';
import { resolveSkill, skillKey } from '../../../shared/taxonomy';
import { api } from '../../api/client';
import { ErrorView } from '../../components/ErrorView';
import { LoadingView } from '../../components/States';
import { useApiQuery } from '../../hooks/useApiQuery';
import { useCan } from '../../team/can';
import { ZonePicker } from '../../components/ZonePicker';
import { ROLE_STATUS_LABEL, WEIGHT_PRESET_LABEL } from '../../components/labels';
import { SENIORITY_WORD } from '../../../shared/vetting/rubric';
import { slugId } from '../clients/slug';
import { emptyForm, fromRole, issuesByPath, pointerKey, toRole, type ReqForm, type RoleForm } from './form';
import { JdDraft, type DraftRole } from './JdDraft';
import { MustHaveSupply } from './MustHaveSupply';
import { Requirements } from './Requirements';
import { RoleWarnings } from './RoleWarnings';
import { roleWarnings } from '../../../shared/matching/feasibility';

export function RoleEditorScreen() {
  const { t } = useTranslation(['roles']);
  const { id = 'new' } = useParams();
  const [params] = useSearchParams();
  const isNew = id === 'new';
  const clients = useApiQuery(() => api.listClients({}), []);
  const existing = useApiQuery(() => (isNew ? Promise.resolve(null) : api.getRole({ id })), [id]);
  const roles = useApiQuery(() => api.listRoles({}), []);

  if ((existing.loading && existing.data === undefined) || (clients.loading && !clients.data)) return <LoadingView label={t('loading')} />;
  if (existing.error) return <ErrorView error={existing.error} onRetry={existing.reload} />;
  if (clients.error) return <ErrorView error={clients.error} onRetry={clients.reload} />;
  const taken = new Set((roles.data?.roles ?? []).map((r) => r.id));
  const initial = existing.data
    ? fromRole(existing.data.role)
    : emptyForm(slugId('', taken, 'role-'), params.get('client') ?? clients.data?.clients[0]?.id ?? '');
  // A role just created opens as itself (a new Editor): `saved` in the URL keeps its "Saved" message.
  return <Editor key={existing.data?.role.id ?? 'new'} initial={initial} isNew={isNew} justSaved={params.get('saved') === '1'} clients={clients.data?.clients ?? []} takenIds={taken} />;
}

function Editor({ initial, isNew, justSaved, clients, takenIds }: { initial: RoleForm; isNew: boolean; justSaved: boolean; clients: Client[]; takenIds: Set<string> }) {
  const { t } = useTranslation(['roles', 'rubric']);
  const navigate = useNavigate();
  const [form, setForm] = useState<RoleForm>(initial);
  const [attempted, setAttempted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  // A team role that may not change roles sees the editor read-only (the server refuses it anyway).
  const maySave = useCan('role', isNew ? 'create' : 'change');
  const [saved, setSaved] = useState(justSaved);
  // Save was pressed while the role has warnings: the next save must be the "Save anyway" button.
  const [askingAnyway, setAskingAnyway] = useState(false);
  const client = clients.find((c) => c.id === form.clientId);

  // A new role's id follows its title until it is saved.
  useEffect(() => {
    if (isNew) setForm((f) => ({ ...f, id: slugId(f.title || 'new', takenIds, 'role-') }));
  }, [isNew, form.title, takenIds]);

  const role = useMemo(() => toRole(form), [form]);
  const zodErrors = useMemo(() => {
    const parsed = roleSchema.safeParse(role, { reportInput: true });
    const errs = parsed.success ? {} : issuesByPath(parsed.error.issues);
    // Same checks the service makes: one skill listed once, in one list.
    const seen = new Set<string>();
    for (const list of ['mustHave', 'niceToHave'] as const) {
      form[list].forEach((q, i) => {
        const k = skillKey(q.skill);
        if (seen.has(k)) errs[`${list}.${i}.skill`] ??= t('check.listedTwice', { skill: resolveSkill(q.skill).name });
        seen.add(k);
      });
    }
    if (!form.clientId) errs.clientId = t('check.chooseClient');
    if ((form.coreStart === '') !== (form.coreEnd === '')) errs['coreHours'] = t('check.bothHours', DEFAULT_CORE_HOURS);
    return errs;
  }, [role, form, t]);
  const errors: Record<string, string> = { ...(attempted ? zodErrors : liveOnly(zodErrors, initial, form)), ...serverErrors };
  const problemCount = Object.keys(zodErrors).length;
  const warnings = useMemo(() => roleWarnings(role), [role]);

  const set = <K extends keyof RoleForm>(k: K, v: RoleForm[K]) => {
    setSaved(false);
    setServerErrors({});
    setAskingAnyway(false);
    setForm((f) => ({ ...f, [k]: v }));
  };

  async function save(anyway = false) {
    setAttempted(true);
    setFailure(null);
    if (problemCount) {
      requestAnimationFrame(() => document.querySelector<HTMLElement>('[aria-invalid="true"], [data-error-anchor]')?.focus());
      return;
    }
    if (warnings.length && !anyway) {
      setAskingAnyway(true);
      requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-testid="role-warnings"]')?.focus());
      return;
    }
    setAskingAnyway(false);
    setSaving(true);
    try {
      const detail = await api.saveRole({ role, create: isNew });
      setSaved(true);
      if (isNew) navigate(`/roles/${encodeURIComponent(detail.role.id)}?saved=1`, { replace: true });
    } catch (e) {
      if (e instanceof ApiError && e.problems) setServerErrors(Object.fromEntries(e.problems.map((p) => [pointerKey(p.where), sayProblem(p, currentLanguage()).message])));
      setFailure(e);
    } finally {
      setSaving(false);
    }
  }
  useHotkeys([['mod+s', () => void (maySave && save())]], []);

  function applyDraft(d: DraftRole, text: string) {
    setSaved(false);
    setForm((f) => {
      const known = new Set([...f.mustHave, ...f.niceToHave].map((q) => skillKey(q.skill)));
      const add = (list: ReqForm[], reqs: DraftRole['mustHave'], must: boolean) => {
        const out = [...list];
        for (const q of reqs ?? []) {
          const k = skillKey(q.skill);
          if (known.has(k)) continue;
          known.add(k);
          out.push({ skill: resolveSkill(q.skill).name, minLevel: q.minLevel ?? (must ? 3 : ''), minYears: q.minYears ?? '', weight: q.weight ?? (must ? '' : 1) });
        }
        return out;
      };
      return {
        ...f,
        title: d.title && !f.title ? d.title : f.title,
        description: f.description || text,
        seniority: d.seniority?.length ? [...new Set([...f.seniority, ...d.seniority])] : f.seniority,
        mustHave: add(f.mustHave, d.mustHave, true),
        niceToHave: add(f.niceToHave, d.niceToHave, false),
        timeZone: d.timeZone ?? f.timeZone,
        coreStart: d.coreHours?.start ?? f.coreStart,
        coreEnd: d.coreHours?.end ?? f.coreEnd,
        minOverlapHours: d.minOverlapHours ?? f.minOverlapHours,
        minEnglish: d.minEnglish ?? f.minEnglish,
        maxBillRate: d.maxBillRate ?? f.maxBillRate,
        startDate: d.startDate ?? f.startDate,
        headcount: d.headcount ?? f.headcount,
      };
    });
  }

  /** Requires a related skill instead of a scarce one, keeping the requirement's level and years. */
  function swapMustHave(skill: string, to: string) {
    const key = skillKey(skill);
    set('mustHave', form.mustHave.map((q) => (skillKey(q.skill) === key ? { ...q, skill: to } : q)));
  }

  const numberField = (k: 'minOverlapHours' | 'maxBillRate' | 'headcount', label: string, extra: { min?: number; max?: number; description?: string; allowDecimal?: boolean } = {}) => (
    <NumberInput label={label} value={form[k]} onChange={(v) => set(k, v === '' ? '' : Number(v))} error={errors[k]} data-testid={`field-${k}`} {...extra} />
  );

  return (
    <form onSubmit={(e) => { e.preventDefault(); void save(); }} noValidate>
    <Stack gap="md">
      <Anchor component={Link} to={`/roles?client=${encodeURIComponent(form.clientId)}`} size="sm"><Group gap={4}><IconArrowLeft size={14} aria-hidden />{t('back')}</Group></Anchor>
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1} size="h2">{isNew ? t('newRole') : form.title || t('untitled')}</Title>
          <Text size="sm" c="dimmed">{t('clientAndId', { client: client ? client.name : t('noClient'), id: form.id })}</Text>
        </div>
        <Group gap="xs">
          {!isNew ? <Button component={Link} to={`/match/${encodeURIComponent(form.id)}`} variant="light" leftSection={<IconTargetArrow size={16} aria-hidden />}>{t('match')}</Button> : null}
          {maySave ? <Button type="submit" loading={saving} leftSection={<IconDeviceFloppy size={16} aria-hidden />} data-testid="save-role">{t('save')}</Button> : <Text size="sm" c="dimmed" data-testid="role-read-only">{t('readOnly')}</Text>}
        </Group>
      </Group>
      {attempted && problemCount ? <Alert color="red" role="alert" data-testid="role-problems">{t('problems', { count: problemCount })}</Alert> : null}
      {failure ? <ErrorView error={failure} /> : null}
      {saved ? <Alert color="teal" role="status" data-testid="role-saved">{t('saved')}</Alert> : null}
      <RoleWarnings
        warnings={warnings} asking={askingAnyway && maySave} onSaveAnyway={() => void save(true)}
        onSwap={() => setForm((f) => ({ ...f, coreStart: f.coreEnd, coreEnd: f.coreStart }))}
      />

      <JdDraft onApply={applyDraft} />

      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <Paper withBorder p="md">
            <Stack gap="sm">
              <Title order={2} size="h4">{t('section.role')}</Title>
              <TextInput label={t('field.title')} required value={form.title} onChange={(e) => set('title', e.currentTarget.value)} error={errors.title} data-testid="field-title" />
              <Group grow>
                <Select label={t('field.client')} data={clients.map((c) => ({ value: c.id, label: c.name }))} value={form.clientId || null} onChange={(v) => set('clientId', v ?? '')} error={errors.clientId} allowDeselect={false} data-testid="field-client" />
                <Select label={t('field.status')} data={ROLE_STATUSES.map((s) => ({ value: s, label: t(ROLE_STATUS_LABEL[s]) }))} value={form.status} onChange={(v) => v && set('status', v as RoleStatus)} allowDeselect={false} />
              </Group>
              <div>
                <Text size="sm" fw={500} mb={4} id="seniority-label">{t('field.seniorities')}</Text>
                <Chip.Group multiple value={form.seniority} onChange={(v) => set('seniority', v as Seniority[])}>
                  <Group gap={6} role="group" aria-labelledby="seniority-label">
                    {SENIORITIES.map((s) => <Chip key={s} value={s} size="sm">{t(SENIORITY_WORD[s])}</Chip>)}
                  </Group>
                </Chip.Group>
                {form.seniority.length ? null : <Text size="xs" c="dimmed" mt={2} data-testid="any-seniority">{t('field.anySeniority')}</Text>}
              </div>
              <Textarea label={t('field.description')} autosize minRows={2} maxRows={8} value={form.description} onChange={(e) => set('description', e.currentTarget.value)} error={errors.description} />
            </Stack>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <Paper withBorder p="md">
            <Stack gap="sm">
              <Title order={2} size="h4">{t('section.hours')}</Title>
              <ZonePicker
                label={t('field.timeZone')} value={form.timeZone} onChange={(v) => set('timeZone', v)} error={errors.timeZone}
                description={client?.timeZone ? t('field.timeZoneFromClient', { zone: client.timeZone }) : t('field.timeZoneMissing')}
                testId="field-timeZone"
              />
              <Group grow>
                <TextInput label={t('field.coreFrom')} placeholder="09:00" value={form.coreStart} onChange={(e) => set('coreStart', e.currentTarget.value)} error={errors['coreHours.start'] ?? errors.coreHours} data-testid="field-coreStart" />
                <TextInput label={t('field.to')} placeholder="17:00" value={form.coreEnd} onChange={(e) => set('coreEnd', e.currentTarget.value)} error={errors['coreHours.end']} data-testid="field-coreEnd" />
              </Group>
              <Group grow>
                {numberField('minOverlapHours', t('field.minOverlap'), { min: 0, max: 24 })}
                <Select label={t('field.minEnglish')} data={CEFR as unknown as string[]} value={form.minEnglish || null} onChange={(v) => set('minEnglish', (v ?? '') as Cefr | '')} clearable error={errors.minEnglish} data-testid="field-minEnglish" />
              </Group>
              <Group grow>
                {numberField('maxBillRate', t('field.maxBillRate'), { min: 0 })}
                <TextInput label={t('field.startDate')} type="date" value={form.startDate} onChange={(e) => set('startDate', e.currentTarget.value)} error={errors.startDate} data-testid="field-startDate" />
              </Group>
              <Group grow align="flex-end">
                {numberField('headcount', t('field.headcount'), { min: 1, allowDecimal: false })}
                <Select label={t('field.preset')} description={t('field.presetHint')} data={[{ value: '', label: t(WEIGHT_PRESET_LABEL.balanced) }, ...WEIGHT_PRESETS.filter((p) => p !== 'balanced').map((p) => ({ value: p, label: t(WEIGHT_PRESET_LABEL[p]) }))]} value={form.preset} onChange={(v) => set('preset', (v ?? '') as WeightPreset | '')} allowDeselect={false} data-testid="field-preset" />
              </Group>
              <Checkbox label={t('field.requireVetted')} checked={form.requireVetted} onChange={(e) => set('requireVetted', e.currentTarget.checked)} data-testid="field-requireVetted" />
            </Stack>
          </Paper>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <Title order={2} size="h4" mb="xs">{t('section.mustHave')}</Title>
          <MustHaveSupply skills={form.mustHave.map((q) => q.skill)} onSwap={swapMustHave} />
          <Requirements kind="mustHave" list={form.mustHave} otherList={form.niceToHave} onChange={(l) => set('mustHave', l)} errors={errors} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <Title order={2} size="h4" mb="xs">{t('section.niceToHave')}</Title>
          <Requirements kind="niceToHave" list={form.niceToHave} otherList={form.mustHave} onChange={(l) => set('niceToHave', l)} errors={errors} />
        </Grid.Col>
      </Grid>
    </Stack>
    </form>
  );
}

/** Before the first save attempt, only fields the user changed show their problem. */
function liveOnly(errs: Record<string, string>, initial: RoleForm, form: RoleForm): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(errs)) {
    const top = k.split('.')[0] as keyof RoleForm | 'coreHours';
    const changed = top === 'coreHours'
      ? initial.coreStart !== form.coreStart || initial.coreEnd !== form.coreEnd
      : JSON.stringify(initial[top as keyof RoleForm]) !== JSON.stringify(form[top as keyof RoleForm]);
    if (changed && top !== 'title') out[k] = v;
  }
  return out;
}
