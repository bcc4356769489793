// The frame's team state, while joined: synced / N waiting / offline / N refused / password needed, with
// a Sync now button. A click on the state opens Settings > Team (who, role, what was refused and why).
import { Badge, Button, Group, Tooltip } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { renderText } from '../../shared/api/errors';
import type { TeamStatus } from '../../shared/api/team';
import { useLanguage } from '../i18n/useLanguage';
import { api } from '../api/client';
import { refreshTeamStatus, setTeamStatus, useTeamStatus } from './team-store';

export function TeamIndicator() {
  const { t } = useTranslation(['team']);
  const lng = useLanguage();
  const s = useTeamStatus();
  const [syncing, setSyncing] = useState(false);
  if (!s?.joined) return null;
  const { label, color } = describe(s, t);

  async function syncNow() {
    setSyncing(true);
    try {
      setTeamStatus((await api.syncNow({})).status);
    } catch {
      // The status says why (offline, password needed); the poll brings it.
      refreshTeamStatus();
    } finally {
      setSyncing(false);
    }
  }

  return (
    <Group gap="xs" wrap="nowrap" data-testid="team-indicator">
      <Tooltip label={(s.problemText ? renderText(s.problemText, lng) : s.problem) ?? (s.lastSyncAt ? t('indicator.lastSync', { at: s.lastSyncAt }) : t('indicator.notSynced'))}>
        <span role="status" aria-live="polite">
          <Badge component={Link} to="/settings#team" color={color} variant="light" style={{ cursor: 'pointer' }} aria-label={t('indicator.label', { state: label })} data-testid="team-state" data-state={s.state}>
            {label}
          </Badge>
        </span>
      </Tooltip>
      <Button size="compact-sm" variant="default" leftSection={<IconRefresh size={14} aria-hidden />} loading={syncing} disabled={s.state === 'needs_password'} onClick={() => void syncNow()} data-testid="sync-now">
        {t('indicator.syncNow')}
      </Button>
    </Group>
  );
}

/** The team state in words and a colour (the indicator's badge and Settings > Team). */
export function describe(s: TeamStatus, t: TFunction<['team']>): { label: string; color: string } {
  switch (s.state) {
    case 'synced': return { label: t('indicator.synced'), color: 'teal' };
    case 'waiting': return { label: t('indicator.waiting', { count: s.waiting }), color: 'yellow' };
    case 'offline': return { label: s.waiting > 0 ? t('indicator.offlineWaiting', { count: s.waiting }) : t('indicator.offline'), color: 'gray' };
    case 'refused': return { label: t('indicator.refused', { count: s.refused.length }), color: 'red' };
    case 'needs_password': return { label: t('indicator.needsPassword'), color: 'orange' };
    default: return { label: t('indicator.notJoined'), color: 'gray' };
  }
}
