// Erasure, access and due records on a real bench (SQLite file, the service, the command line): after
// "erase", no table of the database file and no export holds the person's name, e-mail, links, city,
// summary or notes, anywhere (their own records, other engineers' summaries, client notes, role
// descriptions, pitch notes, drafts, amended assessments); counts and scores stay; the change log says
// what was done without the erased values. The person's data export holds everything before that.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PersonData } from '../../../shared/api/privacy';
import type { BenchFile } from '../../../shared/bench/schema';
import { fixtureBench, SECRET } from '../exports/fixture';
import { benchWith, type TestBench } from '../exports/helpers';
import { dumpTables } from '../db/helpers';
import { buildOnce } from '../security/build-once';

const root = path.resolve(__dirname, '../../..');
const VICTIM = 'eng-1'; // Valentina Ríos
const TRACES = ['Valentina Ríos', 'Ríos', 'VALENTINA RIOS', SECRET.emails[0]!, SECRET.links[0]!, 'Córdoba', 'fraud model', 'DRAFT-NOTE-about-her', 'AMENDED-NOTE', 'AMENDED-REASON'];

function bench(): BenchFile {
  const b = fixtureBench();
  b.engineers![0]!.privacy = { basis: 'consent', consentDate: '2025-01-10', source: 'LinkedIn', purpose: 'placement', retainUntil: '2026-11-30' };
  b.engineers![1]!.summary = 'Worked with Valentina Ríos on the fraud team; ask rios about him.';
  b.engineers![3]!.privacy = { basis: 'contract', retainUntil: '2028-01-01' };
  b.clients![0]!.notes = `${SECRET.clientNote}; they loved VALENTINA RIOS last year`;
  b.roles![0]!.description = 'Like the profile of valentina ríos (write to valentina.rios@example.org)';
  return b;
}

let t: TestBench;
let before: PersonData;
const cli = (args: string[]) => new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
  execFile(process.execPath, [path.join(root, 'bin/benchmatch.js'), '--db', path.join(t.dir, 'bench.sqlite'), ...args], { env: { PATH: process.env.PATH ?? '', HOME: t.dir } },
    (err, stdout, stderr) => resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr }));
});

beforeAll(async () => {
  await buildOnce(root);
  t = await benchWith(bench());
  // A draft and an amendment of her finalized assessment, both with notes that must go too.
  await t.bench.call('saveDraft', { engineerId: VICTIM, draft: { date: '2026-11-20', kind: 'english', assessor: 'Marta Ruiz', englishLevel: 'C1', notes: 'DRAFT-NOTE-about-her' } });
  const history = await t.bench.call('listAssessments', { engineerId: VICTIM });
  const finalized = history.find((a) => a.status === 'final')!;
  const amendment = await t.bench.call('startAmendment', { ref: finalized.ref });
  const { id: _id, ...content } = amendment.assessment;
  await t.bench.call('saveDraft', { engineerId: VICTIM, ref: amendment.ref, draft: { ...content, notes: 'AMENDED-NOTE', amendReason: 'AMENDED-REASON' } });
  await t.bench.call('finalizeAssessment', { ref: amendment.ref });
  before = await t.bench.call('personData', { engineerId: VICTIM });
}, 240_000);
afterAll(() => t?.cleanup());

describe('privacy due', () => {
  it('lists the past-retention and no-basis people through the command line', async () => {
    const r = await cli(['privacy', 'due', '--as-of', '2026-12-03', '--json']);
    expect(r.code).toBe(0);
    const due = JSON.parse(r.stdout) as { asOf: string; records: { engineerId: string; reason: string }[] };
    expect(due.records[0]).toMatchObject({ engineerId: VICTIM, reason: 'past_retention', retainUntil: '2026-11-30', daysOverdue: 3 });
    expect(due.records.slice(1).map((d) => [d.engineerId, d.reason]).sort()).toEqual([['eng-2', 'no_basis'], ['eng-3', 'no_basis']]);
    const text = await cli(['privacy', 'due', '--as-of', '2026-12-03']);
    expect(text.stdout).toContain('retention ended 2026-11-30 (3 days ago)');
  });
});

describe('person data (access request)', () => {
  it('holds the profile, every assessment record, shortlists with notes, and the change log', async () => {
    expect(before.engineer.name).toBe('Valentina Ríos');
    expect(before.engineer.privacy?.source).toBe('LinkedIn');
    expect(before.assessmentHistory.map((a) => [a.status, a.notes])).toEqual(expect.arrayContaining([['final', SECRET.assessmentNote], ['final', 'AMENDED-NOTE'], ['draft', 'DRAFT-NOTE-about-her']]));
    expect(before.shortlists[0]).toMatchObject({ shortlistId: 'sl-1', role: '-Senior ML Engineer (Python)', client: 'Acme Analytics', status: 'sent' });
    expect(before.shortlists[0]!.note).toContain('Valentina Ríos');
    const out = path.join(t.dir, 'valentina.json');
    const r = await cli(['person', 'export', VICTIM, '--out', out]);
    expect(r.code).toBe(0);
    const written = JSON.parse(readFileSync(out, 'utf8')) as PersonData;
    expect(written.engineer).toEqual(before.engineer);
    expect(written.history.map((h) => h.action)).toEqual(expect.arrayContaining(['create_draft', 'start_amendment', 'finalize_amendment']));
  });
});

describe('erase', () => {
  it('leaves no trace of the person in any table or export, keeps counts and scores, and logs without values', async () => {
    const countsBefore = await t.bench.call('stats', {});
    const r = await cli(['erase', VICTIM, '--json']);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as { fieldsCleared: string[]; notesCleared: number; draftsDeleted: number; mentionsScrubbed: number };
    expect(report.fieldsCleared).toEqual(expect.arrayContaining(['name', 'email', 'city', 'summary', 'links', 'tags', 'rate', 'availability']));
    expect(report.draftsDeleted).toBe(1);
    expect(report.mentionsScrubbed).toBe(3);

    await t.bench.close();
    const dump = dumpTables(path.join(t.dir, 'bench.sqlite'));
    const tables = JSON.stringify(dump);
    const victimPk = (dump.engineers as { id: string; pk: number }[]).find((e) => e.id === VICTIM)!.pk;
    const hers = (dump.assessments as { engineer_pk: number; notes: string | null; status: string }[]).filter((a) => a.engineer_pk === victimPk);
    expect(hers.length).toBe(2);
    expect(hers.every((a) => a.notes === null && a.status === 'final')).toBe(true);
    for (const trace of TRACES) expect(tables, trace).not.toContain(trace);
    const exported = path.join(t.dir, 'after.bench.json');
    expect((await cli(['export', exported])).code).toBe(0);
    const text = readFileSync(exported, 'utf8');
    for (const trace of TRACES) expect(text, trace).not.toContain(trace);

    const after = JSON.parse(text) as BenchFile;
    const remainder = after.engineers!.find((e) => e.id === VICTIM)!;
    expect(remainder).toMatchObject({ name: 'Erased person', country: 'AR', seniority: 'senior', archived: true, privacy: { erasedAt: expect.any(String) } });
    expect(remainder.assessments?.[0]?.scores?.productionExperience).toBe(5);
    // A lone surname in someone else's text is left: it names other people as often as this one.
    expect(after.engineers![1]!.summary).toBe('Worked with [erased person] on the fraud team; ask rios about him.');
    const stats = JSON.parse((await cli(['stats', '--json'])).stdout) as { engineers: number; assessments: number };
    expect(stats.engineers).toBe(countsBefore.engineers);
    expect(stats.assessments).toBe(countsBefore.assessments);

    const erasedLog = JSON.stringify(dumpTables(path.join(t.dir, 'bench.sqlite')).change_log);
    expect(erasedLog).toContain('"erase"');
    expect((await cli(['erase', VICTIM])).code).toBe(1);
  });
});
