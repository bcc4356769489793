// Overlap hours (matching.md "Overlap hours"): wall-clock windows become absolute instants through the
// IANA tz database the runtime ships (Intl), so DST in either hemisphere, zones that dropped DST and
// windows past midnight all come out right without a tz library.
import type { Hours } from '../bench/schema';
import { DEFAULT_CORE_HOURS, DEFAULT_WORKING_HOURS } from '../bench/schema';
import { addDays } from '../bench/dates';

export type Interval = [number, number];

export interface OverlapResult {
  /** Hours inside the client window during which the engineer works, 2 decimals; null with no client zone. */
  hours: number | null;
  clientWindow: Interval | null;
  engineerWindows: Interval[];
  overlaps: Interval[];
}

const HOUR = 3_600_000;
const DAY = 86_400_000;

// Formatting through Intl costs microseconds, so formatters are built once per zone and offsets are
// memoised per (zone, hour): a whole ranking touches a few dozen distinct values.
const formatters = new Map<string, Intl.DateTimeFormat>();
const offsets = new Map<string, number>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone, hourCycle: 'h23',
      year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit',
    });
    formatters.set(zone, f);
  }
  return f;
}

function wallParts(ms: number, zone: string): Record<string, number> {
  const parts: Record<string, number> = {};
  for (const p of formatter(zone).formatToParts(new Date(ms))) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return parts;
}

/** The zone's offset from UTC (ms, east positive) at an instant. */
export function zoneOffset(zone: string, ms: number): number {
  // Offsets change on whole minutes; every real transition falls on a minute boundary, so per-minute
  // memoisation keys are exact. Sub-minute inputs are floored to the minute they fall in.
  const minute = Math.floor(ms / 60_000);
  const key = `${zone}|${minute}`;
  let off = offsets.get(key);
  if (off === undefined) {
    const at = minute * 60_000;
    const p = wallParts(at, zone);
    const wall = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour! % 24, p.minute!, p.second!);
    off = wall - at;
    if (offsets.size > 200_000) offsets.clear();
    offsets.set(key, off);
  }
  return off;
}

/**
 * The instant a wall-clock time names in a zone. A time skipped by a DST jump moves forward by the gap
 * (02:30 on a spring-forward night is 03:30); a repeated time takes the earlier instant.
 */
export function wallToInstant(date: string, clock: string, zone: string): number {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = clock.split(':').map(Number) as [number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi);
  // The offsets a day before and after bracket any single transition near this wall time.
  const before = zoneOffset(zone, wall - DAY);
  const after = zoneOffset(zone, wall + DAY);
  const candidates = [wall - before, wall - after].filter((t) => zoneOffset(zone, t) === wall - t);
  if (candidates.length) return Math.min(...candidates);
  // No instant shows this wall time (a gap): using the offset in force before the jump lands the same
  // distance past the jump as the wall time was past its start.
  return wall - before;
}

/** "HH:MM" of an instant on the zone's wall clock. */
export function localClock(ms: number, zone: string): string {
  const p = wallParts(ms, zone);
  return `${String(p.hour! % 24).padStart(2, '0')}:${String(p.minute!).padStart(2, '0')}`;
}

/** A window of wall-clock hours on a date as an interval; an end before (or equal to) its start runs into the next day. */
export function windowOn(date: string, hours: Hours, zone: string): Interval {
  const start = wallToInstant(date, hours.start, zone);
  // Equal start and end means round the clock (00:00-00:00 reads as "all day"), not an empty window.
  const endDate = hours.end <= hours.start ? addDays(date, 1) : date;
  return [start, wallToInstant(endDate, hours.end, zone)];
}

function intersect(a: Interval, b: Interval): Interval | null {
  const s = Math.max(a[0], b[0]);
  const e = Math.min(a[1], b[1]);
  return e > s ? [s, e] : null;
}

/** Sorted, merged intervals (windows of consecutive days can touch or, around DST, overlap). */
function merge(intervals: Interval[]): Interval[] {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const out: Interval[] = [];
  for (const iv of sorted) {
    const last = out[out.length - 1];
    if (last && iv[0] <= last[1]) last[1] = Math.max(last[1], iv[1]);
    else out.push([iv[0], iv[1]]);
  }
  return out;
}

export function roundHours(h: number): number {
  return Math.round(h * 100) / 100;
}

/**
 * Overlap of an engineer with a client on date D: the client window on D in the client's zone against
 * the engineer's windows on D-1, D and D+1 in theirs. With no client zone the overlap is unknown.
 */
export function overlapFor(
  engineer: { timeZone: string; workingHours?: Hours },
  client: { timeZone?: string; coreHours?: Hours },
  date: string,
): OverlapResult {
  const hours = engineer.workingHours ?? DEFAULT_WORKING_HOURS;
  const engineerWindows = [-1, 0, 1].map((k) => windowOn(addDays(date, k), hours, engineer.timeZone));
  if (!client.timeZone) return { hours: null, clientWindow: null, engineerWindows, overlaps: [] };
  const clientWindow = windowOn(date, client.coreHours ?? DEFAULT_CORE_HOURS, client.timeZone);
  const overlaps = merge(engineerWindows)
    .map((w) => intersect(w, clientWindow))
    .filter((x): x is Interval => x !== null);
  const total = overlaps.reduce((s, [a, b]) => s + (b - a), 0);
  return { hours: roundHours(total / HOUR), clientWindow, engineerWindows, overlaps };
}

/** Length of a window in hours (the client window's length caps the overlap term of the score). */
export function intervalHours(iv: Interval): number {
  return (iv[1] - iv[0]) / HOUR;
}

/** The cache key of an engineer's overlap: their zone and working hours. */
export function overlapKey(engineer: { timeZone: string; workingHours?: Hours }): string {
  const h = engineer.workingHours ?? DEFAULT_WORKING_HOURS;
  return `${engineer.timeZone}|${h.start}|${h.end}`;
}

/**
 * Overlap for many engineers against one client window: computed once per distinct (zone, working
 * hours) pair, because a 100k bench has only a few dozen of them.
 */
export class OverlapCache {
  private readonly cache = new Map<string, OverlapResult>();
  constructor(private readonly client: { timeZone?: string; coreHours?: Hours }, private readonly date: string) {}

  get(engineer: { timeZone: string; workingHours?: Hours }, key = overlapKey(engineer)): OverlapResult {
    let r = this.cache.get(key);
    if (!r) {
      r = overlapFor(engineer, this.client, this.date);
      this.cache.set(key, r);
    }
    return r;
  }
}
