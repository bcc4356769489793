// The pure privacy rules: which records are due, what an erasure leaves, and how other text that names
// the person is scrubbed (full-name runs, accents and particles; a lone first name is left).
import { describe, expect, it } from 'vitest';
import type { Engineer } from '../../../shared/bench/schema';
import { privacyDue } from '../../../shared/privacy/due';
import { ERASED_MENTION, ERASED_NAME, erasedEngineer, scrubMentions } from '../../../shared/privacy/erase';

const base = (id: string, name: string, privacy?: Engineer['privacy']): Engineer => ({
  id, name, country: 'BR', timeZone: 'America/Sao_Paulo', seniority: 'mid', skills: [], ...(privacy ? { privacy } : {}),
});

describe('privacyDue', () => {
  it('lists no-basis and past-retention records, longest overdue first, never erased ones', () => {
    const due = privacyDue([
      base('e-1', 'Ana Lima'),
      base('e-2', 'Bruno Costa', { basis: 'consent', consentDate: '2024-01-01', retainUntil: '2026-11-01' }),
      base('e-3', 'Carla Dias', { basis: 'consent', retainUntil: '2026-06-01' }),
      base('e-4', 'Davi Rocha', { basis: 'contract', retainUntil: '2027-01-01' }),
      base('e-5', 'Erased person', { basis: 'legal_obligation', erasedAt: '2026-01-01' }),
      base('e-6', 'Fabio Melo', { basis: 'legitimate_interest' }),
    ], '2026-12-03');
    expect(due.map((d) => [d.engineerId, d.reason, d.daysOverdue])).toEqual([
      ['e-3', 'past_retention', 185],
      ['e-2', 'past_retention', 32],
      ['e-1', 'no_basis', undefined],
    ]);
  });
});

describe('erasure', () => {
  it('keeps the anonymous remainder and drops every identifying field', () => {
    const e: Engineer = {
      ...base('e-1', 'Valentina Ríos'), email: 'v@example.org', city: 'Córdoba', summary: 'x', primaryRole: 'ML', links: ['https://x.example'],
      tags: ['t'], workingHours: { start: '09:00', end: '18:00' }, rate: { costPerHour: 30, billPerHour: 60 }, availability: { status: 'available' },
      englishLevel: 'B2', yearsExperience: 9, vettingStatus: 'vetted', skills: [{ name: 'Python', level: 4 }],
      assessments: [{ date: '2026-01-01', kind: 'technical_interview', assessor: 'M', notes: 'secret', recommendation: 'yes' }],
      privacy: { basis: 'consent', source: 'LinkedIn', purpose: 'placement', retainUntil: '2027-01-01' },
    };
    const r = erasedEngineer(e, '2026-12-03');
    expect(r).toEqual({
      id: 'e-1', name: ERASED_NAME, country: 'BR', timeZone: 'America/Sao_Paulo', seniority: 'mid', skills: [{ name: 'Python', level: 4 }], archived: true,
      englishLevel: 'B2', yearsExperience: 9, vettingStatus: 'vetted',
      assessments: [{ date: '2026-01-01', kind: 'technical_interview', assessor: 'M', recommendation: 'yes' }],
      privacy: { basis: 'consent', erasedAt: '2026-12-03' },
    });
  });

  it.each([
    ['Talked to Valentina Ríos today', 'Talked to [erased person] today'],
    ['VALENTINA RIOS and valentina rios', '[erased person] and [erased person]'],
    ['ask ríos pérez', 'ask [erased person]'],
    ['pairs with Valentina.', 'pairs with Valentina.'],
    ['Valentina and Ríos are different people? Valentina, Ríos', 'Valentina and Ríos are different people? [erased person]'],
    ['write to v.rios@mail.example or see https://github.com/vrios', 'write to [erased person] or see [erased person]'],
  ])('scrubs %j', (text, expected) => {
    expect(scrubMentions(text, { name: 'Valentina Ríos Pérez', email: 'v.rios@mail.example', links: ['https://github.com/vrios'] })).toBe(expected);
  });

  it('keeps particles inside a name in the scrubbed span', () => {
    expect(scrubMentions('met Juan de la Cruz at Acme', { name: 'Juan de la Cruz' })).toBe(`met ${ERASED_MENTION} at Acme`);
    expect(scrubMentions('Juan went to de la Cruz street', { name: 'Juan de la Cruz' })).toBe('Juan went to de la Cruz street');
  });
});
