// The pure parts: suggested status, medians, queue order, rubric texts complete.
import { describe, expect, it } from 'vitest';
import { RED_FLAGS, RUBRIC_KEYS, type Engineer } from '../../../shared/bench/schema';
import { DIMENSIONS, daysBetween, median, orderQueue, RED_FLAG_TEXT, rubricMedians, suggestedVettingStatus } from '../../../shared/vetting';

describe('vetting helpers', () => {
  it('covers every rubric key and red flag with text', () => {
    expect(DIMENSIONS.map((d) => d.key)).toEqual([...RUBRIC_KEYS]);
    expect(Object.keys(RED_FLAG_TEXT).sort()).toEqual([...RED_FLAGS].sort());
  });
  it('suggests vetted for yes, rejected for no', () => {
    expect(['strong_yes', 'yes', 'no', 'strong_no', undefined].map((r) => suggestedVettingStatus(r as never))).toEqual(['vetted', 'vetted', 'rejected', 'rejected', undefined]);
  });
  it('medians use each engineer\'s latest skill assessment of the same seniority', () => {
    const e = (id: string, seniority: Engineer['seniority'], scores: number[]): Engineer => ({
      id, name: id, country: 'BR', timeZone: 'UTC', seniority, skills: [],
      assessments: scores.map((s, i) => ({ id: `${id}-a${i + 1}`, date: `2025-0${i + 1}-01`, kind: 'technical_interview' as const, assessor: 'x', scores: { systemDesign: s } })),
    });
    const m = rubricMedians([e('a', 'mid', [1, 5]), e('b', 'mid', [2]), e('c', 'mid', [4]), e('d', 'senior', [1])], 'mid');
    expect(m.medians.systemDesign).toBe(4);
    expect(m.medians.codeQuality).toBeNull();
    expect(m.engineers).toBe(3);
    expect(median([1, 2, 3, 4])).toBe(2.5);
  });
  it('orders the queue oldest first, ties by id numeric-aware', () => {
    const q = orderQueue([{ since: '2026-01-02', engineerId: 'e-1' }, { since: '2026-01-01', engineerId: 'e-10' }, { since: '2026-01-01', engineerId: 'e-9' }]);
    expect(q.map((x) => x.engineerId)).toEqual(['e-9', 'e-10', 'e-1']);
    expect(daysBetween('2026-01-01', '2026-01-31')).toBe(30);
  });
});
