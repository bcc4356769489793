// Accent- and case-folding, the one normalisation used by search, duplicate detection and skill lookup:
// "Ríos" and "rios" fold to the same key.
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}
