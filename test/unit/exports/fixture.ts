// A small hand-written bench for the export tests: accents, a hostile name and notes that try formula
// injection, private fields (e-mail, cost rate, links, tags, assessment and client notes) that must
// never reach an anonymised file, and a note that names its own candidate.
import type { BenchFile, Engineer, ShortlistEntry } from '../../../shared/bench/schema';

const approved = (entries: ShortlistEntry[]): ShortlistEntry[] => entries.map((x) => (x.note ? { ...x, approvedNote: x.note } : x));

export const SECRET = {
  surnames: ['Ríos', 'Pereira', 'Hostilsurname', 'Quintanilla'],
  emails: ['valentina.rios@example.org', 'joao.pereira@example.org', 'hostile@example.org', 'lucia.q@example.org'],
  costRates: [31.75, 28.25, 19.5, 44.125],
  links: ['https://github.com/vrios-private', 'https://linkedin.example/in/jpereira'],
  assessmentNote: 'INTERNAL-ASSESSMENT-NOTE: salary expectations 9000',
  clientNote: 'INTERNAL-CLIENT-NOTE: pays late',
  tag: 'flight-risk-tag',
};

const engineers: Engineer[] = [
  {
    id: 'eng-1', name: 'Valentina Ríos', email: SECRET.emails[0], country: 'AR', city: 'Córdoba', timeZone: 'America/Argentina/Buenos_Aires',
    workingHours: { start: '09:00', end: '18:00' }, englishLevel: 'B2', seniority: 'senior', yearsExperience: 9, primaryRole: 'ML engineer',
    summary: 'Builds retrieval and ranking systems; led a fraud model at a fintech.',
    skills: [{ name: 'Python', level: 4, years: 8 }, { name: 'PyTorch', level: 4, years: 4 }, { name: 'SQL', level: 4, years: 8 }, { name: 'Kubernetes', level: 3, years: 2 }],
    rate: { costPerHour: SECRET.costRates[0], billPerHour: 62.5, currency: 'USD' },
    availability: { status: 'available', from: '2026-12-01', hoursPerWeek: 40 },
    vettingStatus: 'vetted', tags: [SECRET.tag], links: [SECRET.links[0]!],
    assessments: [{
      id: 'a-1', date: '2026-10-02', kind: 'technical_interview', assessor: 'Marta Ruiz',
      scores: { productionExperience: 5, failureHandling: 4, systemDesign: 4, tradeOffs: 3, communication: 4, codeQuality: 3, apiIntegration: 4, collaboration: 3 },
      verifiedSkills: [{ name: 'Python', level: 5 }], englishLevel: 'C1', redFlags: ['over_engineering'], recommendation: 'strong_yes', recommendedSeniority: 'senior',
      notes: SECRET.assessmentNote,
    }],
  },
  {
    id: 'eng-2', name: 'João Pereira', email: SECRET.emails[1], country: 'BR', timeZone: 'America/Sao_Paulo', englishLevel: 'C1', seniority: 'mid',
    skills: [{ name: 'python', level: 4 }, { name: 'FastAPI', level: 4 }, { name: 'AWS', level: 3 }],
    rate: { costPerHour: SECRET.costRates[1], billPerHour: 48, currency: 'USD' }, links: [SECRET.links[1]!],
    assessments: [{ id: 'a-2', date: '2026-09-15', kind: 'coding_exercise', assessor: 'Marta Ruiz', recommendation: 'yes', scores: { codeQuality: 4, apiIntegration: 5 }, notes: SECRET.assessmentNote }],
  },
  {
    id: 'eng-3', name: '=HYPERLINK("http://evil.example","click") Hostilsurname', email: SECRET.emails[2], country: 'MX', timeZone: 'America/Mexico_City', seniority: 'junior',
    summary: '+SUM(1,2) summary', skills: [{ name: '@evil skill', level: 2 }], rate: { costPerHour: SECRET.costRates[2], billPerHour: 30 },
  },
  {
    id: 'eng-4', name: 'Lucía Quintanilla', email: SECRET.emails[3], country: 'CO', timeZone: 'America/Bogota', seniority: 'lead', englishLevel: 'C2',
    skills: [{ name: 'Go', level: 5 }, { name: 'Python', level: 3 }], rate: { costPerHour: SECRET.costRates[3], billPerHour: 80.25, currency: 'USD' },
  },
];

export function fixtureBench(): BenchFile {
  return {
    format: 'benchmatch.bench',
    version: 1,
    engineers: structuredClone(engineers),
    clients: [{ id: 'cli-1', name: 'Acme Analytics', timeZone: 'America/New_York', industry: 'Fintech', notes: SECRET.clientNote }],
    roles: [
      {
        id: 'role-1', clientId: 'cli-1', title: '-Senior ML Engineer (Python)', seniority: ['mid', 'senior', 'lead'],
        mustHave: [{ skill: 'Python', minLevel: 4 }], niceToHave: [{ skill: 'PyTorch', weight: 2 }, { skill: 'AWS' }],
        coreHours: { start: '09:00', end: '17:00' }, minOverlapHours: 4, minEnglish: 'B2', maxBillRate: 90, startDate: '2027-01-11', headcount: 2,
      },
    ],
    shortlists: [{
      id: 'sl-1', roleId: 'role-1', name: 'Acme ML — first round',
      // Every pitch note approved for the client (approvedNote = note), so the packets carry them.
      entries: approved([
        { engineerId: 'eng-1', status: 'sent', note: 'Valentina Ríos shipped a fraud model end to end; reach her at valentina.rios@example.org or +54 11 5555-1234, https://github.com/vrios-private. Pairs well with João.' },
        { engineerId: 'eng-2', status: 'proposed', note: '=SUM(A1:A9) strong FastAPI work' },
        { engineerId: 'eng-3', status: 'client_interview', note: '\tTAB note\r and =1+1' },
        { engineerId: 'eng-4', note: 'Lucía Quintanilla could lead the team. '.repeat(3) },
      ]),
    }],
  };
}
