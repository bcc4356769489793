// "There is no engineer with id …": the one way every handler says a record it was asked about is not on
// the bench (a stale screen, a typo on the command line), keyed for the reader's language, with the
// input field placed.
import { ApiError, problem, type KeyedText } from '../../shared/api/errors';

const WORDS = {
  engineer: ['errors:notFound.engineer', 'errors:notFound.noSuchEngineer'],
  assessment: ['errors:notFound.assessment', 'errors:notFound.noSuchAssessment'],
  role: ['errors:notFound.role', 'errors:notFound.noSuchRole'],
  client: ['errors:notFound.client', 'errors:notFound.noSuchClient'],
  shortlist: ['errors:notFound.shortlist', 'errors:notFound.noSuchShortlist'],
  merge: ['errors:notFound.merge', 'errors:notFound.noSuchMerge'],
} as const satisfies Record<string, readonly [KeyedText['key'], KeyedText['key']]>;

export function notFound(what: keyof typeof WORDS, id: string, where: string, hint?: KeyedText): ApiError {
  const [message, short] = WORDS[what];
  return ApiError.keyed('not_found', { key: message, params: { id } }, hint, [problem(where, { key: short })]);
}

export const noEngineer = (id: string, where: string) => notFound('engineer', id, where);
export const noAssessment = (ref: string, where: string) => notFound('assessment', ref, where);
