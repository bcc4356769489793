// The `npm run bench` runner keeps going when a suite throws: the failure is recorded, and the figures
// of the suites before and after it are all kept.
import { describe, expect, it } from 'vitest';
import { runSuites, type Figure } from '../../../bench/runner';

describe('bench runner', () => {
  it('collects figures and survives a throwing suite', async () => {
    const seen: string[] = [];
    const { figures, failures } = await runSuites([
      { name: 'a', load: async () => ({ run: (report) => report('a: one', 1, 'ms', 'note') }) },
      { name: 'broken', load: async () => ({ run: async () => { throw new Error('boom'); } }) },
      { name: 'unloadable', load: () => Promise.reject(new Error('cannot load')) },
      { name: 'c', load: async () => ({ run: (report) => { report('c: two', 2, 'x'); } }) },
    ], {
      start: (s) => seen.push(`start ${s}`),
      figure: (f: Figure) => seen.push(`figure ${f.name}`),
      failed: (s) => seen.push(`failed ${s}`),
      done: (s) => seen.push(`done ${s}`),
    });
    expect(figures).toEqual([
      { suite: 'a', name: 'a: one', value: 1, unit: 'ms', note: 'note' },
      { suite: 'c', name: 'c: two', value: 2, unit: 'x' },
    ]);
    expect(failures.map((f) => f.suite)).toEqual(['broken', 'unloadable']);
    expect(failures[0]?.error).toContain('boom');
    expect(seen).toContain('failed broken');
    expect(seen[seen.length - 1]).toBe('done c');
  });
});
