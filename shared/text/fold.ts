// Accent- and case-folding, the one normalisation used by search, duplicate detection and skill lookup:
// "Ríos" and "rios" fold to the same key.
const ASCII = /^[ -~]*$/; // printable ASCII

export function fold(s: string): string {
  // Most skill names, ids and emails are plain printable ASCII: skip the costly NFD pass for them (100k-engineer
  // imports fold millions of strings).
  if (ASCII.test(s)) return s.toLowerCase();
  return s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}
