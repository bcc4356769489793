// A one-line 24-hour band for a ranked row: the client's core hours and, inside them, the engineer's
// overlap (same engine as OverlapBand, so it always agrees with the score). The full band opens on expand.
// Plain elements with a native title: a list of 200 rows cannot afford a floating tooltip per row.
import { addDays } from '../../../shared/bench/dates';
import type { Hours } from '../../../shared/bench/schema';
import { overlapFor, wallToInstant, type Interval } from '../../../shared/matching/overlap';
import classes from './row.module.css';

export function MiniOverlap({ engineer, client, date }: {
  engineer: { timeZone: string; workingHours?: Hours }; client: { timeZone?: string; coreHours?: Hours }; date: string;
}) {
  if (!client.timeZone) return null;
  const axis: Interval = [wallToInstant(date, '00:00', client.timeZone), wallToInstant(addDays(date, 1), '00:00', client.timeZone)];
  const span = axis[1] - axis[0];
  const r = overlapFor(engineer, client, date);
  const seg = (iv: Interval, color: string, k: string) => {
    const s = Math.max(iv[0], axis[0]);
    const e = Math.min(iv[1], axis[1]);
    if (e <= s) return null;
    return <span key={k} className={classes.seg} style={{ left: `${((s - axis[0]) / span) * 100}%`, width: `${((e - s) / span) * 100}%`, background: color }} />;
  };
  const label = `${r.hours ?? 0} h overlap with the client's core hours on ${date}`;
  return (
    <span className={classes.mini} role="img" aria-label={label} title={label} data-testid="mini-overlap">
      {r.clientWindow ? seg(r.clientWindow, 'var(--mantine-color-blue-3)', 'c') : null}
      {r.overlaps.map((o, i) => seg(o, 'var(--mantine-color-teal-7)', `o${i}`))}
    </span>
  );
}
