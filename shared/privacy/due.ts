// Records the firm should act on (LGPD / GDPR): people held without a recorded legal basis, and people
// whose retention date has passed. Erased records are done with and never listed.
import type { Engineer } from '../bench/schema';

export type DueReason = 'no_basis' | 'past_retention';

export interface DueRecord {
  engineerId: string;
  name: string;
  reason: DueReason;
  /** For past_retention: the date it passed. */
  retainUntil?: string;
  /** Days since the retention date passed (past_retention). */
  daysOverdue?: number;
}

const DAY_MS = 86_400_000;

/** Every record due on `today` (YYYY-MM-DD), past retention first (longest overdue first), then by name. */
export function privacyDue(engineers: readonly Engineer[], today: string): DueRecord[] {
  const out: DueRecord[] = [];
  for (const e of engineers) {
    const p = e.privacy;
    if (p?.erasedAt) continue;
    if (!p) out.push({ engineerId: e.id, name: e.name, reason: 'no_basis' });
    else if (p.retainUntil && p.retainUntil < today) {
      const daysOverdue = Math.round((Date.parse(today) - Date.parse(p.retainUntil)) / DAY_MS);
      out.push({ engineerId: e.id, name: e.name, reason: 'past_retention', retainUntil: p.retainUntil, daysOverdue });
    }
  }
  return out.sort((a, b) => (a.reason === b.reason ? (b.daysOverdue ?? 0) - (a.daysOverdue ?? 0) || a.name.localeCompare(b.name) : a.reason === 'past_retention' ? -1 : 1));
}
