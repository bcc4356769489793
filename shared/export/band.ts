// The overlap picture's geometry: the instants overlapFor returns, placed on the client's day (midnight
// to midnight in the role's zone, 23 or 25 hours on a DST day) so every renderer draws the same bar.
import type { Hours } from '../bench/schema';
import { DEFAULT_WORKING_HOURS } from '../bench/schema';
import { addDays } from '../bench/dates';
import { localClock, wallToInstant, type Interval, type OverlapResult } from '../matching/overlap';
import type { OverlapBand, OverlapLabel, Span } from './types';

const HOUR = 3_600_000;

/** A judgement of overlap hours against the length of the client's core window. */
export function overlapLabel(hours: number | null, windowHours: number): OverlapLabel {
  if (hours === null) return 'unknown';
  if (hours <= 0) return 'none';
  const share = windowHours > 0 ? hours / windowHours : 0;
  if (share >= 0.999) return 'full';
  if (share >= 0.75) return 'most';
  if (share >= 0.4) return 'partial';
  return 'little';
}

export const OVERLAP_LABEL_WORDS: Record<OverlapLabel, string> = {
  full: 'Full overlap',
  most: 'Most of the core hours',
  partial: 'Part of the core hours',
  little: 'Little overlap',
  none: 'No overlap',
  unknown: 'Overlap unknown (no client time zone)',
};

export function overlapBand(
  result: OverlapResult,
  engineer: { timeZone: string; workingHours?: Hours },
  clientZone: string | null,
  coreHours: Hours,
  date: string,
): OverlapBand {
  const wh = engineer.workingHours ?? DEFAULT_WORKING_HOURS;
  const engineerLocal = `${wh.start}-${wh.end} ${engineer.timeZone}`;
  if (!clientZone || !result.clientWindow) {
    return { hours: null, clientZone: null, coreHours, dayHours: 24, client: null, engineer: [], overlap: [], engineerLocal, engineerOnClientClock: null, label: 'unknown' };
  }
  const dayStart = wallToInstant(date, '00:00', clientZone);
  const dayEnd = wallToInstant(addDays(date, 1), '00:00', clientZone);
  const dayHours = (dayEnd - dayStart) / HOUR;
  const place = (iv: Interval): Span | null => {
    const s = Math.max(iv[0], dayStart);
    const e = Math.min(iv[1], dayEnd);
    return e > s ? { start: (s - dayStart) / HOUR, end: (e - dayStart) / HOUR } : null;
  };
  const spans = (ivs: Interval[]) => ivs.map(place).filter((s): s is Span => s !== null);
  // The engineer's window that meets the client's day the most names their hours on the client's clock.
  const main = [...result.engineerWindows].sort((a, b) => clippedLength(b, dayStart, dayEnd) - clippedLength(a, dayStart, dayEnd))[0];
  const windowHours = (result.clientWindow[1] - result.clientWindow[0]) / HOUR;
  return {
    hours: result.hours,
    clientZone,
    coreHours,
    dayHours,
    // A core window past midnight is drawn up to the end of the day; its hours still count in `hours`.
    client: place(result.clientWindow),
    engineer: spans(result.engineerWindows),
    overlap: spans(result.overlaps),
    engineerLocal,
    engineerOnClientClock: main ? `${localClock(main[0], clientZone)}-${localClock(main[1], clientZone)}` : null,
    label: overlapLabel(result.hours, windowHours),
  };
}

function clippedLength(iv: Interval, from: number, to: number): number {
  return Math.max(0, Math.min(iv[1], to) - Math.max(iv[0], from));
}
