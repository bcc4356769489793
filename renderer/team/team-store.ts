// The team bench's state as every screen sees it: one poll of `teamStatus` for the whole app (every 2 s
// while joined; it reads only the local file), shared through a tiny store. When the service has applied
// others' changes (`applied` grew), the screens reload their data, as after a local edit.
import { useSyncExternalStore } from 'react';
import type { TeamStatus } from '../../shared/api/team';
import { api } from '../api/client';
import { benchChanged } from '../api/changes';

const JOINED_POLL_MS = 2000;
const IDLE_POLL_MS = 10_000;

let current: TeamStatus | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;
let users = 0;
const listeners = new Set<() => void>();

/** Takes a status from any team call (join, leave, sync, the poll) and tells the screens. */
export function setTeamStatus(next: TeamStatus): void {
  const grew = current !== undefined && next.applied > current.applied;
  current = next;
  for (const l of [...listeners]) l();
  if (grew) benchChanged();
}

async function poll(): Promise<void> {
  try {
    setTeamStatus(await api.teamStatus({}));
  } catch {
    // The service is busy or restarting: the next poll tries again.
  }
  if (users > 0) timer = setTimeout(() => void poll(), current?.joined ? JOINED_POLL_MS : IDLE_POLL_MS);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (users++ === 0) void poll();
  return () => {
    listeners.delete(listener);
    if (--users === 0) clearTimeout(timer);
  };
}

/** The latest team status (undefined until the first answer). */
export function useTeamStatus(): TeamStatus | undefined {
  return useSyncExternalStore(subscribe, () => current);
}

/** Asks for a fresh status now (after a join or leave elsewhere on the screen). */
export function refreshTeamStatus(): void {
  clearTimeout(timer);
  void poll();
}
