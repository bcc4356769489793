// Country names for readers: "BR" -> "Brazil" / "Brasil", from the runtime's CLDR data (no table to
// maintain), in the reader's language (a client packet's, or English for the firm's own sheets).
import { DEFAULT_LANGUAGE, type Language } from '../i18n/languages';

const displayNames = new Map<Language, Intl.DisplayNames>();
// Intl lookups cost microseconds each; a bench has a few dozen countries, so each is asked once.
const memo = new Map<string, string>();

export function countryName(code: string, lng: Language = DEFAULT_LANGUAGE): string {
  const key = `${lng}|${code}`;
  let name = memo.get(key);
  if (name === undefined) {
    let names = displayNames.get(lng);
    if (!names) displayNames.set(lng, (names = new Intl.DisplayNames([lng], { type: 'region' })));
    try {
      name = names.of(code) ?? code;
    } catch {
      name = code;
    }
    memo.set(key, name);
  }
  return name;
}
