// The public evaluation (../shared/eval) run in-process against the engine: the same checks as
// check.mjs (exact matches, near-miss codes, overlap ±0.01 h, dominance pairs, NDCG@10 ≥ 0.85).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { benchFileSchema } from '../../../shared/bench/schema';
import { prepareBench, rankRole } from '../../../shared/matching';

interface Case {
  roleId: string; asOf: string; eligible: string[]; nearMisses: Record<string, string>;
  overlapHours: Record<string, number>; dominance: [string, string, string][]; relevance: Record<string, number>;
}
const dir = '/work/shared/eval';
const expected = JSON.parse(readFileSync(`${dir}/public.expected.json`, 'utf8')) as { bench: string; cases: Case[] };
const bench = benchFileSchema.parse(JSON.parse(readFileSync(`${dir}/${expected.bench}`, 'utf8')));
const engineers = bench.engineers ?? [];
const clients = bench.clients ?? [];
const prepared = prepareBench(engineers);

function ndcg10(got: string[], relevance: Record<string, number>): number {
  const gain = (id: string) => 2 ** (relevance[id] ?? 0) - 1;
  const dcg = got.slice(0, 10).reduce((s, id, i) => s + gain(id) / Math.log2(i + 2), 0);
  const ideal = Object.keys(relevance).sort((a, b) => gain(b) - gain(a)).slice(0, 10)
    .reduce((s, id, i) => s + gain(id) / Math.log2(i + 2), 0);
  return ideal ? dcg / ideal : 1;
}

describe('public evaluation bench', () => {
  const ndcgs: number[] = [];
  for (const c of expected.cases) {
    it(`${c.roleId} @${c.asOf}`, () => {
      const role = bench.roles!.find((r) => r.id === c.roleId)!;
      const out = rankRole({ engineers, clients }, role, { asOf: c.asOf, prepared });
      const got = out.matches.map((m) => m.engineerId);
      expect([...got].sort()).toEqual([...c.eligible].sort());
      const near = Object.fromEntries(out.nearMisses.map((m) => [m.engineerId, m.failed.join('+')]));
      expect(near).toEqual(c.nearMisses);
      const hours = new Map([...out.matches, ...out.nearMisses].map((m) => [m.engineerId, m.overlapHours]));
      for (const [id, h] of Object.entries(c.overlapHours)) {
        if (hours.has(id)) expect(Math.abs((hours.get(id) ?? NaN) - h), `overlap of ${id}`).toBeLessThanOrEqual(0.011);
      }
      const pos = new Map(got.map((id, i) => [id, i]));
      const wrong = c.dominance.filter(([b, w]) => !(pos.get(b)! < pos.get(w)!)).map(([b, w, k]) => `${k}:${b}>${w}`);
      expect(wrong).toEqual([]);
      ndcgs.push(ndcg10(got, c.relevance));
    });
  }
  it('mean NDCG@10 is at least 0.85', () => {
    const mean = ndcgs.reduce((a, b) => a + b, 0) / ndcgs.length;
    console.info(`NDCG@10 per role: ${ndcgs.map((n) => n.toFixed(3)).join(' ')}; mean ${mean.toFixed(3)}`);
    expect(ndcgs).toHaveLength(expected.cases.length);
    expect(mean).toBeGreaterThanOrEqual(0.85);
  });
});
