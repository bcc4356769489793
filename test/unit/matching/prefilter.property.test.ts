// A cold `match` through the service reads only the engineers its must-haves leave in
// (db/repos/match-candidates.ts). On random benches written to a real SQLite file, its answer must equal
// the full ranking of the whole bench: matches, near misses, groups, counts and the bench-wide facts.
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rawOf } from '../../../db/connection';
import { matchCandidates } from '../../../db/repos/match-candidates';
import { openBench } from '../../../db/service/bench-service';
import type { BenchFile } from '../../../shared/bench/schema';
import { PRESETS, rankRole } from '../../../shared/matching';
import { resolveSkill, skillKey } from '../../../shared/taxonomy';
import { aBench, aRequirement, aRole, date } from './arbitraries';
import { client } from './fixtures';

describe('the must-have prefilter of a cold match', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'bm-prefilter-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let run = 0;
  // Runs in which the filter left engineers out and the answer lists a near miss lacking a must-have
  // (the engineers a too strict filter would lose), or a match holding one only through an assessment.
  let lacking = 0;
  let verifiedOnly = 0;

  it('gives the full ranking on random benches and roles', async () => {
    // Bigger benches than the loop's property: the filter only applies when every must-have has holders.
    const bigger = fc.tuple(aBench, aBench, aBench).map(([a, b, c]) => [...a, ...b, ...c].map((e, i) => ({
      ...e, id: `e-${String(i).padStart(3, '0')}`, ...(e.assessments ? { assessments: e.assessments.map((x, k) => ({ ...x, id: `a-${i}-${k}` })) } : {}),
    })));
    // Two must-haves or more (fewer and nothing is filtered); half the roles set nothing else, so
    // engineers short of one must-have are near misses rather than failing vetting too.
    const role = fc.tuple(aRole, fc.uniqueArray(aRequirement, { selector: (r) => r.skill, minLength: 2, maxLength: 3 }), fc.boolean())
      .map(([r, mustHave, loose]) => (loose ? { id: r.id, clientId: r.clientId, title: r.title, mustHave, requireVetted: false } : { ...r, mustHave }));
    await fc.assert(fc.asyncProperty(bigger, role, date, async (engineers, role, asOf) => {
      const file = path.join(dir, `bench-${++run}.json`);
      const bench: BenchFile = { format: 'benchmatch.bench', version: 1, engineers, clients: [client], roles: [role] };
      writeFileSync(file, JSON.stringify(bench));
      const service = await openBench({ path: path.join(dir, `bench-${run}.sqlite`) });
      try {
        await service.importFile(file);
        const keys = (role.mustHave ?? []).map((r) => skillKey(resolveSkill(r.skill).name));
        const found = matchCandidates(rawOf(service.db), keys);
        console.error("T", keys, found && [found.ids.length, found.live]);
        // Fresh service: nothing prepared yet, so this is the cold path.
        const answer = await service.call('match', { roleId: role.id, asOf, all: true });
        const snap = service.snapshot();
        const full = rankRole({ engineers: snap.engineers ?? [], clients: snap.clients ?? [] }, snap.roles![0]!, { asOf, weights: PRESETS.balanced });
        const { role: _role, client: _client, preset: _preset, ...ranked } = answer;
        expect(ranked).toEqual(full);
        if (found && found.ids.length < found.live) {
          const profile = (id: string) => new Set(snap.engineers!.find((e) => e.id === id)!.skills.map((x) => skillKey(resolveSkill(x.name).name)));
          const listed = [...full.matches, ...full.nearMisses];
          if (listed.some((m) => m.skills.matched.some((x) => x.required && x.verifiedOn && !profile(m.engineerId).has(skillKey(x.name))))) verifiedOnly++;
          if (full.nearMisses.some((n) => n.failure.code === 'must_have' && n.failure.have === null)) lacking++;
        }
      } finally {
        await service.close();
      }
    }), { numRuns: 40 });
    // The property means something only if the filter really left engineers out in many runs.
    expect(lacking).toBeGreaterThan(5);
    expect(verifiedOnly).toBeGreaterThan(2);
  }, 120_000);
});
