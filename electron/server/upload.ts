// POST /upload (browser mode): the page sends a bench file or engineers CSV it picked, as raw bytes;
// the answer is the ApiResult of an UploadedFile whose handle `importUpload` takes. http.ts has
// already checked the Host and the token before this runs. See shared/api/bench.ts for the protocol.
import type { IncomingMessage } from 'node:http';
import { UPLOAD_MAX_BYTES, UPLOAD_NAME_HEADER, UPLOAD_PENDING_MAX_BYTES, type UploadedFile } from '../../shared/api/bench';
import type { ApiResult } from '../../shared/api/errors';
import { safeUploadName, saveUpload, TooManyPendingUploads, UploadTooLarge } from '../../db/service/uploads';

const tooLarge = (max: number): ApiResult<never> => ({
  ok: false,
  error: { code: 'invalid_input', message: `The file is larger than ${Math.round(max / (1024 * 1024))} MB.`, hint: 'Import a file this large with the command line: benchmatch import FILE.' },
});

/** Receives one upload; every refusal is a typed error the page shows. */
export async function receiveUpload(req: IncomingMessage, maxBytes = UPLOAD_MAX_BYTES, maxPendingBytes = UPLOAD_PENDING_MAX_BYTES): Promise<ApiResult<UploadedFile>> {
  const raw = req.headers[UPLOAD_NAME_HEADER];
  let name: string | null;
  try {
    name = typeof raw === 'string' ? safeUploadName(decodeURIComponent(raw)) : null;
  } catch {
    name = null; // a malformed %-escape
  }
  if (!name) {
    req.resume();
    return { ok: false, error: { code: 'invalid_input', message: 'Choose a bench file (*.bench.json), an engineers CSV (*.csv) or a document (PDF, DOCX, text).', problems: [{ where: 'file name', message: 'a name ending in .json, .csv, .pdf, .docx or .txt' }] } };
  }
  const declared = Number(req.headers['content-length'] ?? NaN);
  // Refused before reading: the caller answers and closes the connection instead of taking the body.
  if (declared > maxBytes) return tooLarge(maxBytes);
  try {
    return { ok: true, value: await saveUpload(req, name, maxBytes, maxPendingBytes) };
  } catch (e) {
    if (e instanceof UploadTooLarge) return tooLarge(maxBytes);
    if (e instanceof TooManyPendingUploads) {
      return { ok: false, error: { code: 'refused', message: `Uploaded files waiting to be imported would hold more than ${Math.round(maxPendingBytes / (1024 * 1024))} MB together.`, hint: 'Import or cancel the files already chosen (or restart the server), then choose this one again.' } };
    }
    return { ok: false, error: { code: 'internal', message: 'The file could not be received.', hint: 'Try again; if the upload was cut short, check that the server is still running.' } };
  }
}
