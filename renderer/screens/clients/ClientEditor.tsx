// The client form (name, time zone, industry, notes), validated inline with the bench file's own
// clientSchema; the server's answer (problems by place) is shown the same way.
import { Alert, Button, Group, Modal, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, sayProblem } from '../../../shared/api/errors';
import { currentLanguage } from '../../../shared/i18n/instance';
import { clientSchema, type Client } from '../../../shared/bench/schema';
import { api } from '../../api/client';
import { ZonePicker } from '../../components/ZonePicker';
import { issuesByPath } from '../role-editor/form';
import { PacketLanguage } from './PacketLanguage';
import { slugId } from './slug';

export function ClientEditor({ client, takenIds, onClose, onSaved }: {
  client: Client | null; takenIds: ReadonlySet<string>; onClose: () => void; onSaved: (c: Client) => void;
}) {
  const { t } = useTranslation(['clients']);
  const [form, setForm] = useState({ name: client?.name ?? '', timeZone: client?.timeZone ?? '', industry: client?.industry ?? '', notes: client?.notes ?? '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const record = (): Client => ({
    id: client?.id ?? slugId(form.name, takenIds),
    name: form.name.trim(),
    ...(form.timeZone.trim() ? { timeZone: form.timeZone.trim() } : {}),
    ...(form.industry.trim() ? { industry: form.industry.trim() } : {}),
    ...(form.notes.trim() ? { notes: form.notes } : {}),
  });

  async function save() {
    const c = record();
    const parsed = clientSchema.safeParse(c, { reportInput: true });
    if (!parsed.success) return setErrors(issuesByPath(parsed.error.issues));
    setSaving(true);
    setFailure(null);
    try {
      onSaved(await api.saveClient({ client: c, create: !client }));
    } catch (e) {
      if (e instanceof ApiError && e.problems) setErrors(Object.fromEntries(e.problems.map((p) => [p.where.replace(/^\/client\//, ''), sayProblem(p, currentLanguage()).message])));
      setFailure(ApiError.of(e).say(currentLanguage()).message);
    } finally {
      setSaving(false);
    }
  }

  const set = (k: keyof typeof form) => (v: string) => {
    setForm((f) => ({ ...f, [k]: v }));
    setErrors((e) => ({ ...e, [k]: '' }));
  };

  return (
    <Modal opened onClose={onClose} title={client ? t('editor.editTitle', { name: client.name }) : t('editor.newTitle')} size="lg" closeButtonProps={{ 'aria-label': t('editor.close') }}>
      <form onSubmit={(e) => { e.preventDefault(); void save(); }}>
        <Stack>
          {failure ? <Alert color="red" role="alert">{failure}</Alert> : null}
          <TextInput label={t('editor.name')} required value={form.name} onChange={(e) => set('name')(e.currentTarget.value)} error={errors.name || errors.id} data-testid="client-name" data-autofocus />
          <ZonePicker label={t('editor.timeZone')} description={t('editor.timeZoneHint')} value={form.timeZone} onChange={set('timeZone')} error={errors.timeZone} testId="client-zone" />
          <TextInput label={t('editor.industry')} value={form.industry} onChange={(e) => set('industry')(e.currentTarget.value)} error={errors.industry} />
          <Textarea label={t('editor.notes')} autosize minRows={2} maxRows={8} value={form.notes} onChange={(e) => set('notes')(e.currentTarget.value)} error={errors.notes} />
          {client ? <PacketLanguage clientId={client.id} /> : null}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>{t('editor.cancel')}</Button>
            <Button type="submit" loading={saving} data-testid="save-client">{t('editor.save')}</Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
