// The "strictly raises" properties of matching.md, and the ordering promises, over generated engineers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Assessment, Engineer } from '../../../shared/bench/schema';
import { CEFR, RECOMMENDATIONS, RUBRIC_KEYS } from '../../../shared/bench/schema';
import { PRESETS, rankRole } from '../../../shared/matching';
import { client, engineer, role, scoreOf } from './fixtures';

const RUNS = { numRuns: 150 };
const level = fc.integer({ min: 1, max: 5 });
const years = fc.option(fc.double({ min: 0, max: 30, noNaN: true }), { nil: undefined });
const clock = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 30)).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const zone = fc.constantFrom('America/Sao_Paulo', 'Europe/Berlin', 'America/Los_Angeles', 'Asia/Kolkata', 'America/Mexico_City', 'America/Santiago');
const presetWeights = fc.constantFrom(...Object.values(PRESETS));
const asOf = fc.constantFrom('2027-01-15', '2027-03-20', '2027-07-01', '2027-11-03');

const assessment: fc.Arbitrary<Assessment> = fc.record({
  id: fc.constantFrom('a1', 'a2'),
  date: fc.constantFrom('2026-05-01', '2026-09-01'),
  kind: fc.constantFrom('technical_interview' as const, 'system_design' as const, 'coding_exercise' as const),
  assessor: fc.constant('Assessor'),
  scores: fc.record(Object.fromEntries(RUBRIC_KEYS.map((k) => [k, level])) as Record<(typeof RUBRIC_KEYS)[number], fc.Arbitrary<number>>, { requiredKeys: [] }),
  recommendation: fc.option(fc.constantFrom(...RECOMMENDATIONS), { nil: undefined }),
  redFlags: fc.subarray(['tools_not_systems', 'no_failure_story', 'over_engineering', 'unclear_communication'] as const),
}).map((a) => Object.fromEntries(Object.entries(a).filter(([, v]) => v !== undefined)) as unknown as Assessment);

const anEngineer: fc.Arbitrary<Engineer> = fc.record({
  python: level, pythonYears: years, torch: level, torchYears: years,
  extras: fc.subarray(['AWS', 'Kubernetes', 'LangChain', 'TensorFlow', 'Docker', 'Azure']),
  extraLevel: level,
  english: fc.option(fc.constantFrom(...CEFR), { nil: undefined }),
  bill: fc.integer({ min: 20, max: 90 }),
  zone, start: clock, end: clock,
  assessments: fc.array(assessment, { maxLength: 2 }),
}).map((g) => engineer({
  timeZone: g.zone,
  workingHours: { start: g.start, end: g.end },
  skills: [
    { name: 'Python', level: g.python, ...(g.pythonYears !== undefined ? { years: g.pythonYears } : {}) },
    { name: 'PyTorch', level: g.torch, ...(g.torchYears !== undefined ? { years: g.torchYears } : {}) },
    ...g.extras.map((name) => ({ name, level: g.extraLevel })),
  ],
  englishLevel: g.english,
  rate: { billPerHour: g.bill },
  assessments: g.assessments,
}));

const withSkill = (e: Engineer, name: string, f: (s: Engineer['skills'][number]) => Engineer['skills'][number]) =>
  ({ ...e, skills: e.skills.map((s) => (s.name === name ? f(s) : s)) });

describe('each of these strictly raises the score, all else equal', () => {
  it('1. a higher level on a must-have', () => {
    fc.assert(fc.property(anEngineer, presetWeights, (e, w) => {
      fc.pre(e.skills[0]!.level < 5);
      expect(scoreOf(withSkill(e, 'Python', (s) => ({ ...s, level: s.level + 1 })), role(), undefined, w)).toBeGreaterThan(scoreOf(e, role(), undefined, w));
    }), RUNS);
  });
  it('1. more years on a must-have', () => {
    fc.assert(fc.property(anEngineer, fc.double({ min: 0.1, max: 10, noNaN: true }), presetWeights, (e, more, w) => {
      const up = withSkill(e, 'PyTorch', (s) => ({ ...s, years: (s.years ?? 0) + more }));
      expect(scoreOf(up, role(), undefined, w)).toBeGreaterThan(scoreOf(e, role(), undefined, w));
    }), RUNS);
  });
  it('2. another nice-to-have present (related skills are less than the real thing)', () => {
    fc.assert(fc.property(anEngineer, fc.constantFrom('AWS', 'Kubernetes', 'LangChain'), level, presetWeights, (e, name, lv, w) => {
      fc.pre(!e.skills.some((s) => s.name === name));
      const up = { ...e, skills: [...e.skills, { name, level: lv }] };
      expect(scoreOf(up, role(), undefined, w)).toBeGreaterThan(scoreOf(e, role(), undefined, w));
    }), RUNS);
  });
  it('2. a higher level on a nice-to-have, whatever its weight', () => {
    fc.assert(fc.property(anEngineer, fc.constantFrom('AWS', 'Kubernetes', 'LangChain'), presetWeights, (e, name, w) => {
      const s = e.skills.find((x) => x.name === name);
      fc.pre(!!s && s.level < 5);
      const up = withSkill(e, name, (x) => ({ ...x, level: x.level + 1 }));
      expect(scoreOf(up, role(), undefined, w)).toBeGreaterThan(scoreOf(e, role(), undefined, w));
    }), RUNS);
  });
  it('3. a higher rubric score or a stronger recommendation on the latest assessment', () => {
    fc.assert(fc.property(anEngineer, assessment, fc.constantFrom(...RUBRIC_KEYS), fc.boolean(), presetWeights, (e, a, key, bumpRec, w) => {
      const base = { ...e, assessments: [{ ...a, date: '2026-12-01', id: 'z' }] };
      const latest = base.assessments[0]!;
      let better: Assessment;
      if (bumpRec) {
        const order = ['strong_no', 'no', 'yes', 'strong_yes'] as const;
        const i = latest.recommendation ? order.indexOf(latest.recommendation) : -1;
        fc.pre(i >= 0 && i < 3);
        better = { ...latest, recommendation: order[i + 1]! };
      } else {
        const v = latest.scores?.[key];
        fc.pre(v !== undefined && v < 5);
        better = { ...latest, scores: { ...latest.scores, [key]: v! + 1 } };
      }
      expect(scoreOf({ ...base, assessments: [better] }, role(), undefined, w)).toBeGreaterThan(scoreOf(base, role(), undefined, w));
    }), RUNS);
  });
  it('3. no assessment scores below any assessment with a rubric average of 3 or more', () => {
    fc.assert(fc.property(anEngineer, assessment, presetWeights, (e, a, w) => {
      const vals = Object.values(a.scores ?? {});
      fc.pre(vals.length > 0 && vals.reduce((s, v) => s + v, 0) / vals.length >= 3);
      const none = { ...e, assessments: [] };
      expect(scoreOf({ ...e, assessments: [a] }, role(), undefined, w)).toBeGreaterThan(scoreOf(none, role(), undefined, w));
    }), RUNS);
  });
  it('4. more overlap hours', () => {
    fc.assert(fc.property(anEngineer, clock, clock, asOf, presetWeights, (e, s2, e2, d, w) => {
      const other = { ...e, workingHours: { start: s2, end: e2 } };
      const r = role();
      const [a, b] = [scoreOf(e, r, d, w), scoreOf(other, r, d, w)];
      const ha = rankRole({ engineers: [e], clients: [client] }, role({ mustHave: [], niceToHave: [] }), { asOf: d }).matches[0]!.overlapHours!;
      const hb = rankRole({ engineers: [other], clients: [client] }, role({ mustHave: [], niceToHave: [] }), { asOf: d }).matches[0]!.overlapHours!;
      if (ha < hb) expect(b).toBeGreaterThan(a);
      if (ha > hb) expect(a).toBeGreaterThan(b);
    }), RUNS);
  });
  it('5. a higher effective English level', () => {
    fc.assert(fc.property(anEngineer, presetWeights, (e, w) => {
      const i = e.englishLevel ? CEFR.indexOf(e.englishLevel) : -1;
      fc.pre(i < 5);
      const up = { ...e, englishLevel: CEFR[i + 1]! };
      expect(scoreOf(up, role(), undefined, w)).toBeGreaterThan(scoreOf(e, role(), undefined, w));
    }), RUNS);
  });
  it('6. a lower bill rate when the role sets maxBillRate, and no effect without one', () => {
    fc.assert(fc.property(anEngineer, fc.integer({ min: 1, max: 15 }), presetWeights, (e, cut, w) => {
      const cheaper = { ...e, rate: { billPerHour: e.rate!.billPerHour! - cut } };
      expect(scoreOf(cheaper, role({ maxBillRate: 90 }), undefined, w)).toBeGreaterThan(scoreOf(e, role({ maxBillRate: 90 }), undefined, w));
      expect(scoreOf(cheaper, role(), undefined, w)).toBe(scoreOf(e, role(), undefined, w));
    }), RUNS);
  });
});

describe('ordering promises', () => {
  const bench = fc.array(anEngineer, { minLength: 1, maxLength: 25 }).map((es) => es.map((e, i) => ({
    ...e, id: `e-${String((i * 7919) % 1000).padStart(3, '0')}-${i}`, vettingStatus: i % 5 === 0 ? ('screening' as const) : e.vettingStatus,
  })));
  const aRole = fc.record({ maxBillRate: fc.option(fc.integer({ min: 40, max: 90 }), { nil: undefined }), minOverlapHours: fc.option(fc.integer({ min: 0, max: 8 }), { nil: undefined }) })
    .map((o) => role(Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined))));

  it('the order of rows never matters, and the same input gives the same output', () => {
    fc.assert(fc.property(bench, aRole, asOf, fc.integer(), (es, r, d, seed) => {
      const shuffled = [...es].map((e, i) => ({ e, k: (i * 2654435761 + seed) % 1009 })).sort((a, b) => a.k - b.k).map((x) => x.e);
      const a = rankRole({ engineers: es, clients: [client] }, r, { asOf: d });
      expect(rankRole({ engineers: shuffled, clients: [client] }, r, { asOf: d })).toEqual(a);
      expect(rankRole({ engineers: es, clients: [client] }, r, { asOf: d })).toEqual(a);
    }), { numRuns: 60 });
  });

  it('near misses never appear among the matches; ties go to the lower id; ranks are 1..n', () => {
    fc.assert(fc.property(bench, aRole, asOf, (es, r, d) => {
      const res = rankRole({ engineers: [...es, ...es.map((e) => ({ ...e, id: `${e.id}-twin` }))], clients: [client] }, r, { asOf: d });
      const ids = new Set(res.matches.map((m) => m.engineerId));
      for (const n of res.nearMisses) {
        expect(ids.has(n.engineerId)).toBe(false);
        expect(n.failed).toHaveLength(1);
      }
      const byId = new Map([...es, ...es.map((e) => ({ ...e, id: `${e.id}-twin` }))].map((e) => [e.id, e]));
      res.matches.forEach((m, i) => {
        expect(m.rank).toBe(i + 1);
        // The ranking loop's fast path gives exactly the score of the component-by-component formula.
        expect(m.score).toBe(Math.round(scoreOf(byId.get(m.engineerId)!, r, d) * 10) / 10);
        const next = res.matches[i + 1];
        if (next && next.score === m.score && next.engineerId.replace('-twin', '') === m.engineerId.replace('-twin', '')) {
          expect(m.engineerId < next.engineerId).toBe(true);
        }
      });
    }), { numRuns: 60 });
  });
});

describe('related skills', () => {
  it('give partial credit on a nice-to-have and are listed as related', () => {
    const r = role({ niceToHave: [{ skill: 'PyTorch' }], mustHave: [{ skill: 'Python' }] });
    const tf = engineer({ skills: [{ name: 'Python', level: 4 }, { name: 'TensorFlow', level: 4 }] });
    const none = engineer({ skills: [{ name: 'Python', level: 4 }] });
    const real = engineer({ skills: [{ name: 'Python', level: 4 }, { name: 'PyTorch', level: 1 }] });
    expect(scoreOf(tf, r)).toBeGreaterThan(scoreOf(none, r));
    expect(scoreOf(real, r)).toBeGreaterThan(scoreOf(tf, r));
    const m = rankRole({ engineers: [tf], clients: [client] }, r, { asOf: '2027-01-15' }).matches[0]!;
    expect(m.skills.related).toEqual([{ wanted: 'PyTorch', via: 'TensorFlow', level: 4 }]);
    expect(m.skills.missing).toEqual([{ name: 'PyTorch', required: false }]);
  });
});
