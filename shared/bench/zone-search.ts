// Finding a time zone by what people type: a city ("New York", "São Paulo"), a country in the reader's
// language or in English ("Brasil", "Brazil"), an abbreviation ("CET": the cities it most likely
// means) or the IANA name itself. The zone picker of the client form, the role editor and the engineer
// form all search through this one function. Everything comes from the runtime's own tz data (Intl):
// the zones, which country each belongs to (Intl.Locale's time zones per region) and the country names
// (Intl.DisplayNames), so nothing here goes stale when the tz database changes.
import { COMMON_ZONES, likelyZones, isUsableTimeZone } from './zones';

export interface ZoneChoice {
  /** The IANA zone stored in the bench, e.g. America/Sao_Paulo. */
  zone: string;
  /** Its city as people write it, from the zone's last part: "Sao Paulo", "Buenos Aires". */
  city: string;
  /** ISO 3166 country codes the zone serves (usually one; empty for UTC). */
  countries: string[];
}

// Region codes CLDR still lists beside today's country (East Germany, metropolitan France, the Panama
// Canal Zone...): a zone is shown with its current country only.
const RETIRED_REGIONS = new Set(['DD', 'FX', 'PZ', 'YU', 'CS', 'SU', 'ZR', 'TP', 'BU', 'NT', 'YD', 'DY', 'HV', 'NH', 'RH', 'VD', 'AN']);

/** Zones by country, read once from Intl (about 270 regions; a few milliseconds in a browser). */
let byZone: Map<string, ZoneChoice> | undefined;

function regionZones(region: string): string[] {
  try {
    const locale = new Intl.Locale(`und-${region}`) as Intl.Locale & { getTimeZones?: () => string[] | undefined; timeZones?: string[] };
    // getTimeZones() is the standard; older V8 (Node 22) has the timeZones getter instead.
    return (typeof locale.getTimeZones === 'function' ? locale.getTimeZones() : locale.timeZones) ?? [];
  } catch {
    return [];
  }
}

function allZones(): string[] {
  try {
    return (Intl as unknown as { supportedValuesOf(k: string): string[] }).supportedValuesOf('timeZone');
  } catch {
    return ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles', 'America/Sao_Paulo', 'Europe/London', 'Europe/Berlin'];
  }
}

export function zoneChoices(): ReadonlyMap<string, ZoneChoice> {
  if (byZone) return byZone;
  const map = new Map<string, ZoneChoice>();
  for (const zone of [...allZones(), 'UTC']) {
    const last = zone.split('/').pop() ?? zone;
    map.set(zone, { zone, city: last.replace(/_/g, ' '), countries: [] });
  }
  for (let a = 65; a < 91; a++) {
    for (let b = 65; b < 91; b++) {
      const region = String.fromCharCode(a, b);
      if (RETIRED_REGIONS.has(region)) continue;
      for (const zone of regionZones(region)) map.get(zone)?.countries.push(region);
    }
  }
  byZone = map;
  return map;
}

/** Lower case, no accents, underscores as spaces: "São_Paulo" and "sao paulo" compare equal. */
export const foldZoneText = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/_/g, ' ').toLowerCase().trim();

/** Country names per code in the given languages (the reader's, and English so "Brazil" always works). */
function countryNames(languages: readonly string[]): (code: string) => string[] {
  const names = languages.map((l) => {
    try {
      return new Intl.DisplayNames([l], { type: 'region' });
    } catch {
      return undefined;
    }
  });
  return (code) => names.map((n) => n?.of(code) ?? code);
}

/**
 * The zones a query most likely means, best first: an exact IANA name, the cities an abbreviation
 * stands for, cities starting with the query, then containing it, then every zone of a country whose
 * name starts with (then contains) the query. `languages` are the reader's languages for country names.
 */
export function searchZones(query: string, languages: readonly string[], limit = 12): ZoneChoice[] {
  const choices = zoneChoices();
  const q = foldZoneText(query);
  if (!q) return [];
  const out = new Map<string, number>();
  const add = (zone: string, rank: number) => {
    if (choices.has(zone) && (out.get(zone) ?? Infinity) > rank) out.set(zone, rank);
  };
  const exact = [...choices.keys()].find((z) => foldZoneText(z) === q);
  if (exact) add(exact, 0);
  // An abbreviation means its cities and nothing else ("est" is also in "Budapest" and "Estonia").
  const likely = likelyZones(query.trim());
  if (likely) return likely.filter((z) => choices.has(z)).map((z) => choices.get(z)!);
  const names = countryNames([...languages, 'en']);
  for (const c of choices.values()) {
    const city = foldZoneText(c.city);
    const id = foldZoneText(c.zone);
    if (city.startsWith(q)) add(c.zone, 2);
    else if (city.includes(q) || id.includes(q)) add(c.zone, 3);
    for (const code of c.countries) {
      const folded = names(code).map(foldZoneText);
      if (code.toLowerCase() === q || folded.some((n) => n.startsWith(q))) add(c.zone, 4);
      else if (q.length >= 3 && folded.some((n) => n.includes(q))) add(c.zone, 5);
    }
  }
  return [...out.entries()]
    .filter(([z]) => isUsableTimeZone(z))
    // Within one rank, a country's big cities (New York, Chicago...) before Indiana/Vevay.
    .sort((x, y) => x[1] - y[1] || Number(COMMON_ZONES.has(y[0])) - Number(COMMON_ZONES.has(x[0])) || x[0].localeCompare(y[0]))
    .slice(0, limit)
    .map(([z]) => choices.get(z)!);
}

/** A country's name for a zone's line in the picker, in the reader's language ("" for UTC). */
export function zoneCountryName(choice: ZoneChoice, language: string): string {
  const names = countryNames([language]);
  return choice.countries.map((c) => names(c)[0]).join(', ');
}
