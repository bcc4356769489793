// Country names for readers: "BR" -> "Brazil", from the runtime's CLDR data (no table to maintain).
const names = new Intl.DisplayNames(['en'], { type: 'region' });

// Intl lookups cost microseconds each; a bench has a few dozen countries, so each is asked once.
const memo = new Map<string, string>();

export function countryName(code: string): string {
  let name = memo.get(code);
  if (name === undefined) {
    try {
      name = names.of(code) ?? code;
    } catch {
      name = code;
    }
    memo.set(code, name);
  }
  return name;
}
