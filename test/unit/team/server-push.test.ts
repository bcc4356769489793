// push, pull, snapshot and listen on a real embedded PostgreSQL: duplicates are harmless, the later
// HLC wins (ties by node), superseded changes never win, seq commits in order.
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { connectTeam, parseSnapshotRecord, type SnapshotRecord, type TeamChange } from '../../../db/team/server/client';
import type { TeamError } from '../../../shared/team/team-error';
import { useTeamServer } from './server-helpers';

const server = useTeamServer();
const NOW = Date.now();
let n = 0;
/** A stamp `ms` after NOW on `node` (fixed-width, as shared/team/hlc.ts writes them). */
const hlc = (ms: number, node = 'n1', counter = 0) => `${String(NOW + ms).padStart(13, '0')}-${String(counter).padStart(5, '0')}-${node}`;
const change = (recordId: string, field: string, value: unknown, stamp: string, entity = 'client'): TeamChange =>
  ({ changeId: `${stamp}:${++n}`, entity, recordId, field, value, hlc: stamp });

describe('push and pull', () => {
  it('accepts changes, pulls them in seq order, and treats a resent change id as a harmless duplicate', async () => {
    const admin = await server.connect(server.adminUrl);
    const start = (await admin.pullAfter(0, 100000)).maxSeq;
    const a = change('c-dup', 'name', 'Acme', hlc(1));
    const b = change('c-dup', 'industry', 'Retail', hlc(2));
    const first = await admin.push([a, b]);
    expect(first.map((r) => r.status)).toEqual(['accepted', 'accepted']);
    expect(first[1]!.seq).toBeGreaterThan(first[0]!.seq!);
    const again = await admin.push([a, b]);
    expect(again).toEqual([{ changeId: a.changeId, status: 'duplicate' }, { changeId: b.changeId, status: 'duplicate' }]);

    const page = await admin.pullAfter(start);
    const mine = page.changes.filter((c) => c.recordId === 'c-dup');
    expect(mine.map((c) => [c.field, c.value])).toEqual([['name', 'Acme'], ['industry', 'Retail']]);
    expect(mine[0]!.author).toBe('admin');
    const seqs = page.changes.map((c) => c.seq);
    expect(seqs).toEqual([...seqs].sort((x, y) => x - y));
    expect(page.maxSeq).toBe(seqs.at(-1));
    const log = await admin.log({ recordId: 'c-dup' });
    expect(log).toHaveLength(2);
  });

  it('pages: a full page says "more" and the next pull continues after its mark', async () => {
    const admin = await server.connect(server.adminUrl);
    const start = (await admin.pullAfter(0, 100000)).maxSeq;
    await admin.push([1, 2, 3, 4, 5].map((i) => change(`c-page-${i}`, 'name', `Client ${i}`, hlc(10 + i))));
    const p1 = await admin.pullAfter(start, 2);
    const p2 = await admin.pullAfter(p1.maxSeq, 2);
    const p3 = await admin.pullAfter(p2.maxSeq, 2);
    expect([p1.more, p2.more, p3.more]).toEqual([true, true, false]);
    expect([...p1.changes, ...p2.changes, ...p3.changes].map((c) => c.value)).toEqual(['Client 1', 'Client 2', 'Client 3', 'Client 4', 'Client 5']);
    const empty = await admin.pullAfter(p3.maxSeq);
    expect(empty).toEqual({ changes: [], maxSeq: p3.maxSeq, more: false });
  });

  it('keeps the later HLC whatever order changes arrive in; a late earlier edit is superseded and pulled as a loser', async () => {
    const am1 = await server.connect(await server.addPerson('account_manager'));
    const am2 = await server.connect(await server.addPerson('account_manager'));
    const admin = await server.connect(server.adminUrl);
    const start = (await admin.pullAfter(0, 100000)).maxSeq;
    await am1.push([change('c-lww', 'name', 'Created', hlc(20, 'a'))]);
    const later = change('c-lww', 'name', 'Later edit', hlc(40, 'b'));
    const earlier = change('c-lww', 'name', 'Earlier edit', hlc(30, 'a'));
    expect((await am2.push([later]))[0]!.status).toBe('accepted');
    const [sup] = await am1.push([earlier]);
    expect(sup!.status).toBe('superseded');
    expect(sup!.current).toMatchObject({ value: 'Later edit', hlc: later.hlc });

    const pulled = (await admin.pullAfter(start)).changes.filter((c) => c.recordId === 'c-lww');
    expect(pulled.map((c) => [c.value, c.won])).toEqual([['Created', true], ['Later edit', true], ['Earlier edit', false]]);
    const log = await admin.log({ entity: 'client', recordId: 'c-lww' });
    expect(log.map((e) => [e.value, e.won])).toEqual([['Created', true], ['Later edit', true], ['Earlier edit', false]]);
    const snap = await snapshotOf(admin, 'c-lww');
    expect(snap).toEqual({ name: 'Later edit' });
  });

  it('breaks a tie of the same instant by node, the same way in either arrival order', async () => {
    const admin = await server.connect(server.adminUrl);
    const x = change('c-tie-1', 'name', 'from node a', hlc(50, 'alice'));
    const y = change('c-tie-1', 'name', 'from node b', hlc(50, 'bob'));
    const x2 = { ...change('c-tie-2', 'name', 'from node a', hlc(50, 'alice')) };
    const y2 = { ...change('c-tie-2', 'name', 'from node b', hlc(50, 'bob')) };
    expect((await admin.push([x, y])).map((r) => r.status)).toEqual(['accepted', 'accepted']);
    expect((await admin.push([y2, x2])).map((r) => r.status)).toEqual(['accepted', 'superseded']);
    expect(await snapshotOf(admin, 'c-tie-1')).toEqual({ name: 'from node b' });
    expect(await snapshotOf(admin, 'c-tie-2')).toEqual({ name: 'from node b' });
  });

  it('compares stamps as bytes: a higher counter at the same millisecond wins', async () => {
    const admin = await server.connect(server.adminUrl);
    await admin.push([change('c-ctr', 'name', 'counter 9', hlc(60, 'z', 9)), change('c-ctr', 'name', 'counter 10', hlc(60, 'a', 10))]);
    expect(await snapshotOf(admin, 'c-ctr')).toEqual({ name: 'counter 10' });
  });

  it('refuses malformed changes and stamps far in the future, and accepts the rest of the batch', async () => {
    const admin = await server.connect(server.adminUrl);
    const results = await admin.push([
      { changeId: 'bad-1', entity: 'client', recordId: 'c-bad', field: 'name', value: 'x', hlc: 'yesterday' },
      change('c-bad', 'name', 'x', hlc(3 * 86_400_000)),
      change('c-bad', 'name', 'fine', hlc(70)),
      change('c-bad', 'name', 'x', hlc(71), 'planet'),
    ]);
    expect(results.map((r) => r.status)).toEqual(['refused', 'refused', 'accepted', 'refused']);
    expect(results[0]!.reason).toMatch(/malformed/);
    expect(results[1]!.reason).toMatch(/future/);
    expect(results[3]!.reason).toBe('unknown record kind "planet"');
  });

  it('commits seq in order: a second push waits for the first, so a puller never skips a number', async () => {
    const admin = await server.connect(server.adminUrl);
    const start = (await admin.pullAfter(0, 100000)).maxSeq;
    const holder = new pg.Client({ connectionString: server.adminUrl });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query('SELECT benchmatch.push($1::jsonb)', [JSON.stringify([change('c-order', 'name', 'first', hlc(80))])]);
      const second = admin.push([change('c-order', 'industry', 'second', hlc(81))]);
      // The second push is waiting on the advisory lock, not racing ahead to commit a higher seq.
      const watcher = await server.connect(server.adminUrl);
      for (;;) {
        const r = await server.sql<{ n: string }>(server.adminUrl, "SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted");
        if (Number(r.rows[0]!.n) === 1) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect((await watcher.pullAfter(start)).changes.filter((c) => c.recordId === 'c-order')).toEqual([]);
      await holder.query('COMMIT');
      expect((await second)[0]!.status).toBe('accepted');
      const pulled = (await watcher.pullAfter(start)).changes.filter((c) => c.recordId === 'c-order');
      expect(pulled.map((c) => c.value)).toEqual(['first', 'second']);
      expect(pulled[0]!.seq).toBeLessThan(pulled[1]!.seq);
    } finally {
      await holder.end();
    }
  });

  it('a push whose answer never comes is "unreachable", and sending it again is harmless', async () => {
    const holder = new pg.Client({ connectionString: server.adminUrl });
    await holder.connect();
    const impatient = await connectTeam(server.adminUrl, { queryTimeoutMs: 300 });
    try {
      await holder.query('BEGIN');
      await holder.query("SELECT pg_advisory_xact_lock(hashtext('benchmatch.push'))");
      const lost = change('c-lost', 'name', 'Lost answer', hlc(85));
      const e = await impatient.push([lost]).then(() => undefined, (x: unknown) => x);
      expect((e as TeamError).kind).toBe('unreachable');
      await holder.query('COMMIT');
      // The server went on and applied it once the lock was free; the laptop, not knowing, sends it again.
      const admin = await server.connect(server.adminUrl);
      for (;;) {
        if ((await admin.log({ recordId: 'c-lost' })).length === 1) break;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(await admin.push([lost])).toEqual([{ changeId: lost.changeId, status: 'duplicate' }]);
      expect(await admin.log({ recordId: 'c-lost' })).toHaveLength(1);
    } finally {
      await holder.end();
      await impatient.close();
    }
  });

  it('notifies listeners with the newest seq when someone pushes', async () => {
    const admin = await server.connect(server.adminUrl);
    const sales = await server.connect(await server.addPerson('sales'));
    const heard: number[] = [];
    let wake!: () => void;
    const got = new Promise<void>((resolve) => (wake = resolve));
    // LISTEN is in place once listen() resolves.
    const stop = await sales.listen((seq) => {
      heard.push(seq);
      wake();
    });
    const [r] = await admin.push([change('c-listen', 'name', 'Heard', hlc(90))]);
    await got;
    expect(heard).toEqual([r!.seq]);
    await stop();
  });

  it('tells a listener when its connection drops', async () => {
    const sales = await server.connect(await server.addPerson('sales', 'Lis Tener'));
    let failed!: (e: TeamError) => void;
    const dropped = new Promise<TeamError>((resolve) => (failed = resolve));
    const stop = await sales.listen(() => undefined, failed);
    await server.sql(server.adminUrl, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = 'lis_tener' AND query LIKE 'LISTEN%'");
    expect((await dropped).kind).toBe('unreachable');
    await stop();
  });
});

describe('snapshot', () => {
  it('pages whole records in dependency order, consistent with one seq even while others push', async () => {
    const admin = await server.connect(server.adminUrl);
    const vl = await server.connect(await server.addPerson('vetting_lead'));
    await admin.push([
      change('e-snap-1', 'name', 'Eng One', hlc(100), 'engineer'),
      change('e-snap-1', 'country', 'BR', hlc(101), 'engineer'),
      change('e-snap-1', 'seniority', 'senior', hlc(102), 'engineer'),
      change('a-snap-1', 'record', { engineerId: 'e-snap-1', amends: null }, hlc(103), 'assessment'),
      change('c-snap-1', 'name', 'Client Snap', hlc(104)),
    ]);
    const seen: SnapshotRecord[] = [];
    let pushedDuring = false;
    const result = await admin.snapshot(async (page) => {
      seen.push(...page.records.map(parseSnapshotRecord));
      if (!pushedDuring) {
        pushedDuring = true;
        await vl.push([change('e-snap-late', 'name', 'Too late', hlc(110), 'engineer')]);
      }
    }, { pageSize: 2 });
    expect(seen.some((r) => r.recordId === 'e-snap-late')).toBe(false);
    expect(result.records).toBe(seen.length);
    // Whole records, each once, with every field and its stamp.
    const total = await server.sql<{ n: string }>(server.adminUrl, "SELECT count(DISTINCT (entity, record_id)) AS n FROM benchmatch.fields WHERE record_id <> 'e-snap-late'");
    expect(seen.length).toBe(Number(total.rows[0]!.n));
    expect(new Set(seen.map((r) => `${r.entity}/${r.recordId}`)).size).toBe(seen.length);
    expect(seen.find((r) => r.recordId === 'e-snap-1')).toEqual({
      entity: 'engineer', recordId: 'e-snap-1', fields: { name: 'Eng One', country: 'BR', seniority: 'senior' }, hlcs: { name: hlc(100), country: hlc(101), seniority: hlc(102) },
    });
    const order = ['client', 'engineer', 'role', 'shortlist', 'shortlist_entry', 'assessment'];
    const ranks = seen.map((r) => order.indexOf(r.entity));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    const after = await admin.pullAfter(result.seq);
    expect(after.changes.map((c) => c.recordId)).toEqual(['e-snap-late']);
  });
});

async function snapshotOf(client: Awaited<ReturnType<typeof server.connect>>, recordId: string): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  await client.snapshot((page) => {
    for (const r of page.records.map(parseSnapshotRecord)) if (r.recordId === recordId) Object.assign(out, r.fields);
  });
  return out;
}
