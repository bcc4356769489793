// The team bench as the app and the command line see it (../product/team.md): join a team bench with the
// URL a person was given, see who and where, sync now, leave. Path-free: the service knows its own file.
// The URL carries the person's password; it is used and kept in memory (or the OS keychain by the desktop
// shell), and nothing returned here ever contains it.
import { z } from 'zod';
import { EXPECTED } from '../bench/schema-words';
import { method } from './define';
import { renderText, type KeyedText } from './errors';
import type { Language } from '../i18n/languages';

export const TEAM_ROLES = ['admin', 'account_manager', 'vetting_lead', 'sales'] as const;
export type TeamRoleName = (typeof TEAM_ROLES)[number];

/** A change the server refused: where (entity, record and field) and why, in English (`sync --json`), and
 * as keyed words when the laptop knows them (`place`, `text`: say them with renderText; else show the English). */
export interface RefusedChange {
  where: string;
  reason: string;
  place?: KeyedText;
  text?: KeyedText;
}

/** A refused change in a language (Settings > Team, `benchmatch sync`): the keyed words when there are, else the
 * server's English. In English it is the server's own words (as `sync --json` and psql give them). */
export function sayRefused(r: RefusedChange, lng: Language): { where: string; reason: string } {
  if (lng === 'en') return { where: r.where, reason: r.reason };
  return { where: r.place ? renderText(r.place, lng) : r.where, reason: r.text ? renderText(r.text, lng) : r.reason };
}

/** What one sync did (`benchmatch sync --json` prints exactly this). */
export interface SyncResult {
  sent: number;
  received: number;
  refused: RefusedChange[];
  conflicts: number;
}

/**
 * The frame's one word: `synced` (nothing waiting), `waiting` (changes not yet sent), `offline` (the
 * server could not be reached), `refused` (the last sync had refused changes), `needs_password`
 * (joined, but this process has no password: give the URL again), `not_joined`.
 */
export type TeamState = 'not_joined' | 'synced' | 'waiting' | 'offline' | 'refused' | 'needs_password';

export interface TeamStatus {
  joined: boolean;
  state: TeamState;
  /** The server as postgres://login@host:port/db: never the password. */
  server?: string;
  login?: string;
  role?: TeamRoleName;
  lastSyncAt?: string;
  /** Local changes not yet accepted by the server. */
  waiting: number;
  /** Changes the last sync had refused (undone on this laptop). */
  refused: RefusedChange[];
  /** Conflicts recorded on this laptop (a later edit overwrote another). */
  conflicts: number;
  /** The last problem reaching the server, in one line (English); `problemText` the same as keyed words. */
  problem?: string;
  problemText?: KeyedText;
  /** Counts batches of others' changes applied by this process; screens reload when it grows. */
  applied: number;
  /** True while this process syncs in the background (the app, `serve`). */
  background: boolean;
}

const teamUrl = z
  .string()
  .trim()
  .min(1, EXPECTED.teamUrl)
  .max(2000)
  .refine((u) => /^postgres(ql)?:\/\//i.test(u), EXPECTED.teamUrlScheme);

export const teamApi = {
  teamStatus: method(z.strictObject({}))<TeamStatus>(),
  // None of these is declared `mutates`: each runs in the service's write queue itself and bumps the
  // bench version only when it changed the bench (a sync that received nothing must not throw away the
  // search index). The app reloads its screens when `TeamStatus.applied` grows.
  /** Binds this bench to the team bench at `url` (with the person's login and password). */
  teamJoin: method(z.strictObject({ url: teamUrl }))<TeamStatus>(),
  /** Unbinds: local data stays, capture stops, the password is forgotten. */
  teamLeave: method(z.strictObject({}))<TeamStatus>(),
  /** Sends waiting changes and receives the others'; `url` (with the password) if none is held yet. */
  syncNow: method(z.strictObject({ url: teamUrl.optional() }))<{ result: SyncResult; status: TeamStatus }>(),
};
