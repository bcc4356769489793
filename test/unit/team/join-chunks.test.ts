// A join writes the team bench a chunk at a time, each chunk its own transaction and turn of the write
// queue (db/team/local/join.ts): the app goes on saving while a big team bench arrives, and an edit made
// meanwhile is a waiting change stamped after the join began, so it is neither lost nor overwritten.
// Real PostgreSQL, real SQLite files, the real service.
import { describe, expect, it } from 'vitest';
import type { KeyedText } from '../../../shared/api/errors';
import { JOIN_CHUNK } from '../../../db/team/local/join';
import { editSummary, exportOf, importDemo, openLaptop, teamTempDir } from './replicas';
import { useTeamServer } from './server-helpers';

const team = useTeamServer();

describe('a join in chunks', { timeout: 300_000 }, () => {
  it('lets an edit through while it runs; the edit stays, and reaches the other laptop', async () => {
    const dir = teamTempDir();
    const a = await openLaptop(dir, 'chunks-a');
    await importDemo(a, dir, 2500, 61, 'jc-');
    await a.call('teamJoin', { url: await team.addPerson('admin') });

    const b = await openLaptop(dir, 'chunks-b');
    const id = 'jc-eng-00001'; // among the first engineers the server sends: written by the first chunk
    const settled: string[] = [];
    const labels: KeyedText[] = [];
    let edit: Promise<void> | undefined;
    const joining = b.call('teamJoin', { url: await team.addPerson('account_manager') }, {
      progress: (_fraction, label) => {
        labels.push(label);
        // Once the first chunk is written, an edit through the service, as the Engineer screen saves one.
        if (label.key === 'errors:progress.teamWriting' && !edit) edit = editSummary(b, id, 'Edited while the team bench arrived').then(() => void settled.push('edit'));
      },
    }).then(() => void settled.push('join'));
    await joining;
    await edit;

    expect(edit, 'no chunk was written').toBeDefined();
    expect(settled).toEqual(['edit', 'join']);
    // Progress: receiving, then writing chunk by chunk, up to every record received.
    const writing = labels.filter((l) => l.key === 'errors:progress.teamWriting').map((l) => l.params as { n: number; total: number });
    expect(writing.length).toBeGreaterThanOrEqual(2);
    expect(writing.at(-1)!.n).toBe(writing.at(-1)!.total);
    expect(writing.at(-1)!.total).toBeGreaterThan(JOIN_CHUNK);
    expect(writing.map((w) => w.n)).toEqual([...writing.map((w) => w.n)].sort((x, y) => x - y));

    // The edit survived the later chunks and the end of the join, and was sent by the join's own sync.
    expect((await b.call('getEngineer', { id })).summary).toBe('Edited while the team bench arrived');
    expect((await b.call('teamStatus', {})).waiting).toBe(0);
    await a.call('syncNow', {});
    expect((await a.call('getEngineer', { id })).summary).toBe('Edited while the team bench arrived');
    expect(await exportOf(b)).toEqual(await exportOf(a));
  });
});
