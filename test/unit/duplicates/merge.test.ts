// Merge and unmerge on a real bench (SQLite file, the service): a merge joins skills (a verified level
// wins), moves assessments, shortlist entries and history to the kept record, deletes the other, and is
// logged without the records' data; unmerge ∘ merge is the identity on the bench export and on every
// table but the log (property test over random pairs and per-field choices); "not a duplicate" keeps a
// pair off the list; refused input changes nothing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawOf } from '../../../db/connection';
import { keepDocument, listDocuments } from '../../../db/repos/engineer-documents';
import { generateDemoBench } from '../../../db/seed';
import { acknowledge, flushOutbox, pendingChanges, startCapture } from '../../../db/team/local';
import type { BenchFile } from '../../../shared/bench/schema';
import { MERGE_FIELDS } from '../../../shared/duplicates/merge';
import { dumpTables } from '../db/helpers';
import { benchWith, type TestBench } from '../exports/helpers';

let t: TestBench;
const file = generateDemoBench({ engineers: 40, seed: 5 });
const ids = file.engineers!.map((e) => e.id);

async function exported(): Promise<unknown> {
  const out = join(t.dir, 'out.bench.json');
  await t.bench.exportFile(out);
  const { exportedAt: _at, ...rest } = JSON.parse(readFileSync(out, 'utf8')) as BenchFile & { exportedAt?: string };
  return rest;
}

/** Every table but the history ones: a merge and its undo add log rows and a merge record, on purpose. */
function tables(): Record<string, unknown[]> {
  const { change_log: _l, merges: _m, ...rest } = dumpTables(t.bench.path);
  return rest;
}

beforeAll(async () => {
  t = await benchWith(file);
}, 120_000);
afterAll(() => t.cleanup());

describe('merge', () => {
  it('unmerge after merge gives back the same bench, whatever the pair and the choices', async () => {
    const before = await exported();
    const rows = tables();
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: ids.length - 1 }),
        fc.integer({ min: 0, max: ids.length - 1 }),
        fc.record(Object.fromEntries(MERGE_FIELDS.map((f) => [f, fc.constantFrom('keep' as const, 'other' as const)])), { requiredKeys: [] }),
        async (i, j, choices) => {
          fc.pre(i !== j);
          const r = await t.bench.call('mergeEngineers', { keep: ids[i]!, other: ids[j]!, choices });
          await t.bench.call('unmerge', { mergeId: r.mergeId });
          expect(await exported()).toEqual(before);
          expect(tables()).toEqual(rows);
        },
      ),
      { numRuns: 20 },
    );
  }, 240_000);

  it('moves assessments, shortlist entries and history to the kept record, joins skills, logs ids only', async () => {
    const snap = t.bench.snapshot();
    const listed = snap.shortlists!.flatMap((s) => s.entries ?? []).map((e) => e.engineerId);
    const other = snap.engineers!.find((e) => (e.assessments?.length ?? 0) > 0 && listed.includes(e.id))!;
    const keep = snap.engineers!.find((e) => e.id !== other.id && !listed.includes(e.id))!;
    const r = await t.bench.call('mergeEngineers', { keep: keep.id, other: other.id, choices: { name: 'other' } });
    expect(r.counts.assessments).toBe(other.assessments!.length);
    expect(r.counts.shortlistEntries).toBe(listed.filter((id) => id === other.id).length);
    const after = t.bench.snapshot();
    expect(after.engineers!.some((e) => e.id === other.id)).toBe(false);
    const kept = after.engineers!.find((e) => e.id === keep.id)!;
    expect(kept.name).toBe(other.name);
    expect(kept.assessments!.length).toBe((keep.assessments?.length ?? 0) + other.assessments!.length);
    const skillNames = new Set(kept.skills.map((s) => s.name));
    for (const s of [...keep.skills, ...other.skills]) expect(skillNames.has(s.name)).toBe(true);
    expect(after.shortlists!.flatMap((s) => s.entries ?? []).some((e) => e.engineerId === other.id)).toBe(false);
    const log = dumpTables(t.bench.path).change_log as { action: string; detail: string }[];
    const entry = log.findLast((l) => l.action === 'merge')!;
    expect(JSON.parse(entry.detail)).toMatchObject({ mergeId: r.mergeId, merged: other.id });
    expect(entry.detail).not.toContain(other.name);
    await t.bench.call('unmerge', { mergeId: r.mergeId });
    await expect(t.bench.call('unmerge', { mergeId: r.mergeId })).rejects.toMatchObject({ code: 'conflict' });
  });

  it('asks before an unmerge loses changes made to the kept record after the merge', async () => {
    const r = await t.bench.call('mergeEngineers', { keep: ids[6]!, other: ids[7]! });
    const { id, assessments: _a, ...profile } = await t.bench.call('getEngineer', { id: ids[6]! });
    await t.bench.call('updateEngineer', { id, profile: { ...profile, summary: 'Edited after the merge' } });
    const rows = tables();
    const refused = await t.bench.call('unmerge', { mergeId: r.mergeId }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ code: 'conflict', problems: [expect.objectContaining({ where: '/discardLaterEdits' })] });
    expect((refused as Error).message).toContain(ids[6]!);
    expect(tables()).toEqual(rows);
    await t.bench.call('unmerge', { mergeId: r.mergeId, discardLaterEdits: true });
    expect(t.bench.snapshot().engineers!.map((e) => e.id)).toEqual(expect.arrayContaining([ids[6]!, ids[7]!]));
    expect((await t.bench.call('getEngineer', { id: ids[6]! })).summary).not.toBe('Edited after the merge');
  });

  it('moves the other record\'s kept files (CVs) to the kept record, and unmerge gives them back', async () => {
    const raw = rawOf(t.bench.db);
    raw.transaction(() => keepDocument(raw, ids[5]!, { name: 'cv.pdf', kind: 'pdf', bytes: new TextEncoder().encode('%PDF-1.4 test') }, 'test'))();
    const rows = tables();
    const r = await t.bench.call('mergeEngineers', { keep: ids[4]!, other: ids[5]! });
    expect(r.counts.documents).toBe(1);
    expect(listDocuments(raw, ids[4]!).map((d) => d.name)).toEqual(['cv.pdf']);
    await t.bench.call('unmerge', { mergeId: r.mergeId });
    expect(listDocuments(raw, ids[5]!).map((d) => d.name)).toEqual(['cv.pdf']);
    expect(listDocuments(raw, ids[4]!)).toEqual([]);
    expect(tables()).toEqual(rows);
  });

  it('refuses a merge of a record into itself or into a missing one, changing nothing', async () => {
    const rows = tables();
    await expect(t.bench.call('mergeEngineers', { keep: ids[0]!, other: ids[0]! })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(t.bench.call('mergeEngineers', { keep: ids[0]!, other: 'eng-nobody' })).rejects.toMatchObject({ code: 'not_found' });
    await expect(t.bench.call('unmerge', { mergeId: 'merge-nothing' })).rejects.toMatchObject({ code: 'not_found' });
    expect(tables()).toEqual(rows);
  });

  it('a verified level wins when both records list a skill', async () => {
    const snap = t.bench.snapshot();
    const verified = snap.engineers!.find((e) => e.assessments?.some((a) => a.verifiedSkills?.length))!;
    const vs = verified.assessments!.flatMap((a) => a.verifiedSkills ?? []).at(-1)!;
    const other = snap.engineers!.find((e) => e.id !== verified.id && !e.assessments?.length)!;
    const p = await t.bench.call('mergePreview', { keep: other.id, other: verified.id });
    expect(p.defaults.name).toMatch(/keep|other/);
    const r = await t.bench.call('mergeEngineers', { keep: other.id, other: verified.id });
    const kept = t.bench.snapshot().engineers!.find((e) => e.id === other.id)!;
    const skill = kept.skills.find((s) => s.name === vs.name);
    expect(skill?.level).toBe(verified.assessments!.filter((a) => a.verifiedSkills?.some((s) => s.name === vs.name)).sort((a, b) => a.date.localeCompare(b.date)).at(-1)!.verifiedSkills!.find((s) => s.name === vs.name)!.level);
    await t.bench.call('unmerge', { mergeId: r.mergeId });
  });
});

describe('on a team bench', () => {
  it('refuses a role without the merge grant, changing nothing', async () => {
    const t2 = await benchWith(file);
    try {
      const r = await t2.bench.call('mergeEngineers', { keep: ids[0]!, other: ids[1]! });
      startCapture(rawOf(t2.bench.db), { login: 'vera', server: 'postgres://vera:pw@localhost/team', role: 'vetting_lead', node: 'n1' });
      const before = dumpTables(t2.bench.path);
      await expect(t2.bench.call('mergeEngineers', { keep: ids[2]!, other: ids[3]! })).rejects.toMatchObject({ code: 'refused', message: 'Your role on the team bench (Vetting lead) may not merge or unmerge duplicate records.' });
      await expect(t2.bench.call('unmerge', { mergeId: r.mergeId })).rejects.toMatchObject({ code: 'refused' });
      expect(dumpTables(t2.bench.path)).toEqual(before);
    } finally {
      await t2.cleanup();
    }
  }, 60_000);

  it('records a merge as one merge change after the kept record\'s own, and its undo before the restored values', async () => {
    const t2 = await benchWith(file);
    try {
      const raw = rawOf(t2.bench.db);
      startCapture(raw, { login: 'ana', server: 'postgres://ana:pw@localhost/team', role: 'account_manager', node: 'n1' });
      flushOutbox(raw);
      acknowledge(raw, pendingChanges(raw, 1e6).map((c) => c.changeId)); // as if the bench had been sent
      const other = file.engineers!.find((e) => e.id !== ids[0] && e.assessments?.length)!;
      const r = await t2.bench.call('mergeEngineers', { keep: ids[0]!, other: other.id, choices: { city: 'other' } });
      const sent = pendingChanges(raw, 1e6);
      expect(sent.at(-1)).toMatchObject({ entity: 'merge', recordId: r.mergeId, field: 'record', value: { keptId: ids[0], mergedId: other.id } });
      expect(Object.keys((sent.at(-1)!.value as { positions: object }).positions)).toHaveLength(other.assessments!.filter((a) => a.id).length);
      // The moved finalized assessments are not sent as changes (append-only on the server): the merge carries them.
      expect(sent.filter((c) => c.entity === 'assessment')).toEqual([]);
      expect(sent.filter((c) => c.entity === 'engineer').map((c) => c.recordId)).not.toContain(other.id);
      acknowledge(raw, sent.map((c) => c.changeId));

      await t2.bench.call('unmerge', { mergeId: r.mergeId });
      const undo = pendingChanges(raw, 1e6);
      expect(undo[0]).toMatchObject({ entity: 'merge', recordId: r.mergeId, field: 'undone', value: true });
      expect(undo.filter((c) => c.entity === 'assessment')).toEqual([]);
      expect(undo.some((c) => c.entity === 'engineer' && c.recordId === ids[0] && c.field === 'city')).toBe(true);
    } finally {
      await t2.cleanup();
    }
  }, 60_000);
});

describe('not a duplicate', () => {
  it('keeps a marked pair off the list until the mark is taken back', async () => {
    const twin = structuredClone(file.engineers![0]!);
    twin.id = 'eng-twin';
    delete twin.assessments;
    const t2 = await benchWith({ ...file, engineers: [...file.engineers!, twin] });
    try {
      const pairOf = async () => (await t2.bench.call('findDuplicates', {})).pairs.find((p) => p.a === file.engineers![0]!.id && p.b === 'eng-twin');
      expect(await pairOf()).toBeDefined();
      await t2.bench.call('setNotDuplicate', { a: 'eng-twin', b: file.engineers![0]!.id, notDuplicate: true });
      expect(await pairOf()).toBeUndefined();
      await t2.bench.call('setNotDuplicate', { a: 'eng-twin', b: file.engineers![0]!.id, notDuplicate: false });
      expect(await pairOf()).toBeDefined();
    } finally {
      await t2.cleanup();
    }
  }, 60_000);
});
