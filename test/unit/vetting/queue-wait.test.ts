// The vetting queue's wait (issue 18): counted from the day an engineer entered sourcing, which the demo
// bench now gives every sourced / screening engineer (it used to be the import day: 0 days for all).
// A real demo bench imported into real SQLite; nothing mocked.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateDemoBench } from '../../../db/seed';
import { todayLocal } from '../../../shared/bench/dates';
import { daysBetween } from '../../../shared/vetting/queue';
import { openTemp, readJson, tempDir } from '../db/helpers';
import { BENCH, DRAFT, openFixture } from './fixture';

describe('days waiting in the vetting queue', () => {
  it('the demo gives each engineer being vetted a deterministic sourced date before their first assessment', () => {
    const a = generateDemoBench({ engineers: 300, seed: 42 }).engineers ?? [];
    const b = generateDemoBench({ engineers: 300, seed: 42 }).engineers ?? [];
    expect(a.map((e) => e.sourcedDate)).toEqual(b.map((e) => e.sourcedDate));
    const waiting = a.filter((e) => e.vettingStatus === 'sourced' || e.vettingStatus === 'screening');
    expect(waiting.length).toBeGreaterThan(20);
    for (const e of waiting) {
      expect(e.sourcedDate, e.id).toBeDefined();
      expect(e.sourcedDate! < todayLocal(), e.id).toBe(true);
      for (const x of e.assessments ?? []) expect(e.sourcedDate! < x.date, `${e.id} ${x.date}`).toBe(true);
    }
    expect(a.filter((e) => e.vettingStatus === 'vetted' || e.vettingStatus === 'rejected').every((e) => e.sourcedDate === undefined)).toBe(true);
  });

  it('counts from the sourced date after an import, keeps it on export, and from the day added when a file has none', async () => {
    const demo = generateDemoBench({ engineers: 300, seed: 42 });
    const engineers = demo.engineers ?? [];
    const undated = engineers.find((e) => e.vettingStatus === 'sourced' && !e.archived)!;
    delete undated.sourcedDate;
    const dir = tempDir();
    const file = join(dir, 'demo.bench.json');
    writeFileSync(file, JSON.stringify(demo));
    const bench = await openTemp(dir);
    await bench.importFile(file);

    const queue = await bench.call('vettingQueue', {});
    const today = todayLocal();
    const byId = new Map(engineers.map((e) => [e.id, e]));
    for (const q of queue) {
      const expected = byId.get(q.engineerId)!.sourcedDate ?? today;
      expect(q.since, q.engineerId).toBe(expected);
      expect(q.daysWaiting, q.engineerId).toBe(daysBetween(expected, today));
    }
    expect(queue.find((q) => q.engineerId === undated.id)?.daysWaiting).toBe(0);
    // A realistic spread, the longest-waiting first.
    expect(new Set(queue.map((q) => q.daysWaiting)).size).toBeGreaterThan(20);
    expect(queue[0]!.daysWaiting).toBeGreaterThan(60);

    const out = join(dir, 'out.bench.json');
    await bench.call('exportFile', { path: out });
    const exported = (readJson(out).engineers as { id: string; sourcedDate?: string }[]);
    expect(exported.map((e) => e.sourcedDate)).toEqual(engineers.map((e) => e.sourcedDate));
    await bench.close();
  });
});

describe('queue filters data', () => {
  it("lists each waiting engineer's canonical skills and everyone who assessed them, drafts included", async () => {
    const { bench } = await openFixture({
      ...BENCH,
      engineers: [
        ...BENCH.engineers!.filter((e) => e.id !== 'e-3'),
        { ...BENCH.engineers!.find((e) => e.id === 'e-3')!, skills: [{ name: 'k8s', level: 4 }, { name: 'pytorch', level: 3 }, { name: 'Kubernetes', level: 2 }],
          assessments: [{ id: 'e-3-a1', date: '2025-02-01', kind: 'english', assessor: 'Marta Gil', englishLevel: 'B2' }] },
      ],
    });
    await bench.call('saveDraft', { engineerId: 'e-3', draft: { ...DRAFT, assessor: 'Ana Souza' } });
    const entry = (await bench.call('vettingQueue', {})).find((r) => r.engineerId === 'e-3')!;
    expect(entry.skills).toEqual(['Kubernetes', 'PyTorch']);
    expect(entry.assessors).toEqual(['Ana Souza', 'Marta Gil']);
    expect((await bench.call('vettingQueue', {})).find((r) => r.engineerId === 'e-4')).toMatchObject({ skills: ['Python'], assessors: [] });
  });
});
