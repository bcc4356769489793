import { describe, expect, it } from 'vitest';
import { roleWarnings, windowHours } from '../../../shared/matching/feasibility';

describe('role warnings', () => {
  it('measures windows, past midnight and round the clock', () => {
    expect(windowHours({ start: '09:00', end: '17:00' })).toBe(8);
    expect(windowHours({ start: '17:00', end: '09:00' })).toBe(16);
    expect(windowHours({ start: '22:30', end: '02:00' })).toBe(3.5);
    expect(windowHours({ start: '00:00', end: '00:00' })).toBe(24);
  });

  it('says a role can never be met when the overlap is longer than its core hours', () => {
    expect(roleWarnings({ coreHours: { start: '09:00', end: '13:00' }, minOverlapHours: 6 })).toEqual([
      { code: 'overlapOverWindow', need: 6, window: 4, hours: { start: '09:00', end: '13:00' } },
    ]);
    // Without core hours on the role, the default 09:00-17:00 applies.
    expect(roleWarnings({ minOverlapHours: 8.5 }).map((w) => w.code)).toEqual(['overlapOverWindow']);
  });

  it('warns of core hours typed the wrong way round and of an overlap longer than a working day', () => {
    expect(roleWarnings({ coreHours: { start: '17:00', end: '09:00' }, minOverlapHours: 12 })).toEqual([
      { code: 'overlapOverDay', need: 12, day: 9, workday: { start: '09:00', end: '18:00' } },
      { code: 'overnight', hours: { start: '17:00', end: '09:00' }, window: 16 },
    ]);
  });

  it('is quiet for roles that can be met and for half-typed clocks', () => {
    expect(roleWarnings({ coreHours: { start: '09:00', end: '17:00' }, minOverlapHours: 4 })).toEqual([]);
    expect(roleWarnings({ coreHours: { start: '18:00', end: '00:00' }, minOverlapHours: 4 })).toEqual([]);
    expect(roleWarnings({ coreHours: { start: '17:0', end: '09:00' }, minOverlapHours: 12 })).toEqual([]);
    expect(roleWarnings({})).toEqual([]);
  });
});
