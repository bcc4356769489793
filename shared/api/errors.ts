// Errors cross every transport as plain values the UI can show: what went wrong, where, what to do.
// `unavailable`: the bench or a server it needs cannot do what was asked right now (read-only, damaged,
// made by a newer BenchMatch, held by another writer past the wait, a full disk, the team server out of
// reach); the message says what to do, and trying again later may work.
export const API_ERROR_CODES = ['invalid_input', 'not_found', 'conflict', 'refused', 'unavailable', 'internal'] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/** One problem found in input, placed exactly (a JSON pointer like /engineers/12/timeZone, or "line 4, column skills"). */
export interface Problem {
  where: string;
  message: string;
}

export interface ApiErrorShape {
  code: ApiErrorCode;
  message: string;
  /** Every problem, by place, when the input was refused. */
  problems?: Problem[];
  hint?: string;
}

export class ApiError extends Error implements ApiErrorShape {
  constructor(
    public readonly code: ApiErrorCode,
    message: string,
    public readonly problems?: Problem[],
    public readonly hint?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
  toJSON(): ApiErrorShape {
    return { code: this.code, message: this.message, ...(this.problems ? { problems: this.problems } : {}), ...(this.hint ? { hint: this.hint } : {}) };
  }
  static from(shape: ApiErrorShape): ApiError {
    return new ApiError(shape.code, shape.message, shape.problems, shape.hint);
  }
  /** Anything thrown, as an ApiError the UI can show (a plain error keeps its message, as 'internal'). */
  static of(e: unknown): ApiError {
    return e instanceof ApiError ? e : new ApiError('internal', e instanceof Error ? e.message : String(e));
  }
}

/** A zod issue path as a JSON pointer: ['engineers', 12, 'timeZone'] -> /engineers/12/timeZone. */
export function toPointer(path: readonly PropertyKey[]): string {
  return path.length === 0 ? '/' : path.map((p) => '/' + String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

/** The result envelope every transport sends. */
export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiErrorShape };
