// The frame's team state, while joined: synced / N waiting / offline / N refused / password needed, with
// a Sync now button. A click on the state opens Settings > Team (who, role, what was refused and why).
import { Badge, Button, Group, Tooltip } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import type { TeamStatus } from '../../shared/api/team';
import { api } from '../api/client';
import { refreshTeamStatus, setTeamStatus, useTeamStatus } from './team-store';

export function TeamIndicator() {
  const s = useTeamStatus();
  const [syncing, setSyncing] = useState(false);
  if (!s?.joined) return null;
  const { label, color } = describe(s);

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
      <Tooltip label={s.problem ?? (s.lastSyncAt ? `Last sync ${new Date(s.lastSyncAt).toLocaleString()}` : 'Not synced yet')}>
        <span role="status" aria-live="polite">
          <Badge component={Link} to="/settings#team" color={color} variant="light" style={{ cursor: 'pointer' }} aria-label={`Team bench: ${label}. Open Team settings`} data-testid="team-state" data-state={s.state}>
            {label}
          </Badge>
        </span>
      </Tooltip>
      <Button size="compact-sm" variant="default" leftSection={<IconRefresh size={14} aria-hidden />} loading={syncing} disabled={s.state === 'needs_password'} onClick={() => void syncNow()} data-testid="sync-now">
        Sync now
      </Button>
    </Group>
  );
}

export function describe(s: TeamStatus): { label: string; color: string } {
  switch (s.state) {
    case 'synced': return { label: 'Synced', color: 'teal' };
    case 'waiting': return { label: `${s.waiting} waiting`, color: 'yellow' };
    case 'offline': return { label: s.waiting > 0 ? `Offline · ${s.waiting} waiting` : 'Offline', color: 'gray' };
    case 'refused': return { label: `${s.refused.length} refused`, color: 'red' };
    case 'needs_password': return { label: 'Password needed', color: 'orange' };
    default: return { label: 'Not joined', color: 'gray' };
  }
}
