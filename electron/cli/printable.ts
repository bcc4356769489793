// Terminal safety: bench text (names, notes, skills) can hold control characters (ESC/CSI/OSC sequences,
// BEL, carriage returns, 8-bit C1 controls, bidi overrides) that a terminal would act on: retitle the
// window, clear the screen, hide or reorder what is printed. Text output shows each of them as a visible
// escape instead; JSON output keeps every value exact (JSON.stringify already escapes C0 controls; the
// C1 range and the line/paragraph separators are escaped here too, which parses back to the same string).

// C0 controls except tab and line feed, DEL, C1 controls, and the bidi embedding/override/isolate marks.
// eslint-disable-next-line no-control-regex
const UNSAFE_TEXT = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const UNSAFE_JSON = /[\u007F-\u009F\u2028\u2029\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

const visible = (c: string): string => {
  const code = c.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
};

/** Text as a terminal can show it without acting on it (tabs and line feeds kept). */
export function printable(text: string): string {
  return text.replace(UNSAFE_TEXT, visible);
}

/** JSON text whose every non-printing character is a \u escape: the same value, nothing for a terminal to act on. */
export function printableJson(json: string): string {
  return json.replace(UNSAFE_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
