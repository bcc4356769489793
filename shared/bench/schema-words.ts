// What a schema field expects, in the words the schemas give zod (English, for logs and --json) and the
// errors-catalog key that says the same for the reader ("'2026-13-01' is not a date that exists on the
// calendar"). The schemas (shared/bench/schema.ts, shared/api) take their message from here, so
// problem-words.ts can find the key from the message zod hands back.
import type { KeyedText } from '../api/errors';

export const EXPECTED = {
  id: 'an id: letters, digits and . _ : - (starting with a letter or digit)',
  dateFormat: 'a date as YYYY-MM-DD',
  calendarDate: 'a date that exists on the calendar',
  clock: 'a time as HH:MM (00:00-23:59)',
  country: 'an ISO 3166-1 alpha-2 country code such as BR',
  currency: 'a 3-letter currency code such as USD',
  upload: 'an upload handle as the upload endpoint returned it',
  filePath: 'a file path',
  teamUrl: 'the team URL, as postgres://login:password@host:port/database',
  teamUrlScheme: 'a team URL starts with postgres://',
} as const;

/** "<value> is not <expected>", per expectation ({{value}} is the value as typed, quoted). */
export const NOT_EXPECTED: Record<keyof typeof EXPECTED, KeyedText['key']> = {
  id: 'errors:problem.notExpected.id',
  dateFormat: 'errors:problem.notExpected.dateFormat',
  calendarDate: 'errors:problem.notExpected.calendarDate',
  clock: 'errors:problem.notExpected.clock',
  country: 'errors:problem.notExpected.country',
  currency: 'errors:problem.notExpected.currency',
  upload: 'errors:problem.notExpected.upload',
  filePath: 'errors:problem.notExpected.filePath',
  teamUrl: 'errors:problem.notExpected.teamUrl',
  teamUrlScheme: 'errors:problem.notExpected.teamUrlScheme',
};

/** Messages a schema gives for the whole record, not a value (a refine): said as they are, keyed. */
export const RULES = {
  zeroLengthHours: 'the same time as start: a window of zero length. Write 00:00-00:00 for round the clock, or the real end (22:00-06:00 runs overnight)',
  mergeItself: 'a record cannot be merged into itself',
} as const;
export const RULE_KEYS: Record<keyof typeof RULES, KeyedText['key']> = {
  zeroLengthHours: 'errors:problem.rule.zeroLengthHours',
  mergeItself: 'errors:problem.rule.mergeItself',
};
