// The team bench inside a running service (the app's worker, `serve`, one CLI run): the password held in
// memory only, the state the frame shows, and the background sync while joined. Others' changes arrive
// within seconds through the server's NOTIFY (the client's `listen`); a slow poll catches what a
// dropped listen connection missed; local writes are flushed at once and sent shortly after (debounced,
// so a burst of edits is one push). A sync takes the bench's write queue for its local steps only (each
// read or transaction), never across the network in between, so a slow or stopped server never holds up
// an edit; it bumps the bench version only when a step changed something, so an idle poll keeps the
// search index and caches. A join likewise takes the queue a chunk at a time. Syncs, joins and leaves run
// one at a time.
import type { RefusedChange, SyncResult, TeamStatus } from '../../shared/api/team';
import type { RawDb } from '../connection';
import type { Bench } from '../service/bench-service';
import { flushOutbox } from './local/outbox';
import { getState } from './local/state';
import { connectTeam } from './server/client';
import { ApiError } from '../../shared/api/errors';
import { join, leave, sync, type JoinProgress, type LocalTurn } from './sync';
import { conflictCount } from './local';
import { waitingCount } from './local-counts';
import { isUnreachable, teamApiError } from './team-errors';
import { parseTeamUrl, sameTeam } from './team-url';

/** After a local write: long enough to gather a burst of edits into one push. */
const WRITE_DEBOUNCE_MS = 400;
/** After a NOTIFY from the server. */
const NOTIFY_DEBOUNCE_MS = 100;
/** The fallback poll (and the retry while offline). */
export const POLL_MS = 15_000;

export interface TeamRuntime {
  status(): TeamStatus;
  /** Joins; `progress` hears how far (receiving, then writing the team bench), as an import's does. */
  join(url: string, progress?: JoinProgress): Promise<TeamStatus>;
  leave(): Promise<TeamStatus>;
  /** One sync now; `url` (with the password) replaces the one held, for this and later syncs. */
  syncNow(url?: string): Promise<{ result: SyncResult; status: TeamStatus }>;
  /** Erases a person on the team server (admins; the server checks), with the URL held in this process. */
  eraseOnServer(engineerId: string): Promise<void>;
  /** The host hands over a URL it kept (BENCHMATCH_TEAM_URL, the desktop keychain). */
  useUrl(url: string): void;
  /** Where the desktop shell learns a URL to keep (or that it must forget one: undefined). */
  onCredentials(listener: (url: string | undefined) => void): void;
  /** Syncs in the background while joined (the app, `serve`). */
  startBackground(): void;
  stopBackground(): Promise<void>;
}

const runtimes = new WeakMap<Bench, TeamRuntime>();

/** The one runtime of a bench (created by the team handlers; `serve` and the worker reach it here). */
export function teamRuntimeOf(bench: Bench): TeamRuntime {
  const r = runtimes.get(bench);
  if (!r) throw new Error('The team runtime is created with the service handlers');
  return r;
}

export function createTeamRuntime(bench: Bench, raw: RawDb): TeamRuntime {
  let url: string | undefined;
  let problem: ApiError | undefined;
  let offline = false;
  let lastRefused: RefusedChange[] = [];
  let applied = 0;
  let background = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let poller: ReturnType<typeof setInterval> | undefined;
  let unlisten: (() => Promise<void>) | undefined;
  let running: Promise<unknown> | undefined;
  let again = false;
  let credentialListener: ((url: string | undefined) => void) | undefined;

  const joinedServer = () => getState(raw).server ?? undefined;
  /** A sync's local steps take their turn in the write queue, one step at a time. */
  const local: LocalTurn = (step, changed = () => false) => bench.exclusive(async () => step(), changed);
  /** One team operation (sync, join, leave) at a time: a second waits for the first. */
  let teamTurn: Promise<unknown> = Promise.resolve();
  const oneAtATime = <T>(work: () => Promise<T>): Promise<T> => {
    const result = teamTurn.then(work, work);
    teamTurn = result.catch(() => undefined);
    return result;
  };

  function status(): TeamStatus {
    const s = getState(raw);
    const joined = !!s.server;
    const waiting = joined ? waitingCount(raw) : 0;
    const state: TeamStatus['state'] = !joined
      ? 'not_joined'
      : !url
        ? 'needs_password'
        : offline
          ? 'offline'
          : lastRefused.length > 0
            ? 'refused'
            : waiting > 0
              ? 'waiting'
              : 'synced';
    return {
      joined,
      state,
      ...(s.server ? { server: s.server } : {}),
      ...(s.login ? { login: s.login } : {}),
      ...(s.role ? { role: s.role as TeamStatus['role'] & string } : {}),
      ...(s.lastSyncAt ? { lastSyncAt: s.lastSyncAt } : {}),
      waiting,
      refused: lastRefused,
      conflicts: joined ? conflictCount(raw) : 0,
      ...(problem ? { problem: problem.message, ...(problem.text ? { problemText: problem.text.message } : {}) } : {}),
      applied,
      background,
    };
  }

  /** One sync; failures are remembered for the frame and rethrown as ApiErrors. */
  async function runSync(): Promise<SyncResult> {
    const server = joinedServer();
    if (!server) throw ApiError.keyed('refused', { key: 'errors:team.notJoined' });
    if (!url) throw ApiError.keyed('refused', { key: 'errors:team.needsPassword' });
    const given = url;
    try {
      const result = await oneAtATime(() => sync(raw, given, local));
      offline = false;
      problem = undefined;
      // What the last changes sent met stays shown until more changes are sent (a background sync that
      // only received must not hide a refusal the person has not seen yet).
      if (result.sent > 0 || result.refused.length > 0) lastRefused = result.refused;
      if (result.received > 0 || result.refused.length > 0) applied++;
      return result;
    } catch (e) {
      const err = teamApiError(e);
      offline = isUnreachable(e);
      problem = err;
      throw err;
    }
  }

  /** Background: one sync at a time; a request during a run runs once more after it. */
  function kick(): void {
    // Not joined, or no password in this process yet: nothing to do until there is.
    if (!background || !url || !joinedServer()) return;
    if (running) {
      again = true;
      return;
    }
    running = runSync()
      .catch(() => undefined)
      .finally(() => {
        running = undefined;
        if (again) {
          again = false;
          schedule(0);
        }
      });
    void running.then(() => ensureListening());
  }

  function schedule(ms: number): void {
    if (!background) return;
    clearTimeout(timer);
    timer = setTimeout(kick, ms);
    timer.unref?.();
  }

  /** (Re)opens the LISTEN connection when joined, online and not listening. */
  async function ensureListening(): Promise<void> {
    if (!background || unlisten || !url || !joinedServer() || offline) return;
    const given = url;
    try {
      const team = await connectTeam(given);
      const stop = await team.listen(() => schedule(NOTIFY_DEBOUNCE_MS), () => {
        // The connection dropped: the poll reconnects.
        unlisten = undefined;
        void team.close().catch(() => undefined);
      });
      if (!background) {
        await stop();
        await team.close().catch(() => undefined);
        return;
      }
      unlisten = async () => {
        unlisten = undefined;
        await stop().catch(() => undefined);
        await team.close().catch(() => undefined);
      };
    } catch {
      // Offline or refused: the poll tries again.
    }
  }

  bench.onMutated(() => {
    try {
      if (!getState(raw).capture) return;
      // The writer's dirty marks become waiting changes at once, so `team status` counts them.
      flushOutbox(raw);
    } catch {
      // Marks stay and are flushed before the next push: nothing is lost.
    }
    schedule(WRITE_DEBOUNCE_MS);
  });

  const runtime: TeamRuntime = {
    status,
    async join(given, progress) {
      let parts;
      try {
        parts = parseTeamUrl(given);
      } catch (e) {
        throw teamApiError(e);
      }
      if (!parts.hasPassword) throw ApiError.keyed('refused', { key: 'errors:team.urlWithoutPassword' });
      try {
        // In turns of the write queue (a chunk of the team bench each), never across the network: the app
        // goes on saving while a big team bench arrives.
        await oneAtATime(() => join(raw, given, local, progress));
        url = given;
        offline = false;
        problem = undefined;
        applied++;
      } catch (e) {
        const err = teamApiError(e);
        offline = isUnreachable(e);
        problem = err;
        throw err;
      }
      credentialListener?.(given);
      schedule(0);
      return status();
    },
    async leave() {
      await unlisten?.();
      await oneAtATime(() => bench.exclusive(async () => leave(raw), () => true));
      url = undefined;
      lastRefused = [];
      problem = undefined;
      offline = false;
      credentialListener?.(undefined);
      return status();
    },
    async syncNow(given) {
      if (given) {
        const server = joinedServer();
        if (server && !sameTeam(server, given)) throw ApiError.keyed('refused', { key: 'errors:team.otherTeam', params: { server } });
        url = given;
      }
      const result = await runSync();
      void ensureListening();
      return { result, status: status() };
    },
    async eraseOnServer(engineerId) {
      if (!url) throw ApiError.keyed('refused', { key: 'errors:erase.noPassword' });
      const given = url;
      try {
        const team = await connectTeam(given);
        try {
          await team.erasePerson(engineerId);
        } finally {
          await team.close().catch(() => undefined);
        }
      } catch (e) {
        throw teamApiError(e);
      }
      // Others' laptops hear of it through NOTIFY; this one pulls the tombstone soon (harmless: already gone here).
      schedule(0);
    },
    useUrl(given) {
      const server = joinedServer();
      if (server && sameTeam(server, given)) url = given;
    },
    onCredentials(listener) {
      credentialListener = listener;
    },
    startBackground() {
      if (background) return;
      background = true;
      poller = setInterval(() => schedule(0), POLL_MS);
      poller.unref?.();
      schedule(0);
    },
    async stopBackground() {
      background = false;
      clearTimeout(timer);
      clearInterval(poller);
      await unlisten?.();
      await running;
    },
  };
  runtimes.set(bench, runtime);
  return runtime;
}
