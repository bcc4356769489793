// The demo bench: deterministic per seed, valid against the bench-file schema, and realistic enough
// that matching has something to find (and to miss).
import { describe, expect, it } from 'vitest';
import { generateDemoBench } from '../../../db/seed';
import { ARCHETYPES } from '../../../db/seed/archetypes';
import { coversMustHaves } from '../../../db/seed/clients';
import { benchFileSchema, type Engineer, type Seniority } from '../../../shared/bench/schema';
import { rankRole } from '../../../shared/matching';
import { resolveSkill, skillKey } from '../../../shared/taxonomy';

const TODAY = '2026-12-01';
const bench = generateDemoBench({ engineers: 500, seed: 42, today: TODAY });
const engineers = bench.engineers ?? [];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? NaN;
}

describe('generateDemoBench: determinism and validity', () => {
  it('gives identical output for the same seed and different output for another seed', () => {
    const a = generateDemoBench({ engineers: 150, seed: 7, today: TODAY });
    const b = generateDemoBench({ engineers: 150, seed: 7, today: TODAY });
    const c = generateDemoBench({ engineers: 150, seed: 8, today: TODAY });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(c.engineers?.map((e) => e.name)).not.toEqual(a.engineers?.map((e) => e.name));
  });

  it('passes the bench-file schema with 500 engineers, ids stable as eng-00042', () => {
    const r = benchFileSchema.safeParse(bench);
    expect(r.success ? [] : r.error.issues.slice(0, 5)).toEqual([]);
    expect(engineers).toHaveLength(500);
    expect(engineers[41]?.id).toBe('eng-00042');
    expect(new Set(engineers.map((e) => e.id)).size).toBe(500);
  });

  it('passes the schema with 20,000 engineers', () => {
    const big = generateDemoBench({ engineers: 20_000, seed: 3, today: TODAY });
    expect(big.engineers).toHaveLength(20_000);
    expect(benchFileSchema.safeParse(big).success).toBe(true);
  });

  it('refuses impossible options', () => {
    expect(() => generateDemoBench({ engineers: -1 })).toThrow(RangeError);
    expect(() => generateDemoBench({ today: '2027-02-30' })).toThrow(RangeError);
  });
});

describe('generateDemoBench: realism', () => {
  it('weights countries toward Brazil, Mexico, Argentina and Colombia', () => {
    const counts = new Map<string, number>();
    for (const e of engineers) counts.set(e.country, (counts.get(e.country) ?? 0) + 1);
    const top4 = [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([c]) => c);
    expect(new Set(top4)).toEqual(new Set(['BR', 'MX', 'AR', 'CO']));
    expect(counts.get('BR')).toBeGreaterThan(counts.get('MX') ?? 0);
    expect(counts.size).toBeGreaterThanOrEqual(8);
  });

  it('includes zones whose clocks behave differently', () => {
    const zones = new Set(engineers.map((e) => e.timeZone));
    for (const z of ['America/Santiago', 'America/Punta_Arenas', 'America/Tijuana', 'America/Manaus', 'America/Lima', 'America/Bogota', 'America/Montevideo', 'America/Costa_Rica']) {
      expect(zones, z).toContain(z);
    }
    const clientZones = (bench.clients ?? []).map((c) => c.timeZone ?? '');
    expect(clientZones.every((z) => z.startsWith('America/') || z.startsWith('Europe/'))).toBe(true);
    expect(clientZones.some((z) => z.startsWith('Europe/'))).toBe(true);
  });

  it('raises years and rates with seniority', () => {
    const by = (s: Seniority) => engineers.filter((e) => e.seniority === s);
    const bills = (['junior', 'mid', 'senior', 'lead'] as const).map((s) => median(by(s).map((e) => e.rate?.billPerHour ?? 0)));
    expect(bills).toEqual([...bills].sort((a, b) => a - b));
    expect(new Set(bills).size).toBe(4);
    expect(by('junior').every((e) => (e.yearsExperience ?? 0) <= 3)).toBe(true);
    expect(by('lead').every((e) => (e.yearsExperience ?? 0) >= 9)).toBe(true);
    expect(engineers.every((e) => (e.rate?.billPerHour ?? 0) > (e.rate?.costPerHour ?? 0))).toBe(true);
  });

  it('gives each archetype its core skills, all names known to the taxonomy', () => {
    const byRole = new Map(ARCHETYPES.map((a) => [a.primaryRole, a]));
    byRole.set('MLOps Engineer', ARCHETYPES.find((a) => a.key === 'devops')!);
    for (const e of engineers) {
      const arch = byRole.get(e.primaryRole ?? '');
      expect(arch, e.id).toBeDefined();
      const keys = new Set(e.skills.map((s) => skillKey(s.name)));
      for (const core of arch!.core) expect(keys.has(skillKey(core)), `${e.id} ${core}`).toBe(true);
      for (const s of e.skills) expect(resolveSkill(s.name).known, s.name).toBe(true);
      expect(e.skills.every((s) => (s.years ?? 0) <= (e.yearsExperience ?? 0))).toBe(true);
    }
    expect(new Set(engineers.map((e) => e.primaryRole)).size).toBeGreaterThanOrEqual(7);
  });

  it('keeps vetting status consistent with assessments', () => {
    const lastOf = (e: Engineer) => e.assessments?.[e.assessments.length - 1];
    for (const e of engineers) {
      const n = e.assessments?.length ?? 0;
      expect(n).toBeLessThanOrEqual(3);
      if (e.vettingStatus === 'sourced') expect(n, e.id).toBe(0);
      if (e.vettingStatus === 'vetted') {
        expect(n, e.id).toBeGreaterThanOrEqual(1);
        expect(['yes', 'strong_yes'], e.id).toContain(lastOf(e)?.recommendation);
      }
      if (e.vettingStatus === 'rejected') {
        expect(['no', 'strong_no'], e.id).toContain(lastOf(e)?.recommendation);
      }
      const dates = (e.assessments ?? []).map((a) => a.date);
      expect(dates).toEqual([...dates].sort());
      expect(dates.every((d) => d < TODAY)).toBe(true);
      if (e.availability?.status === 'on_assignment') expect(e.availability.from! > TODAY).toBe(true);
    }
    const statuses = new Set(engineers.map((e) => e.vettingStatus));
    expect(statuses).toEqual(new Set(['vetted', 'screening', 'sourced', 'rejected']));
    expect(engineers.some((e) => e.archived)).toBe(true);
    expect(engineers.some((e) => e.workingHours)).toBe(true);
  });

  it('uses only example.com / example.org emails and distinct names per country', () => {
    expect(engineers.every((e) => /@example\.(com|org)$/.test(e.email ?? ''))).toBe(true);
    expect(new Set(engineers.map((e) => `${e.country}|${e.name}`)).size).toBe(engineers.length);
  });

  it('seeds open roles that have real matches and near misses, and a shortlist', () => {
    const open = (bench.roles ?? []).filter((r) => r.status === 'open');
    expect(open.length).toBeGreaterThanOrEqual(4);
    let nearMisses = 0;
    for (const role of open) {
      expect(role.mustHave).toHaveLength(3);
      expect(role.niceToHave!.length).toBeGreaterThanOrEqual(2);
      expect(engineers.some((e) => coversMustHaves(e, role)), role.id).toBe(true);
      const result = rankRole({ engineers, clients: bench.clients ?? [] }, role, { asOf: TODAY });
      expect(result.totalMatches, role.id).toBeGreaterThanOrEqual(1);
      nearMisses += result.totalNearMisses;
    }
    expect(nearMisses).toBeGreaterThan(0);
    expect(bench.shortlists?.length).toBeGreaterThanOrEqual(1);
    expect(bench.shortlists?.[0]?.entries?.length).toBeGreaterThanOrEqual(1);
  });
});
