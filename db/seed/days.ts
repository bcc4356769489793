// addDays through a memo: the generator asks for the same few hundred offsets from "today" hundreds
// of thousands of times on a large bench, and Date parsing/formatting dominated the profile.
import { addDays } from '../../shared/bench/dates';

const memo = new Map<string, string>();

export function daysFrom(today: string, days: number): string {
  const key = `${today}|${days}`;
  let d = memo.get(key);
  if (d === undefined) {
    d = addDays(today, days);
    memo.set(key, d);
  }
  return d;
}
