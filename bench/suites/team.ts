// The team bench (issue 12), against a real PostgreSQL (the embedded `team server`, kept in the fixture
// folder between runs):
// 1. a fresh laptop joins a 100k-engineer team bench, against a local import of the same bench file
//    (target: <= 3x the import's time, peak RSS of the joining process <= 1 GB); each in its own child
//    process through the built library, so the RSS is its own;
// 2. sending 1,000 waiting changes (target <= 2 s);
// 3. an edit on one online laptop visible on another, both syncing in the background as the app and
//    `serve` do (target <= 5 s; median of 5).
// BENCHMATCH_TEAM_BENCH_ENGINEERS sets a smaller bench for a quick look (the figures then say so).
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { openBench, type Bench } from '../../db/service/bench-service';
import { connectTeam } from '../../db/team/server/client';
import { startEmbeddedTeamServer } from '../../db/team/server/embedded';
import { teamRuntimeOf } from '../../db/team/runtime';
import { ensureBenchFile, fixtureDir, repoRoot } from '../fixtures';
import type { Report } from '../run';

const N = Number(process.env.BENCHMATCH_TEAM_BENCH_ENGINEERS ?? 100_000);
const EDITS = 1000;
const VISIBLE_RUNS = 5;

// One child per measured operation: open, run one API call, report time and peak RSS.
const CHILD = `
import { openBench } from ${JSON.stringify('LIB')};
const [db, method, arg] = process.argv.slice(1);
const bench = await openBench({ path: db });
const t = performance.now();
const cpu = process.cpuUsage();
const input = method === 'teamJoin' ? { url: process.env.BENCHMATCH_TEAM_URL } : { path: arg };
await bench.call(method, input, { actor: 'bench' });
const ms = performance.now() - t;
const used = process.cpuUsage(cpu);
const cpuMs = (used.user + used.system) / 1000;
const engineers = (await bench.call('stats', {})).engineers;
await bench.close();
process.stdout.write(JSON.stringify({ ms, cpuMs, engineers, maxRssKb: process.resourceUsage().maxRSS }));
`;

interface ChildResult { ms: number; cpuMs: number; engineers: number; maxRssKb: number }

function child(lib: string, db: string, method: 'teamJoin' | 'importFile', arg: string, url?: string): ChildResult {
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', CHILD.replace('LIB', lib), db, method, arg], {
    encoding: 'utf8',
    maxBuffer: 1 << 20,
    env: { ...process.env, ...(url ? { BENCHMATCH_TEAM_URL: url } : {}) },
  });
  return JSON.parse(out) as ChildResult;
}

function freshDb(name: string): string {
  const p = path.join(fixtureDir(), name);
  for (const f of [p, `${p}-wal`, `${p}-shm`]) rmSync(f, { force: true });
  return p;
}

export async function run(report: Report): Promise<void> {
  const lib = path.join(repoRoot(), 'dist/node/index.js');
  if (!existsSync(lib)) throw new Error('dist/node/index.js is missing: run `npm run build` first (npm run bench does)');
  const size = N === 100_000 ? '100k' : `${N}`;
  const file = ensureBenchFile(N);
  const dataDir = path.join(fixtureDir(), `team-${N}`);
  const seeded = path.join(dataDir, 'seeded');
  const server = await startEmbeddedTeamServer({ dataDir });
  const admin = await connectTeam(server.adminUrl);
  const open: Bench[] = [];
  try {
    const person = async (role: 'admin' | 'account_manager') => (await admin.addPerson(`Bench ${role} ${Date.now()}`, role)).url;

    // The team bench: the first laptop, holding the bench, joins an empty team bench and sends it all (once).
    const seedDb = path.join(fixtureDir(), `team-seed-${N}.sqlite`);
    if (!existsSync(seeded) || !existsSync(seedDb)) {
      freshDb(`team-seed-${N}.sqlite`);
      child(lib, seedDb, 'importFile', file);
      const first = child(lib, seedDb, 'teamJoin', '', await person('admin'));
      report(`team: a laptop with ${size} engineers joins an empty team bench (sends it all)`, first.ms, 'ms', `peak RSS ${(first.maxRssKb / 1024).toFixed(0)} MB; built once, kept in the fixture folder`);
      // A marker only: no password is kept (the laptop rejoins below with a new login).
      writeFileSync(seeded, new Date().toISOString());
    }

    // 1. A fresh laptop joins, vs a local import of the same file.
    const joinDb = freshDb(`team-join-${N}.sqlite`);
    const amUrl = await person('account_manager');
    const joined = child(lib, joinDb, 'teamJoin', '', amUrl);
    if (joined.engineers !== N) throw new Error(`the joining laptop holds ${joined.engineers} engineers, expected ${N}`);
    const imported = child(lib, freshDb(`team-import-${N}.sqlite`), 'importFile', file);
    report(`team: a fresh laptop joins the ${size}-engineer team bench`, joined.ms, 'ms', `${(joined.ms / imported.ms).toFixed(2)}x a local import of the same file (${(imported.ms / 1000).toFixed(1)} s); target <= 3x. CPU of each process (the steadier figure on a shared machine): join ${(joined.cpuMs / 1000).toFixed(1)} s, import ${(imported.cpuMs / 1000).toFixed(1)} s, ${(joined.cpuMs / imported.cpuMs).toFixed(2)}x`);
    report(`team: peak RSS of the joining process (${size})`, joined.maxRssKb / 1024, 'MB', 'target <= 1024 MB');

    // 2. Sending 1,000 waiting changes: an account manager's laptop re-imports 1,000 engineers with a new summary.
    const laptop = await openBench({ path: joinDb });
    open.push(laptop);
    await laptop.call('syncNow', { url: amUrl });
    // 1,000 profile edits through the service, as the Engineer screen makes them (not timed).
    const stamp = Date.now();
    const ids = laptop.snapshot().engineers!.slice(0, EDITS).map((e) => e.id);
    for (const id of ids) {
      const { id: _id, assessments: _a, ...profile } = await laptop.call('getEngineer', { id });
      await laptop.call('updateEngineer', { id, profile: { ...profile, summary: `Re-vetted ${stamp}` } });
    }
    const waiting = (await laptop.call('teamStatus', {})).waiting;
    const t = performance.now();
    const sent = (await laptop.call('syncNow', {})).result;
    report(`team: sending ${EDITS} waiting changes`, performance.now() - t, 'ms', `sent ${sent.sent} of ${waiting} waiting (one sync: pull, push, pull); target <= 2000 ms`);

    // 3. An edit on one online laptop visible on another: both sync in the background.
    // The other laptop is the first one, rejoining under a new login with the whole bench already held.
    const other = await openBench({ path: seedDb });
    open.push(other);
    await other.call('teamLeave', {});
    const tj = performance.now();
    await other.call('teamJoin', { url: await person('admin') });
    report(`team: a laptop already holding the ${size} bench joins (the team's version kept)`, performance.now() - tj, 'ms', 'in-process');
    teamRuntimeOf(laptop).startBackground();
    teamRuntimeOf(other).startBackground();
    const id = ids[0]!;
    const times: number[] = [];
    for (let i = 0; i < VISIBLE_RUNS; i++) {
      const { id: _id, assessments: _a, ...profile } = await laptop.call('getEngineer', { id });
      const summary = `Visible ${stamp}-${i}`;
      const t0 = performance.now();
      await laptop.call('updateEngineer', { id, profile: { ...profile, summary } });
      for (;;) {
        if ((await other.call('getEngineer', { id })).summary === summary) break;
        if (performance.now() - t0 > 60_000) throw new Error('the edit did not arrive within a minute');
        await new Promise((r) => setTimeout(r, 20));
      }
      times.push(performance.now() - t0);
    }
    times.sort((a, b) => a - b);
    report('team: an edit on one laptop visible on another (background sync), median', times[Math.floor(VISIBLE_RUNS / 2)]!, 'ms', `max ${times.at(-1)!.toFixed(0)} ms over ${VISIBLE_RUNS}; target <= 5000 ms`);
  } finally {
    for (const b of open) {
      await teamRuntimeOf(b).stopBackground().catch(() => undefined);
      await b.close().catch(() => undefined);
    }
    await admin.close();
    await server.stop();
  }
}
