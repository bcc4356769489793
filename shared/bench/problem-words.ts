// A schema problem said in plain words, with the value that failed: "'B2+' is not an English level; use
// A1-C2", not zod's "Invalid option: expected one of ...". People read these on the import screen and in
// the command line's refusal; the value lets them find the cell.
import type { z } from 'zod';

/** What a field holds, for "is not <noun>" (keys as in the bench file). */
const NOUNS: Record<string, string> = {
  englishLevel: 'an English level',
  minEnglish: 'an English level',
  seniority: 'a seniority',
  recommendedSeniority: 'a seniority',
  status: 'a status',
  vettingStatus: 'a vetting status',
  recommendation: 'a recommendation',
  kind: 'a kind',
  basis: 'a legal basis',
  preset: 'a weight preset',
};
const CEFR = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'];

function shown(v: unknown): string {
  if (typeof v === 'number') return Number.isNaN(v) ? 'not a number' : String(v);
  const s = typeof v === 'string' ? v : JSON.stringify(v) ?? String(v);
  return `'${s.length > 40 ? `${s.slice(0, 40)}…` : s}'`;
}

function choices(values: readonly unknown[]): string {
  if (values.length === CEFR.length && values.every((v, i) => v === CEFR[i])) return 'A1-C2';
  const words = values.map(String);
  return words.length > 1 ? `${words.slice(0, -1).join(', ')} or ${words.at(-1)}` : words.join('');
}

/** zod's own messages start so; a schema's own message ("a date that exists on the calendar") is kept. */
const GENERIC = /^(Invalid|Too (big|small)|Expected)/;

export function problemInWords(issue: z.core.$ZodIssue): string {
  const key = [...issue.path].reverse().find((k): k is string => typeof k === 'string') ?? '';
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_value':
      return `${shown(input)} is not ${NOUNS[key] ?? 'allowed here'}; use ${choices(issue.values)}`;
    case 'too_big':
      return `${shown(input)} is too ${issue.origin === 'string' || issue.origin === 'array' ? 'long' : 'high'}; at most ${String(issue.maximum)}${issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ' items' : ''}`;
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) return 'is empty; it needs a value';
      return `${shown(input)} is too ${issue.origin === 'string' || issue.origin === 'array' ? 'short' : 'low'}; at least ${String(issue.minimum)}`;
    case 'invalid_type':
      if (input === undefined) return 'is missing; it is required';
      if (typeof input === 'number' && Number.isNaN(input)) return 'is not a number';
      return `${shown(input)} is not ${issue.expected === 'number' ? 'a number' : issue.expected === 'string' ? 'text' : `a${/^[aeiou]/.test(issue.expected) ? 'n' : ''} ${issue.expected}`}`;
    default:
      if (!GENERIC.test(issue.message) && input !== undefined) return `${shown(input)} is not ${issue.message}`;
      return issue.message;
  }
}
