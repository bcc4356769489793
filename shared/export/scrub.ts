// The automatic scrub of the one free text an anonymised packet may carry: the pitch note a person
// approved for the client (allow-list.ts decides what else goes out; everything else is left out, not
// scrubbed). The scrub is deliberately greedy: a person reads the result before approving it, so a
// word removed too many is seen and fixed, while a name let through would reach the client.
// It removes, in this order: e-mails in any spelling ("ana@x.com", "ana [at] x [dot] com", "ana arroba
// x punto com"), links, chat handles ("skype: live:ana", "@ana", "t.me/ana"), phone numbers in the usual
// national formats, every word of every bench engineer's name (the packet's candidates become their
// letters, anyone else "[name removed]"), and custom skills (names not in the taxonomy, which may be a
// person's or a client's name).
import { fold } from '../text/fold';
import { nameParts } from '../text/name-particles';

/** The placeholders, in the packet's language (packet catalog, scrub.*). */
export interface ScrubWords {
  email: string;
  link: string;
  phone: string;
  handle: string;
  name: string;
  skill: string;
}

export interface ScrubContext {
  /** The packet's candidates: their name words become their label ("Candidate A"). First listed wins a shared word. */
  candidates: readonly { name: string; label: string }[];
  /** Every bench engineer's name (the whole bench, not only the shortlist). */
  benchNames: Iterable<string>;
  /** Skill names that are not in the taxonomy (custom skills of the bench). */
  customSkills: Iterable<string>;
  /** Words never taken for a name: canonical skill names ("Ruby", "Go") and the role's own words. */
  keep?: Iterable<string>;
  words: ScrubWords;
}

// "at" / "dot" written out, bracketed or not, in English, Spanish and Portuguese.
const AT = String.raw`(?:\s*@\s*|\s*[\[({<]\s*(?:at|arroba)\s*[\])}>]\s*|\s+(?:at|arroba)\s+)`;
const DOT = String.raw`(?:\s*\.\s*|\s*[\[({<]\s*(?:dot|punto|ponto)\s*[\])}>]\s*|\s+(?:dot|punto|ponto)\s+)`;
const EMAIL = new RegExp(String.raw`[\p{L}\p{N}._%+-]+${AT}[\p{L}\p{N}-]+(?:${DOT}[\p{L}\p{N}-]+)*${DOT}\p{L}{2,}`, 'giu');
const LINK = /\b(?:(?:https?|ftp):\/\/|www\.)[^\s)\]>,;"']+|\b[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|io|dev|net|org|me|ai|co|br|mx|ar|cl|uy|pe|app|info|biz|tech|ly|gg|to)\b(?:\/[^\s)\]>,;"']*)?/giu;
// A messenger named, then the handle after it: "Skype: live:ana.r", "telegram @ana", "WhatsApp ana_r".
const NAMED_HANDLE = /\b(?:skype|telegram|tg|whatsapp|wa|signal|discord|slack|teams|github|gitlab|linkedin|twitter|x|instagram|wechat|line|viber)\s*(?:id|handle|user(?:name)?)?\s*[:=-]?\s*@?[\p{L}\p{N}._:#-]{2,}/giu;
const AT_HANDLE = /(?<![\p{L}\p{N}])@[\p{L}\p{N}._-]{2,}/gu;
// A run of digits with the usual separators, at least 7 digits: "+54 9 11 5555-1234", "(415) 555-0132".
const PHONE = /(?:\+|00)?\(?\d[\d\s()./-]{5,}\d/g;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The words of every name worth hiding, folded, mapped to their replacement. */
function nameMap(ctx: ScrubContext): Map<string, string> {
  const keep = new Set([...(ctx.keep ?? [])].flatMap((k) => k.split(/[^\p{L}\p{N}]+/u)).map(fold));
  const map = new Map<string, string>();
  for (const c of ctx.candidates) for (const p of nameParts(c.name)) if (!keep.has(p) && !map.has(p)) map.set(p, c.label);
  for (const n of ctx.benchNames) for (const p of nameParts(n)) if (!keep.has(p) && !map.has(p)) map.set(p, ctx.words.name);
  return map;
}

/** A scrubber bound to one packet: build once, apply to each note. */
export function scrubber(ctx: ScrubContext): (text: string) => string {
  const names = nameMap(ctx);
  const skills = [...new Set([...ctx.customSkills].map((s) => s.trim()).filter((s) => s.length >= 2))].sort((a, b) => b.length - a.length);
  const skillRe = skills.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${skills.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu') : null;
  const labels = new Set([...ctx.candidates.map((c) => c.label), ctx.words.name]);
  const w = ctx.words;
  return (text) => {
    let out = text.replace(EMAIL, w.email).replace(LINK, w.link).replace(NAMED_HANDLE, w.handle).replace(AT_HANDLE, w.handle);
    out = out.replace(PHONE, (m) => (m.replace(/\D/g, '').length >= 7 && !ISO_DATE.test(m.trim()) ? w.phone : m));
    if (skillRe) out = out.replace(skillRe, w.skill);
    // Word by word, accent-insensitively ("RIOS" and "Ríos"); "O'Neill" is one word, as is "Pérez-Gil".
    out = out.replace(/[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu, (word) => {
      const whole = names.get(fold(word));
      if (whole) return whole;
      // A part of a longer word ("O'Neill", "Pérez-Gil") hides the whole word, never leaving "O'Candidate B".
      return word.split(/['’-]/).map((p) => names.get(fold(p))).find((r) => r !== undefined) ?? word;
    });
    // "Candidate A Candidate A" (first + last name) reads badly: one label per run.
    for (const label of labels) out = out.replace(new RegExp(`${escapeRegExp(label)}(?:\\s+${escapeRegExp(label)})+`, 'g'), label);
    return out;
  };
}
