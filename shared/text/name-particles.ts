// Name particles ("Ana da Silva", "Juan de la Cruz", "Joan i Puig"): ordinary words elsewhere, never a
// name part on their own. One list for anonymizing, erasure and duplicate detection.
import { fold } from './fold';

export const NAME_PARTICLES: ReadonlySet<string> = new Set(['da', 'das', 'de', 'del', 'della', 'di', 'do', 'dos', 'du', 'la', 'las', 'le', 'los', 'van', 'von', 'der', 'den', 'y', 'e', 'i']);

/** The words of a person's name worth hiding (two letters or more, not particles), folded for comparison. */
export function nameParts(name: string): string[] {
  return name.split(/[\s,.'’-]+/u).map((p) => fold(p)).filter((p) => p.length >= 2 && !NAME_PARTICLES.has(p));
}
