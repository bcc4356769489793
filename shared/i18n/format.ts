// Dates, numbers, money, lists and relative times for a language, through Intl only. The one way to
// format these for people: code calls these functions, and catalog messages reach the same functions
// through the formatters instance.ts registers ({{rate, money}}, {{date, date}}, {{skills, list}}).
// Intl objects are cached: the bench formats thousands of cells.
import type { Language } from './languages';

type Formatter = Intl.NumberFormat | Intl.DateTimeFormat | Intl.ListFormat | Intl.RelativeTimeFormat | Intl.DisplayNames;
const cache = new Map<string, Formatter>();

function cached<T extends Formatter>(kind: string, lng: Language, options: object, make: () => T): T {
  const key = `${kind}|${lng}|${JSON.stringify(options)}`;
  let f = cache.get(key) as T | undefined;
  if (!f) {
    f = make();
    cache.set(key, f);
  }
  return f;
}

/** At most 2 decimals unless asked otherwise: hours, years and scores read as 1.5, not 1.4999. */
export function formatNumber(lng: Language, value: number, options: Intl.NumberFormatOptions = {}): string {
  const opts = { maximumFractionDigits: Math.max(2, options.minimumFractionDigits ?? 0), ...options };
  return cached('n', lng, opts, () => new Intl.NumberFormat(lng, opts)).format(value);
}

/**
 * Money: rates and budgets are US dollars (the bench format's unit). Whole amounts show no cents;
 * es-419 writes "USD 78", pt-BR "US$ 78", en "$78" (Intl's own symbol choice per locale, unambiguous
 * where "$" also means pesos).
 */
export function formatMoney(lng: Language, amount: number, currency = 'USD'): string {
  const whole = Number.isInteger(amount);
  const options: Intl.NumberFormatOptions = { style: 'currency', currency, minimumFractionDigits: whole ? 0 : 2, maximumFractionDigits: whole ? 0 : 2 };
  return formatNumber(lng, amount, options);
}

export type DateStyle = 'short' | 'medium' | 'long';

/**
 * A calendar date. The bench stores dates as "YYYY-MM-DD" with no zone; they are formatted in UTC so
 * that 2026-03-05 reads as 5 March on every laptop, whatever its zone.
 */
export function formatDate(lng: Language, date: string | Date, style: DateStyle = 'medium'): string {
  const d = typeof date === 'string' ? new Date(/^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T00:00:00Z` : date) : date;
  const dateOnly = typeof date === 'string' && date.length === 10;
  const options: Intl.DateTimeFormatOptions = dateOnly ? { dateStyle: style, timeZone: 'UTC' } : { dateStyle: style };
  return cached('d', lng, options, () => new Intl.DateTimeFormat(lng, options)).format(d);
}

/** A moment (a change in the log, a backup): date and time in the laptop's own zone. */
export function formatDateTime(lng: Language, moment: string | Date | number): string {
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };
  return cached('dt', lng, options, () => new Intl.DateTimeFormat(lng, options)).format(new Date(moment));
}

/** A time of day ("10:40 a. m."), in the laptop's own zone: when a draft was saved. */
export function formatTime(lng: Language, moment: string | Date | number): string {
  const options: Intl.DateTimeFormatOptions = { timeStyle: 'short' };
  return cached('t', lng, options, () => new Intl.DateTimeFormat(lng, options)).format(new Date(moment));
}

export function formatList(lng: Language, items: readonly string[], type: Intl.ListFormatType = 'conjunction'): string {
  const options = { type };
  return cached('l', lng, options, () => new Intl.ListFormat(lng, options)).format(items);
}

/** "3 days ago", "in 2 weeks", "yesterday" (numeric: 'auto'). */
export function formatRelative(lng: Language, value: number, unit: Intl.RelativeTimeFormatUnit): string {
  const options: Intl.RelativeTimeFormatOptions = { numeric: 'auto' };
  return cached('r', lng, options, () => new Intl.RelativeTimeFormat(lng, options)).format(value, unit);
}

/** A country's name from its ISO code ("BR" -> "Brasil" in pt-BR); an unknown code stays as written. */
export function formatRegion(lng: Language, code: string): string {
  const options = { type: 'region' as const };
  const names = cached('region', lng, options, () => new Intl.DisplayNames(lng, options));
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}
