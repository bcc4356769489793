// Splitting text into the folded tokens both the index and the query speak. "#" and "+" stay inside a
// token so C#, F# and C++ survive; dots and hyphens split ("node.js" -> node, js) because whole skill
// names like Node.js are matched through the taxonomy before any splitting happens.
import { fold } from '../text/fold';

const SPLIT = /[^\p{L}\p{N}#+]+/u;

export function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const t of fold(text).split(SPLIT)) if (t) out.push(t);
  return out;
}

/** The folded, whitespace-normalised form of a phrase, as compared against folded text. */
export function normalizePhrase(text: string): string {
  return tokenize(text).join(' ');
}
