// Settings > Firm: the firm's name, logo, contact line, accent colour and footer text that brand every
// client packet. The logo is checked here as the service checks it (shared/firm/logo.ts), so a wrong
// file is refused at once with the reason; the service checks again when saving. On a team bench only
// admins may change it (the fields are read-only for others).
import { Alert, Button, ColorInput, FileButton, Group, Image, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FirmProfile } from '../../../shared/firm/profile';
import { checkLogo, LOGO_PROBLEM } from '../../../shared/firm/logo';
import { api } from '../../api/client';
import { ErrorView } from '../../components/ErrorView';
import { useApiQuery } from '../../hooks/useApiQuery';

function toBase64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

/** Empty fields are left out: the profile keeps only what was typed. */
function cleaned(p: FirmProfile): FirmProfile {
  const out: FirmProfile = {};
  for (const k of ['name', 'contact', 'accent', 'footer'] as const) {
    const v = p[k]?.trim();
    if (v) out[k] = v;
  }
  if (p.logo) out.logo = p.logo;
  return out;
}

export function FirmSettings() {
  const { t } = useTranslation(['settings', 'errors']);
  const q = useApiQuery(() => api.getFirm({}), []);
  const [profile, setProfile] = useState<FirmProfile>({});
  const [logoProblem, setLogoProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<unknown>();
  useEffect(() => setProfile(q.data?.profile ?? {}), [q.data]);
  const readOnly = q.data ? !q.data.mayChange : false;

  const edit = (patch: Partial<FirmProfile>) => {
    setProfile((p) => ({ ...p, ...patch }));
    setSaved(false);
  };

  async function chooseLogo(file: File | null) {
    if (!file) return;
    const bytes = new Uint8Array(await file.arrayBuffer());
    const check = checkLogo(bytes);
    if (!check.ok) {
      setLogoProblem(t(LOGO_PROBLEM[check.problem]));
      return;
    }
    setLogoProblem(null);
    edit({ logo: { type: check.type, base64: toBase64(bytes) } });
  }

  async function save(e: React.FormEvent) {
    e.preventDefault();
    setError(undefined);
    try {
      const r = await api.setFirm({ profile: cleaned(profile) });
      setProfile(r.profile);
      setSaved(true);
    } catch (err) {
      setError(err);
    }
  }

  return (
    <Paper withBorder p="md" component="form" onSubmit={(e: React.FormEvent) => void save(e)} data-testid="firm-settings">
      <Stack>
        <Title order={2} size="h4">{t('settings:firm.title')}</Title>
        <Text size="sm" c="dimmed">{t('settings:firm.description')}</Text>
        {readOnly ? <Alert color="blue">{t('settings:firm.adminOnly')}</Alert> : null}
        {q.error ? <ErrorView error={q.error} onRetry={q.reload} /> : null}
        <TextInput label={t('settings:firm.name')} value={profile.name ?? ''} maxLength={120} disabled={readOnly}
          onChange={(e) => edit({ name: e.currentTarget.value })} data-testid="firm-name" />
        <TextInput label={t('settings:firm.contact')} description={t('settings:firm.contactHint')} value={profile.contact ?? ''} maxLength={200} disabled={readOnly}
          onChange={(e) => edit({ contact: e.currentTarget.value })} data-testid="firm-contact" />
        <ColorInput label={t('settings:firm.accent')} format="hex" withEyeDropper={false} value={profile.accent ?? ''} disabled={readOnly} swatches={['#2f6fde', '#0b7a75', '#1f2a44', '#b4233a', '#f2c14e']}
          onChange={(v) => edit({ accent: v })} data-testid="firm-accent" />
        <TextInput label={t('settings:firm.footer')} description={t('settings:firm.footerHint')} value={profile.footer ?? ''} maxLength={300} disabled={readOnly}
          onChange={(e) => edit({ footer: e.currentTarget.value })} data-testid="firm-footer" />
        <Stack gap={6}>
          <Text size="sm" fw={500}>{t('settings:firm.logo')}</Text>
          <Group gap="sm">
            {profile.logo
              ? <Image src={`data:${profile.logo.type};base64,${profile.logo.base64}`} alt={t('settings:firm.logoAlt')} h={44} w="auto" fit="contain" data-testid="firm-logo" />
              : <Text size="sm" c="dimmed">{t('settings:firm.noLogo')}</Text>}
            <FileButton onChange={(f) => void chooseLogo(f)} accept="image/png,image/svg+xml,.png,.svg" disabled={readOnly}>
              {(props) => <Button variant="default" size="xs" {...props} data-testid="firm-logo-choose">{t('settings:firm.chooseLogo')}</Button>}
            </FileButton>
            {profile.logo ? <Button variant="subtle" size="xs" disabled={readOnly} onClick={() => edit({ logo: undefined })}>{t('settings:firm.removeLogo')}</Button> : null}
          </Group>
          {logoProblem ? <Alert color="red" data-testid="firm-logo-problem">{logoProblem}</Alert> : null}
        </Stack>
        {error ? <ErrorView error={error} /> : null}
        <Group justify="space-between">
          <Text size="sm" role="status" aria-live="polite">{saved ? t('settings:firm.saved') : ''}</Text>
          <Button type="submit" disabled={readOnly} data-testid="firm-save">{t('settings:firm.save')}</Button>
        </Group>
      </Stack>
    </Paper>
  );
}
