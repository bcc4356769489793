// IANA time-zone names, checked against the tz database the runtime ships (Intl).
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
