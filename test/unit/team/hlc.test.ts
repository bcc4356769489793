// The hybrid logical clock: monotonic whatever the wall clock does, past every stamp received, and
// text order equal to time order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changeId, compareStamps, formatClock, MAX_COUNTER, newNodeId, parseStamp, receive, tick } from '../../../shared/team/hlc';

describe('hlc', () => {
  it('stamps max(now, last + 1): later wall time resets the counter, an earlier one counts on', () => {
    const a = tick(null, 1_700_000_000_000, 'n1');
    expect(a.stamp).toBe('1700000000000-00000-n1');
    const b = tick(a.clock, 1_700_000_000_500, 'n1');
    expect(b.clock).toBe('1700000000500-00000');
    const back = tick(b.clock, 1_600_000_000_000, 'n1'); // the clock went back a long way
    expect(back.clock).toBe('1700000000500-00001');
    expect(compareStamps(back.stamp, b.stamp)).toBe(1);
  });

  it('carries a full counter into the next millisecond', () => {
    const t = tick(formatClock({ ms: 5, counter: MAX_COUNTER }), 0, 'n');
    expect(t.clock).toBe('0000000000006-00000');
  });

  it('moves past a received stamp, even one from a clock far ahead', () => {
    const c = receive('1700000000000-00003', '1800000000000-00007-other', 1_700_000_000_001);
    expect(c).toBe('1800000000000-00008');
    expect(compareStamps(tick(c, 1_700_000_000_002, 'me').stamp, '1800000000000-00007-other')).toBe(1);
  });

  it('never goes backwards over any sequence of wall times and receipts (property)', () => {
    const step = fc.oneof(fc.record({ now: fc.integer({ min: 0, max: 2e12 }) }), fc.record({ now: fc.integer({ min: 0, max: 2e12 }), remote: fc.integer({ min: 0, max: 2e12 }), rc: fc.nat(MAX_COUNTER) }));
    fc.assert(fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
      let clock: string | null = null;
      let last: string | null = null;
      for (const s of steps) {
        if ('remote' in s) {
          const remote = `${formatClock({ ms: s.remote, counter: s.rc })}-zz`;
          clock = receive(clock, remote, s.now);
          expect(clock > remote.slice(0, 19)).toBe(true);
        }
        const t = tick(clock, s.now, 'me');
        if (last) expect(compareStamps(t.stamp, last)).toBe(1);
        expect(parseStamp(t.stamp).ms).toBeGreaterThanOrEqual(s.now);
        clock = t.clock;
        last = t.stamp;
      }
    }));
  });

  it('orders stamps by time, then node; change ids are node:ms-counter', () => {
    expect(compareStamps('1700000000000-00001-a', '1700000000000-00001-b')).toBe(-1);
    expect(compareStamps('0999999999999-99999-z', '1000000000000-00000-a')).toBe(-1);
    expect(compareStamps(null, '0000000000000-00000-a')).toBe(-1);
    expect(changeId('1700000000000-00042-ana.x7k2')).toBe('ana.x7k2:1700000000000-00042');
  });

  it('makes node ids from the login plus a random suffix, one token', () => {
    const n = newNodeId('ana@firm.io', () => 0.5);
    expect(n).toBe('ana_firm.io.ssssssss');
    expect(newNodeId('ana')).not.toBe(newNodeId('ana'));
  });
});
