// Spreadsheet formula injection (OWASP "CSV Injection"): a cell whose text starts with =, +, -, @, a tab
// or a carriage return may be run as a formula by Excel, LibreOffice or Sheets when a client opens the
// file. Names, role titles and pitch notes come from people and imports, so every text cell of a CSV or
// XLSX export goes through here. Prefixing a single quote makes the spreadsheet show the text as text.
const TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

/** True when a spreadsheet could read this text as a formula. */
export function isFormulaLike(text: string): boolean {
  return text.length > 0 && TRIGGERS.has(text[0]!);
}

/** The text made safe for a spreadsheet cell: a leading quote when it could start a formula. */
export function neutraliseFormula(text: string): string {
  return isFormulaLike(text) ? `'${text}` : text;
}
