// Anonymised exports name each engineer "Candidate A", "Candidate B"... by shortlist position. We chose
// letters over "first name + last initial" because a first name can be someone else's surname (or a
// compound "María José" that reads as two names), and letters leak nothing at all. Free text that goes
// into an export (pitch notes, the profile summary) is scrubbed too: the engineer's own name parts,
// e-mail addresses, links and phone numbers become placeholders, since an account manager may well
// have typed "Valentina Ríos (valentina@...) is great".
import { fold } from '../text/fold';
import { NAME_PARTICLES as PARTICLES } from '../text/name-particles';

/** "Candidate A" for index 0, ... "Candidate Z", then "Candidate AA", "Candidate AB"... */
export function candidateLabel(index: number): string {
  let n = index;
  let letters = '';
  do {
    letters = String.fromCharCode(65 + (n % 26)) + letters;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return `Candidate ${letters}`;
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;
// A link ends at white space or at punctuation that closes the sentence around it.
const LINK = /\b(?:(?:https?|ftp):\/\/|www\.)[^\s)\]>,;"']+|\b[\p{L}\p{N}-]+\.(?:com|io|dev|net|org|me|ai|co|br|mx|ar)(?:\/[^\s)\]>,;"']*)?/giu;
// Seven or more digits with the usual separators: phone numbers, never skill levels or years.
const PHONE = /\+?\(?\d[\d\s().-]{5,}\d/g;

/** The words of a person's name worth hiding (two letters or more, not particles), folded for comparison. */
export function nameParts(name: string): string[] {
  return name.split(/[\s,.'’-]+/u).map((p) => fold(p)).filter((p) => p.length >= 2 && !PARTICLES.has(p));
}

export interface Person {
  name: string;
  label: string;
}

/**
 * Free text with personal details replaced: any word of a person's name becomes their label (the
 * first person listed wins a shared word, such as two engineers called Ana), e-mails become
 * "[e-mail removed]", links "[link removed]", phone numbers "[phone removed]".
 */
export function redactPersonal(text: string, people: readonly Person[]): string {
  let out = text.replace(EMAIL, '[e-mail removed]').replace(LINK, '[link removed]');
  out = out.replace(PHONE, (m) => (m.replace(/\D/g, '').length >= 7 ? '[phone removed]' : m));
  const labelOf = new Map<string, string>();
  for (const p of people) for (const part of nameParts(p.name)) if (!labelOf.has(part)) labelOf.set(part, p.label);
  if (labelOf.size === 0) return out;
  // Word by word, accent-insensitively, so "RIOS" and "Ríos" are both caught.
  out = out.replace(/[\p{L}\p{M}]+/gu, (word) => labelOf.get(fold(word)) ?? word);
  // "Candidate A Candidate A" (first + last name) reads badly: collapse each repeat.
  for (const label of new Set(labelOf.values())) {
    out = out.replace(new RegExp(`${escapeRegExp(label)}(?:\\s+${escapeRegExp(label)})+`, 'g'), label);
  }
  return out;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
