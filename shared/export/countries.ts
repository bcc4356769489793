// Country names for readers: "BR" -> "Brazil", from the runtime's CLDR data (no table to maintain).
const names = new Intl.DisplayNames(['en'], { type: 'region' });

export function countryName(code: string): string {
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
