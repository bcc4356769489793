// How large a kept document (a CV, a posting) may be: one number for reading, keeping and the team bench.
// 10 MB: a CV with photos is a few MB; anything larger is not a CV, and every laptop of a team bench
// receives each kept file (base64 in a change: 13.4 MB on the wire for the largest), so the limit is
// also what one change may weigh. The team server refuses a larger one from any client (schema v4).
import type { KeyedText } from '../../shared/api/errors';

export const DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;

/** The base64 length of the largest document: what the server checks a document change against. */
export const DOCUMENT_MAX_BASE64 = 4 * Math.ceil(DOCUMENT_MAX_BYTES / 3);

/** Why a file is refused for its size, in the reader's words (no content quoted: the name is the reader's own). */
export function tooLarge(size: number): KeyedText {
  return { key: 'errors:document.tooBig', params: { mb: Math.round(size / 104857.6) / 10, max: DOCUMENT_MAX_BYTES / 1048576 } };
}
