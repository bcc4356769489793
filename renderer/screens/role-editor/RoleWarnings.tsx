// Says, before saving, when the role asks for the impossible (a minimum overlap longer than its core
// hours) or probably the wrong thing (core hours typed the wrong way round). The rules are
// shared/matching/feasibility.ts; saving a role with a warning takes a second, deliberate click.
import { Alert, Button, Group, List } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { RoleWarning } from '../../../shared/matching/feasibility';

export function RoleWarnings({ warnings, asking, onSwap, onSaveAnyway }: {
  warnings: RoleWarning[];
  /** True after Save was pressed with these warnings: the "Save anyway" button shows. */
  asking: boolean;
  onSwap: () => void;
  onSaveAnyway: () => void;
}) {
  const { t } = useTranslation(['roles']);
  if (!warnings.length) return null;
  const never = warnings.some((w) => w.code === 'overlapOverWindow');
  return (
    <Alert color="yellow" role="alert" icon={<IconAlertTriangle size={18} aria-hidden />} title={never ? t('warn.never') : t('warn.check')} data-testid="role-warnings" tabIndex={-1}>
      <List size="sm" spacing={4}>
        {warnings.map((w) => <List.Item key={w.code} data-testid={`role-warning-${w.code}`}>{sentence(w, t)}</List.Item>)}
      </List>
      <Group gap="xs" mt="xs">
        {warnings.some((w) => w.code === 'overnight') ? <Button size="xs" variant="light" onClick={onSwap} data-testid="swap-hours">{swapLabel(warnings, t)}</Button> : null}
        {asking ? <Button size="xs" color="yellow" variant="filled" autoContrast onClick={onSaveAnyway} data-testid="save-anyway">{t('warn.saveAnyway')}</Button> : null}
      </Group>
    </Alert>
  );
}

type T = ReturnType<typeof useTranslation<['roles']>>['t'];

function sentence(w: RoleWarning, t: T): string {
  switch (w.code) {
    case 'overlapOverWindow': return t('warn.overlapOverWindow', { need: w.need, window: w.window, start: w.hours.start, end: w.hours.end });
    case 'overlapOverDay': return t('warn.overlapOverDay', { need: w.need, day: w.day, start: w.workday.start, end: w.workday.end });
    case 'overnight': return t('warn.overnight', { start: w.hours.start, end: w.hours.end, window: w.window });
  }
}

function swapLabel(warnings: RoleWarning[], t: T): string {
  const w = warnings.find((x) => x.code === 'overnight');
  return w?.code === 'overnight' ? t('warn.swap', { start: w.hours.start, end: w.hours.end }) : '';
}
