// A schema problem said in plain words, with the value that failed: "'B2+' is not an English level; use
// A1-C2", not zod's "Invalid option: expected one of ...". People read these on the import screen, in the
// forms and in the command line's refusal; the value lets them find the cell. The words are keys of the
// errors catalog (section `problem`), so each reader gets them in their language; the English goes to
// Problem.message (logs, --json).
import type { z } from 'zod';
import type { KeyedText } from '../api/errors';
import { EXPECTED, NOT_EXPECTED, RULE_KEYS, RULES } from './schema-words';

/** "<value> is not <noun>; use <choices>", per field (keys as in the bench file). */
const NOT_ONE_OF: Record<string, KeyedText['key']> = {
  englishLevel: 'errors:problem.notOneOf.englishLevel',
  minEnglish: 'errors:problem.notOneOf.englishLevel',
  seniority: 'errors:problem.notOneOf.seniority',
  recommendedSeniority: 'errors:problem.notOneOf.seniority',
  status: 'errors:problem.notOneOf.status',
  vettingStatus: 'errors:problem.notOneOf.vettingStatus',
  recommendation: 'errors:problem.notOneOf.recommendation',
  kind: 'errors:problem.notOneOf.kind',
  basis: 'errors:problem.notOneOf.basis',
  preset: 'errors:problem.notOneOf.preset',
};
const CEFR = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'];

const byMessage = new Map<string, KeyedText['key']>([
  ...(Object.keys(EXPECTED) as (keyof typeof EXPECTED)[]).map((k) => [EXPECTED[k], NOT_EXPECTED[k]] as const),
]);
const ruleByMessage = new Map<string, KeyedText['key']>((Object.keys(RULES) as (keyof typeof RULES)[]).map((k) => [RULES[k], RULE_KEYS[k]] as const));

/** The value as typed, quoted and cut, for {{value}}. */
function shown(v: unknown): string {
  const s = typeof v === 'string' ? v : typeof v === 'number' ? String(v) : JSON.stringify(v) ?? String(v);
  return `'${s.length > 40 ? `${s.slice(0, 40)}…` : s}'`;
}

/** zod's own messages start so; a schema's own message ("a date that exists on the calendar") is kept. */
const GENERIC = /^(Invalid|Too (big|small)|Expected)/;

const say = (key: KeyedText['key'], params?: KeyedText['params']): KeyedText => (params ? { key, params } : { key });

export function problemInWords(issue: z.core.$ZodIssue): KeyedText {
  const key = [...issue.path].reverse().find((k): k is string => typeof k === 'string') ?? '';
  const input = (issue as { input?: unknown }).input;
  const nan = typeof input === 'number' && Number.isNaN(input);
  switch (issue.code) {
    case 'invalid_value': {
      const values = issue.values.map(String);
      // CEFR levels read as a range; any other choice list is "a, b or c" in the reader's language.
      const choices = values.length === CEFR.length && values.every((v, i) => v === CEFR[i]) ? ['A1-C2'] : values;
      return say(NOT_ONE_OF[key] ?? 'errors:problem.notOneOf.other', { value: shown(input), choices });
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return say('errors:problem.tooLong.text', { value: shown(input), max });
      if (issue.origin === 'array') return say('errors:problem.tooLong.list', { value: shown(input), max });
      return say('errors:problem.tooHigh', { value: shown(input), max });
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string' && min <= 1) return say('errors:problem.empty');
      if (issue.origin === 'string' || issue.origin === 'array') return say('errors:problem.tooShort', { value: shown(input), min });
      return say('errors:problem.tooLow', { value: shown(input), min });
    }
    case 'invalid_type':
      if (input === undefined) return say('errors:problem.missing');
      if (nan) return say('errors:problem.notANumberAtAll');
      if (issue.expected === 'number') return say('errors:problem.notANumber', { value: shown(input) });
      if (issue.expected === 'string') return say('errors:problem.notText', { value: shown(input) });
      if (issue.expected === 'boolean') return say('errors:problem.notTrueOrFalse', { value: shown(input) });
      if (issue.expected === 'array') return say('errors:problem.notAList', { value: shown(input) });
      if (issue.expected === 'object') return say('errors:problem.notAnObject', { value: shown(input) });
      return say('errors:problem.wrongType', { value: shown(input), expected: issue.expected });
    default: {
      // A zone's refusal (and any custom issue) carries its keyed words itself.
      const text = (issue as { params?: { text?: KeyedText } }).params?.text;
      if (text) return text;
      const rule = ruleByMessage.get(issue.message);
      if (rule) return say(rule);
      const expected = byMessage.get(issue.message);
      if (expected && input !== undefined) return say(expected, { value: shown(input) });
      if (!GENERIC.test(issue.message) && input !== undefined) return say('errors:problem.notSchemaWords', { value: shown(input), expected: issue.message });
      return say('errors:problem.invalid');
    }
  }
}
