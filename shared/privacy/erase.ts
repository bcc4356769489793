// Erasure on request ("Erase person"): what is left of an engineer's record, and how other free text that
// names them is scrubbed. The firm keeps what it must in anonymous form: the record's id (ids are opaque),
// country, seniority, skills, English, years, vetting status and the assessments' scores without their
// notes, so counts and statistics still add up. Everything that identifies or describes the person
// (name, e-mail, city, links, tags, summary, primary role, working hours, rates, availability) goes.
import type { Engineer } from '../bench/schema';
import { fold } from '../text/fold';
import { nameParts, NAME_PARTICLES as PARTICLES } from '../text/name-particles';

export const ERASED_NAME = 'Erased person';
export const ERASED_MENTION = '[erased person]';

/** The anonymous remainder of `e`, erased on `today`. */
export function erasedEngineer(e: Engineer, today: string): Engineer {
  const out: Engineer = {
    id: e.id,
    name: ERASED_NAME,
    country: e.country,
    timeZone: e.timeZone,
    seniority: e.seniority,
    skills: e.skills,
    archived: true,
    privacy: { basis: e.privacy?.basis ?? 'legal_obligation', erasedAt: today },
  };
  if (e.englishLevel) out.englishLevel = e.englishLevel;
  if (e.yearsExperience !== undefined) out.yearsExperience = e.yearsExperience;
  if (e.vettingStatus) out.vettingStatus = e.vettingStatus;
  if (e.assessments) out.assessments = e.assessments.map(({ notes: _notes, ...rest }) => rest);
  return out;
}

const WORD = /[\p{L}\p{M}]+/gu;
const SEPARATOR = /^[\s,.'’-]*$/u;

/**
 * `text` with every mention of the person replaced by "[erased person]": two or more of their name's
 * words in a row (particles allowed between: "Valentina Ríos", "Ríos Pérez", "JUAN de la CRUZ"),
 * accent- and case-insensitively, and their e-mail addresses and links written anywhere. A lone first
 * name is left: it names other people as often as this one.
 */
export function scrubMentions(text: string, person: { name: string; email?: string; links?: readonly string[] }): string {
  let out = text;
  for (const literal of [person.email, ...(person.links ?? [])]) {
    if (literal && literal.length >= 4) out = out.split(literal).join(ERASED_MENTION);
  }
  const parts = new Set(nameParts(person.name));
  if (parts.size < 2) return out;
  const words = [...out.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, key: fold(m[0]) }));
  const spans: [number, number][] = [];
  for (let i = 0; i < words.length; i++) {
    if (!parts.has(words[i]!.key)) continue;
    let last = i;
    let named = 1;
    for (let j = i + 1; j < words.length; j++) {
      if (!SEPARATOR.test(out.slice(words[j - 1]!.end, words[j]!.start))) break;
      const key = words[j]!.key;
      if (parts.has(key)) {
        last = j;
        named++;
      } else if (!PARTICLES.has(key)) break;
    }
    if (named >= 2) {
      spans.push([words[i]!.start, words[last]!.end]);
      i = last;
    }
  }
  for (let k = spans.length - 1; k >= 0; k--) out = out.slice(0, spans[k]![0]) + ERASED_MENTION + out.slice(spans[k]![1]);
  return out;
}
