// Option parsers shared by commands. Throwing InvalidArgumentError makes commander report a usage
// error (exit 2) that names the option.
import { InvalidArgumentError } from 'commander';
import { isValidDate } from '../../../shared/bench/dates';

/** A whole number within [min, max]. */
export function intOption(min: number, max: number) {
  return (value: string): number => {
    if (!/^\d+$/.test(value.trim())) throw new InvalidArgumentError(`expected a whole number, got "${value}".`);
    const n = Number(value);
    if (n < min || n > max) throw new InvalidArgumentError(`expected ${min} to ${max}, got ${n}.`);
    return n;
  };
}

/** A calendar date as YYYY-MM-DD that exists. */
export function dateOption(value: string): string {
  if (!isValidDate(value)) throw new InvalidArgumentError(`expected a date as YYYY-MM-DD, got "${value}".`);
  return value;
}
