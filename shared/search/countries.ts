// Country names for searching by name as well as by code ("brasil", "brazil", "BR" all find Brazil).
// Intl.DisplayNames exists in Node, Electron and every browser, so no table is kept here; English,
// Spanish and Portuguese cover the bench (LatAm engineers, US and European clients).
const LOCALES = ['en', 'es', 'pt'] as const;
let displays: Intl.DisplayNames[] | null = null;

export function countryNames(code: string): string[] {
  displays ??= LOCALES.map((l) => new Intl.DisplayNames([l], { type: 'region' }));
  const names = new Set<string>();
  for (const d of displays) {
    try {
      const n = d.of(code);
      if (n && n !== code) names.add(n);
    } catch {
      // Not a region code Intl knows: the code alone stays searchable.
    }
  }
  return [...names];
}
