// Which zones a person or a client may be stored in (issue 18): places, and UTC; not abbreviations or
// fixed offsets, which follow no city's daylight saving. Judged in one place (shared/bench/zones.ts) and
// refused through the real service and SQLite, leaving the bench as it was.
import { describe, expect, it } from 'vitest';
import { ApiError, renderText, sayProblem } from '../../../shared/api/errors';
import { timeZoneProblem as keyedProblem } from '../../../shared/bench/zones';
import { dumpTables, EXAMPLE, openTemp } from './helpers';

/** The refusal in English, as logs and --json carry it. */
const timeZoneProblem = (zone: string) => {
  const p = keyedProblem(zone);
  return p && renderText(p, 'en');
};

describe('time zones people and clients may have', () => {
  it('accepts real places, country-named links and UTC', () => {
    for (const zone of ['America/New_York', 'America/Sao_Paulo', 'America/Argentina/Buenos_Aires', 'Europe/London', 'US/Eastern', 'Brazil/East', 'UTC', 'Etc/UTC']) {
      expect(timeZoneProblem(zone), zone).toBeUndefined();
    }
  });

  it('refuses abbreviations, POSIX rule names and fixed offsets, naming the zones meant', () => {
    expect(timeZoneProblem('EST')).toMatch(/^EST is an abbreviation, not a place.*America\/New_York, America\/Toronto/);
    expect(timeZoneProblem('est')).toMatch(/America\/New_York/);
    expect(timeZoneProblem('MST')).toMatch(/America\/Denver, America\/Phoenix/);
    expect(timeZoneProblem('HST')).toMatch(/Pacific\/Honolulu/);
    expect(timeZoneProblem('PST8PDT')).toMatch(/America\/Los_Angeles/);
    expect(timeZoneProblem('GMT')).toMatch(/Europe\/London/);
    for (const zone of ['Etc/GMT+5', 'Etc/GMT-3', 'GMT+2', 'UTC-03:00', '+05:30', 'Etc/GMT0', 'Greenwich', 'Zulu']) {
      expect(timeZoneProblem(zone), zone).toMatch(/fixed offset|abbreviation/);
    }
    expect(timeZoneProblem('Mars/Olympus')).toMatch(/IANA/);
  });

  it('refuses a client in EST from the client form (saveClient) and keeps the bench as it was', async () => {
    const bench = await openTemp();
    await bench.importFile(EXAMPLE);
    const before = dumpTables(bench.path);
    const err = await bench.call('saveClient', { client: { id: 'acme-health', name: 'Acme Health', timeZone: 'EST' } }).then(() => undefined, (e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    const problem = (err as ApiError).problems?.find((p) => p.where.endsWith('/timeZone'));
    expect(problem?.message).toMatch(/EST is an abbreviation.*America\/New_York/);
    // The same refusal in the reader's language (the client form shows it so).
    expect(sayProblem(problem!, 'pt-BR').message).toMatch(/^EST é uma abreviação, não um lugar.*America\/New_York/);
    expect(sayProblem(problem!, 'es-419').message).toMatch(/^EST es una abreviatura, no un lugar.*America\/New_York/);
    expect(dumpTables(bench.path)).toEqual(before);
    await bench.call('saveClient', { client: { id: 'acme-health', name: 'Acme Health', timeZone: 'America/Toronto' } });
    expect((await bench.call('listClients', {})).clients.find((c) => c.id === 'acme-health')?.timeZone).toBe('America/Toronto');
  });
});
