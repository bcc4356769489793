// Recall: whatever the bench and whichever skills are asked for (by canonical name or alias, in any
// case), every non-archived engineer holding all of them is found, and nobody is found twice.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SKILLS } from '../../../shared/taxonomy';
import { buildSearchIndex } from '../../../shared/search';
import { skillKey } from '../../../shared/taxonomy';
import { eng } from './engineers';

const POOL = SKILLS.slice(0, 60);
const names = POOL.flatMap((s) => [s.name, ...s.aliases]);
const nameArb = fc.constantFrom(...names);

const engineerArb = (k: number) =>
  fc.record({
    skills: fc.uniqueArray(nameArb, { minLength: 0, maxLength: 6, selector: (n) => skillKey(n) }),
    archived: fc.boolean(),
    levels: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 6, maxLength: 6 }),
  }).map(({ skills, archived, levels }) =>
    eng(`p${String(k).padStart(3, '0')}`, { archived, skills: skills.map((name, j) => ({ name, level: levels[j]! })) }));

describe('search recall (property)', () => {
  it('finds every engineer who has all queried skills', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, k) => engineerArb(k)))),
        fc.uniqueArray(nameArb, { minLength: 1, maxLength: 3, selector: (n) => skillKey(n) }),
        fc.boolean(),
        fc.boolean(),
        (bench, query, upper, includeArchived) => {
          const index = buildSearchIndex(bench);
          const q = query.map((n) => (n.includes(' ') ? `"${n}"` : n)).map((n) => (upper ? n.toUpperCase() : n)).join(' ');
          const want = bench
            .filter((e) => includeArchived || !e.archived)
            .filter((e) => query.every((n) => e.skills.some((s) => skillKey(s.name) === skillKey(n))))
            .map((e) => e.id);
          const got = index.search(q, { limit: 1000, includeArchived }).hits.map((h) => h.engineerId);
          for (const id of want) expect(got).toContain(id);
          expect(new Set(got).size).toBe(got.length);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('skill: operators return exactly the holders', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, k) => engineerArb(k)))),
        nameArb,
        (bench, name) => {
          const index = buildSearchIndex(bench);
          const got = index.search(`skill:"${name}"`, { limit: 1000, includeArchived: true }).hits.map((h) => h.engineerId).sort();
          const want = bench.filter((e) => e.skills.some((s) => skillKey(s.name) === skillKey(name))).map((e) => e.id).sort();
          expect(got).toEqual(want);
        },
      ),
      { numRuns: 150 },
    );
  });
});
