// Hybrid logical clock (docs/team-design.md). A stamp is "<ms:13>-<counter:5>-<node>": fixed-width
// numbers so text order is time order, the node breaking ties. A local edit stamps max(now, last + 1);
// receiving a remote stamp moves the clock past it, so an edit made after seeing a change always wins
// over it even when this laptop's wall clock is behind. The SQLite capture triggers stamp with the same
// rule in SQL (db/migrations/0003_team_sync.ts); both keep the node-free part "<ms>-<counter>" as the clock.

export interface Hlc {
  ms: number;
  counter: number;
}

export const MAX_COUNTER = 99_999;
const CLOCK_RE = /^(\d{13})-(\d{5})$/;
const STAMP_RE = /^(\d{13})-(\d{5})-(.+)$/;

/** "<ms:13>-<counter:5>", the node-free clock value kept in sync_state. */
export function formatClock(h: Hlc): string {
  return `${String(h.ms).padStart(13, '0')}-${String(h.counter).padStart(5, '0')}`;
}

export function parseClock(clock: string): Hlc {
  const m = CLOCK_RE.exec(clock);
  if (!m) throw new Error(`not an HLC clock value: ${clock}`);
  return { ms: Number(m[1]), counter: Number(m[2]) };
}

export function formatStamp(h: Hlc, node: string): string {
  return `${formatClock(h)}-${node}`;
}

export function parseStamp(stamp: string): Hlc & { node: string } {
  const m = STAMP_RE.exec(stamp);
  if (!m) throw new Error(`not an HLC stamp: ${stamp}`);
  return { ms: Number(m[1]), counter: Number(m[2]), node: m[3]! };
}

export const isStamp = (s: string): boolean => STAMP_RE.test(s);

/** The clock after `h` at wall time `now`: max(now, last + 1), the counter carrying into ms when full. */
function advance(h: Hlc, now: number): Hlc {
  if (now > h.ms) return { ms: now, counter: 0 };
  if (h.counter >= MAX_COUNTER) return { ms: h.ms + 1, counter: 0 };
  return { ms: h.ms, counter: h.counter + 1 };
}

const ZERO: Hlc = { ms: 0, counter: 0 };

/** A local event: the new clock value (store it) and its stamp. `last` is the stored clock or null. */
export function tick(last: string | null, now: number, node: string): { clock: string; stamp: string } {
  const next = advance(last ? parseClock(last) : ZERO, Math.floor(now));
  return { clock: formatClock(next), stamp: formatStamp(next, node) };
}

/** A received stamp: the clock moves past both its own value and the remote one. Returns the new clock. */
export function receive(last: string | null, remote: string, now: number): string {
  const mine = last ? parseClock(last) : ZERO;
  const theirs = parseStamp(remote);
  const later = compareHlc(mine, theirs) >= 0 ? mine : { ms: theirs.ms, counter: theirs.counter };
  return formatClock(advance(later, Math.floor(now)));
}

function compareHlc(a: Hlc, b: Hlc): number {
  return a.ms !== b.ms ? a.ms - b.ms : a.counter - b.counter;
}

/** Stamps compare as strings (fixed width); -1, 0 or 1. null (never stamped) is earliest. */
export function compareStamps(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

/** A change id "<node>:<ms>-<counter>": unique per change (one tick each), so sending it twice is harmless. */
export function changeId(stamp: string): string {
  const s = parseStamp(stamp);
  return `${s.node}:${formatClock(s)}`;
}

/**
 * A node id: the person's login plus a random suffix per laptop (two laptops of one person never share
 * a node). Only letters, digits, '.', '_' and '-' so a stamp stays one token.
 */
export function newNodeId(login: string, random: () => number = Math.random): string {
  const clean = login.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 40) || 'node';
  const suffix = Array.from({ length: 8 }, () => 'abcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(random() * 36)]).join('');
  return `${clean}.${suffix}`;
}
