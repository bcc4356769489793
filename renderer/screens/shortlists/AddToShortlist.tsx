// "Add to shortlist" from an engineer's page: pick one of the open roles; roles whose shortlist already
// holds the engineer are marked and cannot be picked twice.
import { Button, Combobox, Text, useCombobox } from '@mantine/core';
import { IconListCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { ErrorView } from '../../components/ErrorView';
import { useApiQuery } from '../../hooks/useApiQuery';

export function AddToShortlist({ engineerId }: { engineerId: string }) {
  const { t } = useTranslation(['shortlists']);
  const combobox = useCombobox();
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const roles = useApiQuery(async () => {
    const { roles } = await api.listRoles({});
    const open = roles.filter((r) => r.status === 'open');
    // Which of them already list this engineer (only roles that have a shortlist need a look).
    const listed = new Set<string>();
    await Promise.all(open.filter((r) => r.shortlisted > 0).map(async (r) => {
      const s = await api.roleShortlist({ roleId: r.id });
      if (s.shortlist?.entries.some((e) => e.engineerId === engineerId)) listed.add(r.id);
    }));
    return { open, listed };
  }, [engineerId]);

  async function add(roleId: string) {
    combobox.closeDropdown();
    try {
      const r = await api.addToShortlist({ roleId, engineerId });
      const title = roles.data?.open.find((x) => x.id === roleId)?.title ?? roleId;
      setMessage(r.added ? t('add.added', { role: title }) : t('add.already', { role: title }));
      setError(null);
    } catch (e) {
      setError(e);
    }
  }

  return (
    <div>
      <Combobox store={combobox} onOptionSubmit={(v) => void add(v)} width={360} position="bottom-end">
        <Combobox.Target>
          <Button variant="light" leftSection={<IconListCheck size={16} aria-hidden />} onClick={() => combobox.toggleDropdown()} data-testid="add-to-shortlist-engineer">
            {t('add.button')}
          </Button>
        </Combobox.Target>
        <Combobox.Dropdown>
          <Combobox.Options aria-label={t('add.openRoles')}>
            {(roles.data?.open ?? []).map((r) => (
              <Combobox.Option key={r.id} value={r.id} disabled={roles.data?.listed.has(r.id)}>
                <Text size="sm">{roles.data?.listed.has(r.id) ? t('add.onIt', { role: r.title, client: r.clientName }) : t('roleAndClient', { role: r.title, client: r.clientName })}</Text>
              </Combobox.Option>
            ))}
            {roles.data && !roles.data.open.length ? <Combobox.Empty>{t('add.noOpenRoles')}</Combobox.Empty> : null}
          </Combobox.Options>
        </Combobox.Dropdown>
      </Combobox>
      {message ? <Text size="xs" c="teal.8" role="status" mt={4}>{message}</Text> : null}
      {error ? <ErrorView error={error} /> : null}
    </div>
  );
}
