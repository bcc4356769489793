// Name particles ("Ana da Silva", "Juan de la Cruz", "Joan i Puig"): ordinary words elsewhere, never a
// name part on their own. One list for anonymizing, erasure and duplicate detection.
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['da', 'das', 'de', 'del', 'della', 'di', 'do', 'dos', 'du', 'la', 'las', 'le', 'los', 'van', 'von', 'der', 'den', 'y', 'e', 'i']);
