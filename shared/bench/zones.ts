// IANA time-zone names, checked against the tz database the runtime ships (Intl), and the one place a
// zone is judged fit for a person or a client (shared/bench/schema.ts's timeZoneSchema; the bulk import's
// fast pre-check defers to it).
import type { KeyedText } from '../api/errors';
const known = new Map<string, boolean>();

/** True when the runtime's tz database knows the zone (America/Sao_Paulo yes, Mars/Olympus no). */
export function isValidTimeZone(zone: string): boolean {
  let ok = known.get(zone);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      ok = true;
    } catch {
      ok = false;
    }
    known.set(zone, ok);
  }
  return ok;
}

// Names the tz database (or the runtime's ICU) accepts that are not a place: abbreviations and POSIX-style
// rule names. People type them meaning a city, but they follow no city's calendar: EST is UTC-5 all year
// (New York is UTC-4 in summer), so overlap with a client in "EST" is an hour off half the year; CET or
// EST5EDT follow one country's rules, not necessarily the client's. Each maps to the cities people most
// likely mean, for the refusal's message. Country-named links (US/Eastern, Brazil/East, Japan) follow a
// real place's rules and stay accepted.
const ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  EST: ['America/New_York', 'America/Toronto', 'America/Bogota', 'America/Panama'],
  EDT: ['America/New_York', 'America/Toronto'],
  EST5EDT: ['America/New_York', 'America/Toronto'],
  CST: ['America/Chicago', 'America/Mexico_City', 'America/Winnipeg'],
  CDT: ['America/Chicago', 'America/Winnipeg'],
  CST6CDT: ['America/Chicago', 'America/Winnipeg'],
  MST: ['America/Denver', 'America/Phoenix', 'America/Edmonton'],
  MDT: ['America/Denver', 'America/Edmonton'],
  MST7MDT: ['America/Denver', 'America/Edmonton'],
  PST: ['America/Los_Angeles', 'America/Vancouver', 'America/Tijuana'],
  PDT: ['America/Los_Angeles', 'America/Vancouver'],
  PST8PDT: ['America/Los_Angeles', 'America/Vancouver'],
  AKST: ['America/Anchorage'],
  HST: ['Pacific/Honolulu'],
  GMT: ['Europe/London', 'Europe/Dublin', 'Africa/Accra'],
  BST: ['Europe/London'],
  WET: ['Europe/Lisbon', 'Atlantic/Canary'],
  CET: ['Europe/Berlin', 'Europe/Paris', 'Europe/Madrid', 'Europe/Amsterdam'],
  CEST: ['Europe/Berlin', 'Europe/Paris', 'Europe/Madrid'],
  MET: ['Europe/Berlin', 'Europe/Paris'],
  EET: ['Europe/Athens', 'Europe/Helsinki', 'Europe/Bucharest'],
  BRT: ['America/Sao_Paulo'],
  ART: ['America/Argentina/Buenos_Aires'],
};
// Fixed offsets and their spellings: Etc/GMT+5, GMT-3, UTC+2, Etc/GMT0, Greenwich... (not a place either).
const FIXED_OFFSET = /^(etc\/)?(gmt|utc|ut)?[+-]\d{1,2}(:?\d{2})?$|^(etc\/)?(gmt|greenwich|uct|universal|zulu)(0|[+-]0)?$|^[+-]\d{1,2}(:?\d{2})?$/i;
// UTC itself is kept: a client or an engineer who works to UTC does so on purpose (no city to mean).
const UTC = new Set(['UTC', 'Etc/UTC']);

/**
 * Why a zone cannot be used, as words for the person who typed it (errors catalog, section `zone`), or
 * undefined when it can: unknown to the tz database, or an abbreviation / fixed offset, naming the real
 * zones meant.
 */
export function timeZoneProblem(zone: string): KeyedText | undefined {
  // A bench repeats a few dozen zones across 100k records (the bulk import asks per record).
  if (judged.has(zone)) return judged.get(zone);
  const problem = judge(zone);
  if (judged.size < 10_000) judged.set(zone, problem);
  return problem;
}
const judged = new Map<string, KeyedText | undefined>();

function judge(zone: string): KeyedText | undefined {
  if (UTC.has(zone)) return undefined;
  const likely = ABBREVIATIONS[zone.toUpperCase()];
  if (likely) return { key: 'errors:zone.abbreviation', params: { zone, zones: likely.join(', ') } };
  if (FIXED_OFFSET.test(zone)) return { key: 'errors:zone.fixedOffset', params: { zone } };
  if (!isValidTimeZone(zone)) return { key: 'errors:zone.unknown', params: { zone } };
  return undefined;
}

/** The real zones an abbreviation most likely means (EST: New York, Toronto...), or undefined. */
export function likelyZones(zone: string): readonly string[] | undefined {
  return ABBREVIATIONS[zone.toUpperCase()];
}

/** The zones abbreviations stand for: the big cities of their countries, listed first in a search. */
export const COMMON_ZONES: ReadonlySet<string> = new Set(Object.values(ABBREVIATIONS).flat());

/** A zone that can be stored for an engineer or a client: a real place (or UTC). */
export const isUsableTimeZone = (zone: string): boolean => timeZoneProblem(zone) === undefined;
