// The bulk import's fast pre-check may only accept what the zod schema accepts: it agrees on valid
// records, and every mutation zod refuses it refuses too (so no bad record can slip past zod).
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { surelyValidAssessment, surelyValidEngineer } from '../../../db/bench-file/fast-check';
import { assessmentSchema, engineerSchema, type BenchFile } from '../../../shared/bench/schema';
import { EXAMPLE, PUBLIC } from './helpers';

const engineers = [EXAMPLE, PUBLIC].flatMap((f) => (JSON.parse(readFileSync(f, 'utf8')) as BenchFile).engineers ?? []);
// With every privacy field (issue 15; most engineers of a real bench carry it): the richest record, so the mutations below cover it.
engineers.push({
  ...[...engineers].sort((a, b) => paths(b).length - paths(a).length)[0]!,
  id: 'eng-privacy',
  privacy: { basis: 'consent', consentDate: '2026-01-05', source: 'LinkedIn', purpose: 'Placement', retainUntil: '2028-01-05', erasedAt: '2026-11-30' },
});

const BAD_VALUES: unknown[] = [
  undefined, null, '', 'x'.repeat(300), -1, 0, 1.5, 7, 61, 2101, 'Mars/Olympus', '2027-02-30', '25:00', 'br', 'usd', true, [], {}, [''], [{}],
  { start: '09:00' }, { status: 'gone' }, { name: 'Python', level: 6 }, { costPerHour: -1 }, JSON.parse('{"__proto__": 1}'),
];

/** Every path to a value inside a record, so each field and nested field gets mutated. */
function paths(v: unknown, base: (string | number)[] = []): (string | number)[][] {
  if (v === null || typeof v !== 'object') return [base];
  const keys = Array.isArray(v) ? v.map((_, i) => i) : Object.keys(v);
  return [base, ...keys.flatMap((k) => paths((v as Record<string | number, unknown>)[k], [...base, k]))];
}

function setAt(root: unknown, path: (string | number)[], value: unknown): unknown {
  const copy = structuredClone(root);
  if (path.length === 0) return value;
  let cur = copy as Record<string | number, unknown>;
  for (const k of path.slice(0, -1)) cur = cur[k] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (value === undefined) delete cur[last];
  else cur[last] = value;
  return copy;
}

describe('surelyValidEngineer (bulk import pre-check)', () => {
  it('accepts every valid engineer of the example and public benches', () => {
    for (const e of engineers) expect(surelyValidEngineer(e), e.id).toBe(true);
  });

  it('never accepts a record the zod schema refuses', () => {
    // The three richest records (most fields and nested values) cover every field the schema has.
    const sample = [...engineers].sort((a, b) => paths(b).length - paths(a).length).slice(0, 3);
    let refused = 0;
    for (const e of sample) {
      for (const p of paths(e)) {
        for (const bad of BAD_VALUES) {
          const mutated = setAt(e, p, bad);
          if (!engineerSchema.safeParse(mutated).success) {
            refused++;
            expect(surelyValidEngineer(mutated), `${p.join('/')} = ${JSON.stringify(bad)}`).toBe(false);
          }
        }
      }
      // An extra key anywhere is refused by the strict schema.
      for (const p of paths(e).filter((q) => q.length > 0)) {
        const parent = p.slice(0, -1);
        const mutated = setAt(e, [...parent, 'extra'], 1);
        if (!engineerSchema.safeParse(mutated).success) expect(surelyValidEngineer(mutated)).toBe(false);
      }
    }
    expect(refused).toBeGreaterThan(300);
  });

  it('agrees with zod on arbitrary JSON-like values placed anywhere', () => {
    const e = engineers[0]!;
    const all = paths(e);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: all.length - 1 }), fc.jsonValue(), (i, v) => {
        const mutated = setAt(e, all[i]!, v);
        if (surelyValidEngineer(mutated)) expect(engineerSchema.safeParse(mutated).success).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('surelyValidAssessment (a team join pre-check)', () => {
  const assessments = engineers.flatMap((e) => e.assessments ?? []).map((a, i) => (i === 0 ? { ...a, amendReason: 'Scores mistyped' } : a));

  it('accepts every valid assessment of the example and public benches', () => {
    expect(assessments.length).toBeGreaterThan(3);
    for (const a of assessments) {
      expect(assessmentSchema.safeParse(a).success).toBe(true);
      expect(surelyValidAssessment(a), a.id).toBe(true);
    }
  });

  it('never accepts an assessment the zod schema refuses', () => {
    const sample = [...assessments].sort((a, b) => paths(b).length - paths(a).length).slice(0, 3);
    let refused = 0;
    for (const a of sample) {
      for (const p of [...paths(a), ['amendReason'], ['notes']]) {
        for (const bad of [...BAD_VALUES, 'x'.repeat(2001), 'x'.repeat(20_001)]) {
          const mutated = setAt(a, p, bad);
          if (!assessmentSchema.safeParse(mutated).success) {
            refused++;
            expect(surelyValidAssessment(mutated), `${p.join('/')} = ${String(JSON.stringify(bad)).slice(0, 40)}`).toBe(false);
          }
        }
        if (p.length > 0) {
          const mutated = setAt(a, [...p.slice(0, -1), 'extra'], 1);
          if (!assessmentSchema.safeParse(mutated).success) expect(surelyValidAssessment(mutated)).toBe(false);
        }
      }
    }
    expect(refused).toBeGreaterThan(100);
  });

  it('agrees with zod on arbitrary JSON-like values placed anywhere', () => {
    const a = [...assessments].sort((x, y) => paths(y).length - paths(x).length)[0]!;
    const all = paths(a);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: all.length - 1 }), fc.jsonValue(), (i, v) => {
        const mutated = setAt(a, all[i]!, v);
        if (surelyValidAssessment(mutated)) expect(assessmentSchema.safeParse(mutated).success).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
