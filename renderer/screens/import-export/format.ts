// File sizes for people: B, kB, MB or GB in the user's language (Intl's byte units, through useFormat).
import type { useFormat } from '../../i18n/useFormat';

const UNITS = [['gigabyte', 1024 ** 3, 2], ['megabyte', 1024 ** 2, 1], ['kilobyte', 1024, 0], ['byte', 1, 0]] as const;

export function formatBytes(f: ReturnType<typeof useFormat>, n: number): string {
  const [unit, size, digits] = UNITS.find(([, s]) => n >= s) ?? UNITS[3];
  return f.number(n / size, { style: 'unit', unit, maximumFractionDigits: digits, minimumFractionDigits: 0 });
}
