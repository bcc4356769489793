// Roles that ask for the impossible, said before they are saved (the role editor warns; saving stays the
// person's choice). Each warning is data with its numbers; the editor says it in the reader's language.
import { DEFAULT_CORE_HOURS, DEFAULT_WORKING_HOURS, type Hours, type Role } from '../bench/schema';

export type RoleWarning =
  /** The minimum overlap is longer than the core-hours window itself: no engineer can ever meet it. */
  | { code: 'overlapOverWindow'; need: number; window: number; hours: Hours }
  /** The minimum overlap is longer than the usual working day (an engineer's hours when none are on file). */
  | { code: 'overlapOverDay'; need: number; day: number; workday: Hours }
  /** Core hours end before they start: a window past midnight, usually two times typed the wrong way round. */
  | { code: 'overnight'; hours: Hours; window: number };

const minutes = (hhmm: string): number => {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

/** A window's length in hours, past midnight when the end is before the start (00:00-00:00 is 24 h). */
export function windowHours(hours: Hours): number {
  const d = minutes(hours.end) - minutes(hours.start);
  return (d <= 0 ? d + 24 * 60 : d) / 60;
}

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;

/** What makes the role impossible or suspicious, worst first; empty for a role that can be met. */
export function roleWarnings(role: Pick<Role, 'coreHours' | 'minOverlapHours'>): RoleWarning[] {
  const hours = role.coreHours ?? DEFAULT_CORE_HOURS;
  // Half-typed clocks are the schema's business, not a warning.
  if (!CLOCK.test(hours.start) || !CLOCK.test(hours.end)) return [];
  const out: RoleWarning[] = [];
  const window = windowHours(hours);
  const need = role.minOverlapHours;
  const day = windowHours(DEFAULT_WORKING_HOURS);
  if (need !== undefined && need > window) out.push({ code: 'overlapOverWindow', need, window, hours });
  else if (need !== undefined && need > day) out.push({ code: 'overlapOverDay', need, day, workday: DEFAULT_WORKING_HOURS });
  if (minutes(hours.end) < minutes(hours.start) && hours.end !== '00:00') out.push({ code: 'overnight', hours, window });
  return out;
}
