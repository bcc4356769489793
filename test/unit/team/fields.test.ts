// Records <-> fields: every record of the example and public benches survives the trip (through a
// jsonb-like key reordering), field lists follow the schemas, and the displayed shortlist order and
// the ids of id-less assessments are the same wherever they are computed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { BenchFile, Engineer } from '../../../shared/bench/schema';
import { engineerSchema } from '../../../shared/bench/schema';
import { assessmentRecordId, displayOrder, FIELDS, parseRecord, toFields, type Fields } from '../../../shared/team/fields';
import { EXAMPLE, PUBLIC } from '../db/helpers';

const reorder = (f: Fields): Fields => JSON.parse(JSON.stringify(f, (_k, v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v))) as Fields;
const withoutAssessments = ({ assessments, ...e }: Engineer): Engineer => (assessments ? { ...e, assessments: [] } : e);

describe('fields', () => {
  const benches = [EXAMPLE, PUBLIC].map((p) => JSON.parse(readFileSync(p, 'utf8')) as BenchFile);

  it('turns every engineer, client and role into fields and back unchanged (keys in schema order)', () => {
    for (const b of benches) {
      for (const e of b.engineers ?? []) {
        const back = parseRecord('engineer', e.id, reorder(toFields('engineer', e)));
        expect(back.ok && JSON.stringify(back.record)).toBe(JSON.stringify(engineerSchema.parse(withoutAssessments(e))));
      }
      for (const c of b.clients ?? []) expect(parseRecord('client', c.id, reorder(toFields('client', c)))).toEqual({ ok: true, record: c });
      for (const r of b.roles ?? []) expect(parseRecord('role', r.id, reorder(toFields('role', { ...r, preset: 'budget first' })))).toEqual({ ok: true, record: { ...r, preset: 'budget first' } });
    }
  });

  it('splits the rate so cost can be withheld, and keeps an empty rate and an empty assessment list', () => {
    const e: Engineer = { id: 'e1', name: 'Ana', country: 'BR', timeZone: 'America/Sao_Paulo', seniority: 'mid', skills: [], rate: {}, assessments: [] };
    const f = toFields('engineer', e);
    expect(FIELDS.engineer).toEqual(expect.arrayContaining(['rate.costPerHour', 'rate.billPerHour', 'rate.currency', 'name', 'skills']));
    expect(FIELDS.engineer).not.toContain('id');
    expect(f).toMatchObject({ rate: true, 'rate.costPerHour': null, assessments: true });
    expect(parseRecord('engineer', 'e1', f)).toEqual({ ok: true, record: e });
    const { 'rate.costPerHour': _c, ...noCost } = toFields('engineer', { ...e, rate: { costPerHour: 30, billPerHour: 50 } });
    expect(parseRecord('engineer', 'e1', noCost)).toMatchObject({ ok: true, record: { rate: { billPerHour: 50 } } });
  });

  it('reports, not throws, fields that make no valid record', () => {
    expect(parseRecord('engineer', 'e1', { name: 'Ana' })).toMatchObject({ ok: false, reason: expect.stringContaining('country') });
    expect(parseRecord('role', 'r1', { clientId: 'c1', title: 'x', preset: 'no such preset' })).toMatchObject({ ok: false });
    expect(parseRecord('assessment', 'x', { record: { engineerId: 'e1', position: 0, amends: null, date: 'soon' } })).toMatchObject({ ok: false });
  });

  it('gives an id-less assessment the same sync id wherever its content is the same', () => {
    const a = { date: '2026-01-02', kind: 'english' as const, assessor: 'Ana', englishLevel: 'C1' as const };
    const id = assessmentRecordId('e1', a);
    expect(id).toMatch(/^~e1\/[0-9a-f]{16}$/);
    expect(assessmentRecordId('e1', { englishLevel: 'C1', assessor: 'Ana', kind: 'english', date: '2026-01-02' })).toBe(id);
    expect(assessmentRecordId('e1', { ...a, englishLevel: 'B2' })).not.toBe(id);
    expect(assessmentRecordId('e1', { ...a, id: 'e1-a1' })).toBe('e1-a1');
  });

  it('displays entries by their place in the order, the others last by id, removed ones not at all', () => {
    expect(displayOrder(['c', 'a', 'b'], ['a', 'b', 'c'])).toEqual(['c', 'a', 'b']);
    expect(displayOrder(['b', 'gone'], ['z', 'a', 'b'])).toEqual(['b', 'a', 'z']);
    expect(displayOrder(null, ['b', 'a'])).toEqual(['a', 'b']);
  });
});
