// A shortlist whose every free-text field is hostile: other bench engineers named in pitch notes and
// summaries, e-mails spelled out, phones in five national formats, chat handles, a surname inside the
// primary role and the role title, a custom skill named after a person, a city in the summary. An
// anonymised packet must carry none of it (HOSTILE lists what to search the files for).
import type { BenchFile, Engineer } from '../../../shared/bench/schema';

export const HOSTILE = {
  /** Names of the candidates and of engineers who are on the bench but not on the shortlist. */
  names: ['Valentina', 'Ríos', 'Sebastián', 'Quispe', 'Huamán', 'Bernardette', 'Okonkwo', "O'Neill", 'Declinedperson', 'Zyxwarehouse'],
  emails: ['valentina.rios', 'vrios [at] mail [dot] com', 'vrios(at)mail(dot)com', 'vrios arroba mail punto com', 'seb@quispe.dev'],
  phones: ['(415) 555-0132', '20 7946 0958', '98765-4321', '55 1234 5678', '5555-1234'],
  handles: ['live:vrios', '@vr_ios', 't.me/vrios', 'discord vrios#1234'],
  city: 'Córdoba',
  customSkill: 'Okonkwo Pipelines',
  costRate: '27.75',
};

const eng = (e: Partial<Engineer> & Pick<Engineer, 'id' | 'name'>): Engineer => ({
  country: 'AR', timeZone: 'America/Argentina/Buenos_Aires', seniority: 'senior', skills: [{ name: 'Python', level: 4 }], ...e,
});

export function hostileBench(): BenchFile {
  const notes = {
    a: 'Valentina Ríos rebuilt the ranking stack with Bernardette Okonkwo. Mail vrios [at] mail [dot] com or vrios(at)mail(dot)com or vrios arroba mail punto com; call +1 (415) 555-0132.',
    b: "Seán O'Neill knows Okonkwo Pipelines; UK +44 20 7946 0958, BR +55 (11) 98765-4321, MX +52 55 1234 5678, AR +54 9 11 5555-1234. Skype: live:vrios, telegram @vr_ios, t.me/vrios, discord vrios#1234, seb@quispe.dev, https://quispe.dev/cv",
  };
  return {
    format: 'benchmatch.bench',
    version: 1,
    engineers: [
      eng({
        id: 'h-1', name: 'Valentina Ríos', email: 'valentina.rios@mail.com', city: 'Córdoba', primaryRole: 'Engineer (ask Sebastián Quispe)',
        summary: 'Based in Córdoba; friend of Bernardette Okonkwo.', englishLevel: 'C1', yearsExperience: 8,
        skills: [{ name: 'Python', level: 5 }, { name: 'Okonkwo Pipelines', level: 4 }, { name: 'PyTorch', level: 4 }],
        rate: { costPerHour: 27.75, billPerHour: 64, currency: 'USD' }, tags: ['poachable'],
        availability: { status: 'available', from: '2026-12-01' },
        assessments: [{ id: 'ha-1', date: '2026-10-02', kind: 'technical_interview', assessor: 'Zyxwarehouse Assessor', recommendation: 'yes', redFlags: ['role_mismatch'], scores: { codeQuality: 5, systemDesign: 4 }, notes: 'INTERNAL' }],
      }),
      eng({ id: 'h-2', name: "Seán O'Neill", country: 'IE', timeZone: 'Europe/Dublin', seniority: 'mid', primaryRole: 'Data engineer', skills: [{ name: 'SQL', level: 4 }, { name: 'Okonkwo Pipelines', level: 3 }], rate: { costPerHour: 27.75, billPerHour: 55 } }),
      eng({ id: 'h-3', name: 'Declinedperson Smith', seniority: 'junior' }),
      eng({ id: 'h-4', name: 'Archived Zyxwarehouse', archived: true }),
      // On the bench, not on the shortlist: their names must still be scrubbed from notes.
      eng({ id: 'h-5', name: 'Bernardette Okonkwo' }),
      eng({ id: 'h-6', name: 'Sebastián Quispe Huamán', email: 'seb@quispe.dev' }),
    ],
    clients: [{ id: 'hc-1', name: 'Globex', timeZone: 'America/New_York', notes: 'INTERNAL' }],
    roles: [{ id: 'hr-1', clientId: 'hc-1', title: 'Platform Engineer (replacing Okonkwo)', mustHave: [{ skill: 'Python', minLevel: 4 }], coreHours: { start: '09:00', end: '17:00' } }],
    shortlists: [{
      id: 'hs-1', roleId: 'hr-1', name: 'Globex for Sebastián Quispe',
      entries: [
        { engineerId: 'h-1', status: 'sent', note: notes.a, approvedNote: notes.a },
        { engineerId: 'h-2', status: 'proposed', note: notes.b, approvedNote: notes.b },
        { engineerId: 'h-3', status: 'declined', note: 'Declinedperson was not a fit.', approvedNote: 'Declinedperson was not a fit.' },
        { engineerId: 'h-4', status: 'proposed', note: 'Zyxwarehouse left.' },
      ],
    }],
  };
}
