// A join writes the team bench a chunk at a time, each chunk its own transaction and turn of the write
// queue (db/team/local/join.ts): the app goes on saving while a big team bench arrives, and an edit made
// meanwhile is a waiting change stamped after the join began, so it is neither lost nor overwritten.
// Real PostgreSQL, real SQLite files, the real service.
import { describe, expect, it } from 'vitest';
import type { KeyedText } from '../../../shared/api/errors';
import { JOIN_PAGE } from '../../../db/team/sync';
import { editSummary, exportOf, importDemo, openLaptop, teamTempDir } from './replicas';
import { useTeamServer } from './server-helpers';

const team = useTeamServer();
const ENGINEERS = 2500;

describe('a join in chunks', { timeout: 300_000 }, () => {
  it('lets an edit through while it runs; the edit stays, and reaches the other laptop', async () => {
    const dir = teamTempDir();
    const a = await openLaptop(dir, 'chunks-a');
    await importDemo(a, dir, ENGINEERS, 61, 'jc-');
    await a.call('teamJoin', { url: await team.addPerson('admin') });

    const b = await openLaptop(dir, 'chunks-b');
    const id = 'jc-eng-00001';
    const settled: string[] = [];
    const labels: KeyedText[] = [];
    let edit: Promise<void> | undefined;
    const joining = b.call('teamJoin', { url: await team.addPerson('account_manager') }, {
      progress: (_fraction, label) => {
        labels.push(label);
        // Once the engineers are written (the server sends clients, then engineers, then the rest), an edit
        // through the service, as the Engineer screen saves one; roles, shortlists and assessments are still to come.
        if (label.key === 'errors:progress.teamWriting' && (label.params as { n: number }).n > ENGINEERS && !edit) edit = editSummary(b, id, 'Edited while the team bench arrived').then(() => void settled.push('edit'));
      },
    }).then(() => void settled.push('join'));
    await joining;
    await edit;

    expect(edit, 'no chunk was written').toBeDefined();
    expect(settled).toEqual(['edit', 'join']);
    // Progress: the records written so far, page by page.
    const writing = labels.filter((l) => l.key === 'errors:progress.teamWriting').map((l) => (l.params as { n: number }).n);
    expect(writing.length).toBeGreaterThanOrEqual(3);
    expect(Math.max(...writing.map((n, i) => n - (writing[i - 1] ?? 0)))).toBeLessThanOrEqual(JOIN_PAGE);
    expect(writing).toEqual([...writing].sort((x, y) => x - y));
    expect(labels.at(-1)).toEqual({ key: 'errors:progress.done' });

    // The edit survived the later chunks and the end of the join, and was sent by the join's own sync.
    expect((await b.call('getEngineer', { id })).summary).toBe('Edited while the team bench arrived');
    expect((await b.call('teamStatus', {})).waiting).toBe(0);
    await a.call('syncNow', {});
    expect((await a.call('getEngineer', { id })).summary).toBe('Edited while the team bench arrived');
    expect(await exportOf(b)).toEqual(await exportOf(a));
  });
});
