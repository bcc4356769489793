// Spreadsheet formula injection (OWASP "CSV Injection"): a CSV cell whose text starts with =, +, -, @, a
// tab or a carriage return may be run as a formula by Excel, LibreOffice or Sheets when a client opens
// the file. Names, role titles and pitch notes come from people and imports, so every text cell of a CSV
// goes through here. Spreadsheets also skip what a person cannot see before the trigger (spaces, NBSP,
// a byte-order mark, zero-width characters) and read the full-width forms ＝ ＋ － ＠ as the ASCII ones
// when they convert the cell, so those count too. Prefixing a single quote makes the cell text.
// XLSX needs none of this: its text cells are typed as strings, which are never evaluated.

/** Characters a spreadsheet passes over before it looks for a formula's first character. */
const INVISIBLE_LEAD = /^[\s\u00A0\u1680\u180E\u2000-\u200F\u2028-\u202F\u205F-\u2064\u3000\uFEFF]*/u;
const TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r', '\n', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20', '\uFE62', '\uFE63', '\uFE66', '\u2212']);

/** True when a spreadsheet could read this text as a formula. */
export function isFormulaLike(text: string): boolean {
  if (text.length === 0) return false;
  if (TRIGGERS.has(text[0]!)) return true;
  const lead = INVISIBLE_LEAD.exec(text)![0].length;
  return lead > 0 && lead < text.length && TRIGGERS.has(text[lead]!);
}

/** The text made safe for a CSV cell: a leading quote when it could start a formula. */
export function neutraliseFormula(text: string): string {
  return isFormulaLike(text) ? `'${text}` : text;
}
