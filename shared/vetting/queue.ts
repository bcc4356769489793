// The vetting queue: engineers still to be vetted (sourced or screening), the longest-waiting first.
import type { Seniority, VettingStatus } from '../bench/schema';

export const QUEUE_STATUSES: readonly VettingStatus[] = ['sourced', 'screening'];

export interface QueueEntry {
  engineerId: string;
  name: string;
  seniority: Seniority;
  primaryRole?: string;
  country: string;
  status: VettingStatus;
  /** YYYY-MM-DD the engineer entered the bench: the wait starts then. */
  since: string;
  daysWaiting: number;
  /** Drafts in progress for this engineer. */
  drafts: number;
  /** Date of the last finalized assessment, if any. */
  lastAssessed?: string;
  /** Canonical names of the profile's skills, for the queue's skill filter. */
  skills: string[];
  /** Who assessed them so far (drafts and finalized records), for the assessor filter. */
  assessors: string[];
}

const collator = new Intl.Collator('en', { numeric: true });

/** Whole days from `since` to `today` (both YYYY-MM-DD), never negative. */
export function daysBetween(since: string, today: string): number {
  const d = Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${since}T00:00:00Z`)) / 86_400_000);
  return Math.max(0, d);
}

/** Oldest first; ties by engineer id (numeric-aware, so eng-9 comes before eng-10). */
export function orderQueue<T extends Pick<QueueEntry, 'since' | 'engineerId'>>(entries: T[]): T[] {
  return [...entries].sort((a, b) => (a.since !== b.since ? (a.since < b.since ? -1 : 1) : collator.compare(a.engineerId, b.engineerId)));
}
