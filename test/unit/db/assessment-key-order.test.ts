// A finalized assessment that comes back with its scores' keys in another order (the team server's jsonb
// sorts them; other tools may too) is the same assessment: re-importing it is accepted, not refused as a
// rewrite, and every bench stores and exports the scores in the rubric's order, so exports agree as text.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BenchFile } from '../../../shared/bench/schema';
import { openTemp, tempDir } from './helpers';

const bench = (scores: Record<string, number>): BenchFile => ({
  format: 'benchmatch.bench', version: 1,
  engineers: [{
    id: 'e-1', name: 'Ana Lima', country: 'BR', timeZone: 'America/Sao_Paulo', seniority: 'mid', skills: [{ name: 'Python', level: 4 }],
    assessments: [{ id: 'a-1', date: '2026-10-01', kind: 'technical_interview', assessor: 'Marta', scores }],
  }],
});

describe('finalized assessments and key order', () => {
  it('accepts the same scores in another key order, and exports them in the rubric order', async () => {
    const dir = tempDir();
    const b = await openTemp(dir);
    const file = (name: string, scores: Record<string, number>) => {
      const p = join(dir, name);
      writeFileSync(p, JSON.stringify(bench(scores)));
      return p;
    };
    await b.importFile(file('a.bench.json', { systemDesign: 4, communication: 5, productionExperience: 3 }));
    await b.importFile(file('b.bench.json', { communication: 5, productionExperience: 3, systemDesign: 4 }));
    await expect(b.importFile(file('c.bench.json', { communication: 4, productionExperience: 3, systemDesign: 4 }))).rejects.toMatchObject({ code: 'refused' });
    const out = join(dir, 'out.bench.json');
    await b.exportFile(out);
    expect(readFileSync(out, 'utf8')).toContain('"scores":{"productionExperience":3,"systemDesign":4,"communication":5}');
    await b.close();
  });
});
