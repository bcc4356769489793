// Formatting for people in the current language, for components: const f = useFormat(); f.money(78).
// The functions are shared/i18n/format.ts's (the one way to format); this only binds the language and
// re-renders the component when it changes.
import { useMemo } from 'react';
import { formatDate, formatDateTime, formatList, formatMoney, formatNumber, formatRegion, formatRelative, formatTime, type DateStyle } from '../../shared/i18n/format';
import { useLanguage } from './useLanguage';

export function useFormat() {
  const lng = useLanguage();
  return useMemo(() => ({
    lng,
    number: (n: number, options?: Intl.NumberFormatOptions) => formatNumber(lng, n, options),
    money: (amount: number) => formatMoney(lng, amount),
    date: (d: string | Date, style?: DateStyle) => formatDate(lng, d, style),
    dateTime: (m: string | Date | number) => formatDateTime(lng, m),
    time: (m: string | Date | number) => formatTime(lng, m),
    list: (items: readonly string[], type?: Intl.ListFormatType) => formatList(lng, items, type),
    relative: (value: number, unit: Intl.RelativeTimeFormatUnit) => formatRelative(lng, value, unit),
    region: (code: string) => formatRegion(lng, code),
  }), [lng]);
}
