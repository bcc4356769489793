// A one-line 24-hour band for a ranked row: the client's core hours and, inside them, the engineer's
// overlap (same engine as OverlapBand, so it always agrees with the score). The full band opens on expand.
// Plain elements with a native title: a list of 200 rows cannot afford a floating tooltip per row.
import { useTranslation } from 'react-i18next';
import { addDays } from '../../../shared/bench/dates';
import type { Hours } from '../../../shared/bench/schema';
import { overlapFor, wallToInstant, type Interval } from '../../../shared/matching/overlap';
import classes from './row.module.css';

/** Hours of overlap (the label is written in the user's language at render) and the drawn segments. */
interface Band { hours: number; segs: { key: string; left: string; width: string; color: string }[] }

// Engineers share a few dozen (zone, hours) pairs, so a list of 200 bands computes each pair once per
// client window and date; bounded, as dates and roles come and go.
const bands = new Map<string, Band>();

function band(engineer: { timeZone: string; workingHours?: Hours }, client: { timeZone: string; coreHours?: Hours }, date: string): Band {
  const key = [engineer.timeZone, engineer.workingHours?.start, engineer.workingHours?.end, client.timeZone, client.coreHours?.start, client.coreHours?.end, date].join('|');
  const hit = bands.get(key);
  if (hit) return hit;
  const axis: Interval = [wallToInstant(date, '00:00', client.timeZone), wallToInstant(addDays(date, 1), '00:00', client.timeZone)];
  const span = axis[1] - axis[0];
  const r = overlapFor(engineer, client, date);
  const segs: Band['segs'] = [];
  const seg = (iv: Interval, color: string, k: string) => {
    const s = Math.max(iv[0], axis[0]);
    const e = Math.min(iv[1], axis[1]);
    if (e > s) segs.push({ key: k, left: `${((s - axis[0]) / span) * 100}%`, width: `${((e - s) / span) * 100}%`, color });
  };
  if (r.clientWindow) seg(r.clientWindow, 'var(--mantine-color-blue-3)', 'c');
  r.overlaps.forEach((o, i) => seg(o, 'var(--mantine-color-teal-7)', `o${i}`));
  const out = { hours: r.hours ?? 0, segs };
  if (bands.size >= 2000) bands.clear();
  bands.set(key, out);
  return out;
}

export function MiniOverlap({ engineer, client, date }: {
  engineer: { timeZone: string; workingHours?: Hours }; client: { timeZone?: string; coreHours?: Hours }; date: string;
}) {
  const { t } = useTranslation(['match']);
  if (!client.timeZone) return null;
  const { hours, segs } = band(engineer, { timeZone: client.timeZone, ...(client.coreHours ? { coreHours: client.coreHours } : {}) }, date);
  return (
    <span className={classes.mini} role="img" aria-label={t('mini', { hours, date })} title={t('mini', { hours, date })} data-testid="mini-overlap">
      {segs.map((g) => <span key={g.key} className={classes.seg} style={{ left: g.left, width: g.width, background: g.color }} />)}
    </span>
  );
}
