// Overlap hours through the runtime's tz database on the days that break naive arithmetic: DST
// switches on different dates in the US and the EU, Chile's southern-hemisphere switch at midnight,
// zones that dropped DST (Mexico City, São Paulo), Tijuana following the US, shifts past midnight.
import { describe, expect, it } from 'vitest';
import { localClock, overlapFor, OverlapCache, wallToInstant, windowOn, zoneOffset } from '../../../shared/matching';

const H = 3_600_000;
const utc = (y: number, mo: number, d: number, h = 0, mi = 0) => Date.UTC(y, mo - 1, d, h, mi);
const hours = (engineer: { timeZone: string; workingHours?: { start: string; end: string } }, client: { timeZone?: string; coreHours?: { start: string; end: string } }, date: string) =>
  overlapFor(engineer, client, date).hours;

const ny = { timeZone: 'America/New_York' };

describe('overlap as matching.md states it', () => {
  it('Los Angeles 09-17 against Buenos Aires 09-18 is 4 h in January and 5 h in July', () => {
    const la = { timeZone: 'America/Los_Angeles', coreHours: { start: '09:00', end: '17:00' } };
    const ba = { timeZone: 'America/Argentina/Buenos_Aires', workingHours: { start: '09:00', end: '18:00' } };
    expect(hours(ba, la, '2027-01-15')).toBe(4);
    expect(hours(ba, la, '2027-07-15')).toBe(5);
  });

  it('defaults: client 09:00-17:00, engineer 09:00-18:00', () => {
    expect(hours({ timeZone: 'America/New_York' }, ny, '2027-02-01')).toBe(8);
    expect(hours({ timeZone: 'Europe/Berlin' }, { timeZone: 'Europe/Berlin' }, '2027-02-01')).toBe(8);
  });

  it('is unknown (null) when the client has no time zone', () => {
    const r = overlapFor({ timeZone: 'Europe/Berlin' }, {}, '2027-02-01');
    expect(r.hours).toBeNull();
    expect(r.clientWindow).toBeNull();
    expect(r.engineerWindows).toHaveLength(3);
  });
});

describe('US and EU switch on different dates', () => {
  const berlin = { timeZone: 'Europe/Berlin' };
  it('spring: 3 h, then 4 h between 14 and 28 March 2027, then 3 h again', () => {
    expect(hours(berlin, ny, '2027-03-10')).toBe(3);
    expect(hours(berlin, ny, '2027-03-14')).toBe(4); // US switched this morning, the EU has not
    expect(hours(berlin, ny, '2027-03-20')).toBe(4);
    expect(hours(berlin, ny, '2027-03-28')).toBe(3); // the EU catches up
    expect(hours(berlin, ny, '2027-04-05')).toBe(3);
  });
  it('autumn: 4 h between 31 October and 7 November 2027', () => {
    expect(hours(berlin, ny, '2027-10-25')).toBe(3);
    expect(hours(berlin, ny, '2027-11-03')).toBe(4);
    expect(hours(berlin, ny, '2027-11-08')).toBe(3);
  });
});

describe("Chile's southern-hemisphere switch", () => {
  const santiago = { timeZone: 'America/Santiago' };
  it('summer in January, winter in July', () => {
    expect(zoneOffset('America/Santiago', utc(2027, 1, 15, 12))).toBe(-3 * H);
    expect(zoneOffset('America/Santiago', utc(2027, 7, 15, 12))).toBe(-4 * H);
    expect(hours(santiago, ny, '2027-01-15')).toBe(7);
    expect(hours(santiago, ny, '2027-07-15')).toBe(8);
  });
  it('midnight does not exist on 5 September 2027: a 00:00 start moves to 01:00', () => {
    expect(wallToInstant('2027-09-05', '00:00', 'America/Santiago')).toBe(utc(2027, 9, 5, 4));
    const night = { timeZone: 'America/Santiago', workingHours: { start: '00:00', end: '08:00' } };
    expect(hours(night, { timeZone: 'UTC', coreHours: { start: '00:00', end: '00:00' } }, '2027-09-05')).toBe(7);
  });
  it('23:30 on 3 April 2027 happens twice: the earlier instant counts', () => {
    expect(wallToInstant('2027-04-03', '23:30', 'America/Santiago')).toBe(utc(2027, 4, 4, 2, 30));
  });
});

describe('zones without DST', () => {
  it('Mexico City stays at UTC-6 all year (7 h with New York in January, 6 h in July)', () => {
    const mx = { timeZone: 'America/Mexico_City' };
    expect(zoneOffset('America/Mexico_City', utc(2027, 7, 1))).toBe(-6 * H);
    expect(hours(mx, ny, '2027-01-15')).toBe(7);
    expect(hours(mx, ny, '2027-07-15')).toBe(6);
  });
  it('São Paulo stays at UTC-3 all year (7 h with New York in January, 8 h in July)', () => {
    const sp = { timeZone: 'America/Sao_Paulo' };
    expect(zoneOffset('America/Sao_Paulo', utc(2027, 1, 15))).toBe(-3 * H);
    expect(hours(sp, ny, '2027-01-15')).toBe(7);
    expect(hours(sp, ny, '2027-07-15')).toBe(8);
  });
  it('Tijuana follows the US switch while Mexico City does not', () => {
    const tj = { timeZone: 'America/Tijuana' };
    const mxClient = { timeZone: 'America/Mexico_City' };
    expect(zoneOffset('America/Tijuana', utc(2027, 3, 10, 12))).toBe(-8 * H);
    expect(zoneOffset('America/Tijuana', utc(2027, 3, 20, 12))).toBe(-7 * H);
    expect(hours(tj, mxClient, '2027-03-10')).toBe(6);
    expect(hours(tj, mxClient, '2027-03-20')).toBe(7);
  });
});

describe('windows past midnight and the D-1 / D / D+1 rule', () => {
  it('an engineer working 22:00-06:00 in Manila covers New York 09-17 entirely', () => {
    expect(hours({ timeZone: 'Asia/Manila', workingHours: { start: '22:00', end: '06:00' } }, ny, '2027-01-12')).toBe(8);
  });
  it("a client's night shift 22:00-06:00 meets a Berlin engineer's next morning (D+1)", () => {
    const r = overlapFor({ timeZone: 'Europe/Berlin' }, { timeZone: 'America/New_York', coreHours: { start: '22:00', end: '06:00' } }, '2027-01-12');
    expect(r.hours).toBe(3);
    expect(r.clientWindow).toEqual([utc(2027, 1, 13, 3), utc(2027, 1, 13, 11)]);
    expect(r.overlaps).toEqual([[utc(2027, 1, 13, 8), utc(2027, 1, 13, 11)]]);
  });
  it("a Tokyo morning meets a Los Angeles engineer's previous afternoon (D-1)", () => {
    expect(hours({ timeZone: 'America/Los_Angeles' }, { timeZone: 'Asia/Tokyo' }, '2027-01-12')).toBe(2);
  });
  it('rounds to 2 decimals (Kathmandu is UTC+5:45)', () => {
    expect(hours({ timeZone: 'Asia/Kathmandu' }, { timeZone: 'Europe/London' }, '2027-01-12')).toBe(3.25);
  });
});

describe('nonexistent and repeated wall times', () => {
  it('02:30 on the US spring-forward night is 03:30 EDT', () => {
    expect(wallToInstant('2027-03-14', '02:30', 'America/New_York')).toBe(utc(2027, 3, 14, 7, 30));
    const w = windowOn('2027-03-14', { start: '02:30', end: '10:00' }, 'America/New_York');
    expect((w[1] - w[0]) / H).toBe(6.5);
  });
  it('01:30 on the US fall-back night takes the earlier (EDT) instant', () => {
    expect(wallToInstant('2027-11-07', '01:30', 'America/New_York')).toBe(utc(2027, 11, 7, 5, 30));
  });
  it('02:30 in Berlin on 28 March 2027 is 03:30 CEST', () => {
    expect(wallToInstant('2027-03-28', '02:30', 'Europe/Berlin')).toBe(utc(2027, 3, 28, 1, 30));
  });
  it('a round-the-clock client day is 23 h long on the spring-forward day', () => {
    const w = windowOn('2027-03-14', { start: '00:00', end: '00:00' }, 'America/New_York');
    expect((w[1] - w[0]) / H).toBe(23);
  });
});

describe('helpers', () => {
  it('localClock shows the wall clock of an instant', () => {
    expect(localClock(utc(2027, 7, 1, 16), 'America/Los_Angeles')).toBe('09:00');
    expect(localClock(utc(2027, 1, 1, 0, 5), 'Asia/Kolkata')).toBe('05:35');
  });
  it('OverlapCache gives the same answer as overlapFor, once per (zone, hours)', () => {
    const client = { timeZone: 'America/New_York' };
    const cache = new OverlapCache(client, '2027-03-20');
    const a = cache.get({ timeZone: 'Europe/Berlin' });
    expect(cache.get({ timeZone: 'Europe/Berlin', workingHours: { start: '09:00', end: '18:00' } })).toBe(a);
    expect(a).toEqual(overlapFor({ timeZone: 'Europe/Berlin' }, client, '2027-03-20'));
  });
});
