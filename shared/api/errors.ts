// Errors cross every transport as plain values the UI can show: what went wrong, where, what to do.
// `unavailable`: the bench or a server it needs cannot do what was asked right now (read-only, damaged,
// made by a newer BenchMatch, held by another writer past the wait, a full disk, the team server out of
// reach); the message says what to do, and trying again later may work.
import { i18n } from '../i18n/instance';
import type { Language } from '../i18n/languages';

export const API_ERROR_CODES = ['invalid_input', 'not_found', 'conflict', 'refused', 'unavailable', 'internal'] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/**
 * One problem found in input, placed exactly (a JSON pointer like /engineers/12/timeZone, or "line 4,
 * column skills"). `message` and `where` are English (logs, --json); `text` and `place`, when present, are
 * the same words as keys, for the reader's language (sayProblem). Build one with `problem()`.
 */
export interface Problem {
  where: string;
  message: string;
  text?: KeyedText;
  /** `where` as words ("line 4, column skills"); a JSON pointer has none: it reads the same in every language. */
  place?: KeyedText;
}

/** A message for people as a catalog key and its values, so each reader gets it in their language. A list
 * value is formatted in the reader's language ({{choices, list(type: disjunction)}}); a keyed value (a
 * reason inside a sentence), alone or in a list, is said in the same language first. */
export interface KeyedText {
  /** Mostly the errors catalog; words a screen also uses (duplicate reasons, team role names, assessment kinds) keep their own namespace. */
  key: `errors:${string}` | `duplicates:${string}` | `team:${string}` | `rubric:${string}`;
  params?: Record<string, string | number | readonly (string | KeyedText)[] | KeyedText>;
}

/** A problem whose words come from the errors catalog: English in message / where, the keys beside them. */
export function problem(where: string | KeyedText, text: KeyedText): Problem {
  return typeof where === 'string'
    ? { where, message: renderText(text, 'en'), text }
    : { where: renderText(where, 'en'), message: renderText(text, 'en'), text, place: where };
}

/** A problem's place and message in a language (keyed words when it has them, else the English). */
export function sayProblem(p: Problem, lng: Language): { where: string; message: string } {
  return { where: p.place ? renderText(p.place, lng) : p.where, message: p.text ? renderText(p.text, lng) : p.message };
}

export interface ApiErrorShape {
  code: ApiErrorCode;
  /** In English: logs, JSON output, and readers that know no better. */
  message: string;
  /** Every problem, by place, when the input was refused. */
  problems?: Problem[];
  hint?: string;
  /** message and hint as keys (errors catalog): the window and the CLI show them in the user's language. */
  text?: { message: KeyedText; hint?: KeyedText };
}

export class ApiError extends Error implements ApiErrorShape {
  constructor(
    public readonly code: ApiErrorCode,
    message: string,
    public readonly problems?: Problem[],
    public readonly hint?: string,
    public readonly text?: { message: KeyedText; hint?: KeyedText },
  ) {
    super(message);
    this.name = 'ApiError';
  }
  toJSON(): ApiErrorShape {
    return { code: this.code, message: this.message, ...(this.problems ? { problems: this.problems } : {}), ...(this.hint ? { hint: this.hint } : {}), ...(this.text ? { text: this.text } : {}) };
  }
  static from(shape: ApiErrorShape): ApiError {
    return new ApiError(shape.code, shape.message, shape.problems, shape.hint, shape.text);
  }
  /** An error whose words come from the errors catalog: message and hint in English, keys for the reader's language. */
  static keyed(code: ApiErrorCode, message: KeyedText, hint?: KeyedText, problems?: Problem[]): ApiError {
    return new ApiError(code, renderText(message, 'en'), problems, hint ? renderText(hint, 'en') : undefined, { message, ...(hint ? { hint } : {}) });
  }
  /** What went wrong and what to do, in a language (the keyed text when there is one, else the English). */
  say(lng: Language): { message: string; hint?: string } {
    const hint = this.text?.hint ? renderText(this.text.hint, lng) : this.hint;
    return { message: this.text ? renderText(this.text.message, lng) : this.message, ...(hint ? { hint } : {}) };
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

/** A keyed text in a language. The key is typed loosely on the wire; test/unit/i18n checks every declared one exists. */
export function renderText(text: KeyedText, lng: Language): string {
  const say = (v: string | KeyedText) => (isKeyed(v) ? renderText(v, lng) : v);
  const params = Object.fromEntries(Object.entries(text.params ?? {}).map(([k, v]) => [k, Array.isArray(v) ? v.map(say) : typeof v === 'number' ? v : say(v as string | KeyedText)]));
  return i18n.t(text.key as never, { ...params, lng }) as string;
}

const isKeyed = (v: unknown): v is KeyedText => typeof v === 'object' && v !== null && 'key' in v;
