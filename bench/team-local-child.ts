// Child process of bench/suites/team-local.ts, so each figure's peak RSS is its own:
//   import DB FILE          a local import of the bench file (the yardstick)
//   team DB TEAMJSON        the imported bench in field form with stamps, as a join would pull it
//   join DB TEAMJSON        applySnapshot of that team bench into a fresh, joined bench
//   capture DB FILE         an import into a joined bench (capture on), then the flush of its marks
//   flush DB N              N engineers edited on a joined bench, then flushOutbox
import { readFileSync, writeFileSync } from 'node:fs';
import { rawOf } from '../db/connection';
import { openBench } from '../db/service/bench-service';
import { applySnapshot, flushOutbox, localSnapshot, startCapture, type TeamRecord } from '../db/team/local';
import { FIELDS } from '../shared/team/fields';

const [mode, db, arg] = process.argv.slice(2) as [string, string, string];
const bench = await openBench({ path: db });
const raw = rawOf(bench.db);
const out: Record<string, number> = {};
const timed = async (name: string, f: () => unknown) => {
  const c0 = process.cpuUsage();
  const t = performance.now();
  await f();
  out[`${name}Ms`] = performance.now() - t;
  const c = process.cpuUsage(c0);
  out[`${name}CpuMs`] = (c.user + c.system) / 1000;
};
const join = () => startCapture(raw, { login: 'bench', server: 'postgres://bench@localhost/team', role: 'admin', node: 'bench.node' });

if (mode === 'import') await timed('import', () => bench.importFile(arg));
if (mode === 'team') {
  const stamp = '1764000000000-00000-team.node';
  const team: TeamRecord[] = localSnapshot(raw).map((r) => ({ ...r, hlcs: Object.fromEntries(FIELDS[r.entity].filter((f) => r.fields[f] !== null).map((f) => [f, stamp])) }));
  writeFileSync(arg, JSON.stringify(team));
  out.records = team.length;
}
if (mode === 'join') {
  join();
  const team = JSON.parse(readFileSync(arg, 'utf8')) as TeamRecord[];
  await timed('join', () => {
    const r = applySnapshot(raw, team);
    out.unapplied = r.unapplied.length;
    out.written = r.written;
  });
}
if (mode === 'capture') {
  join();
  await timed('import', () => bench.importFile(arg));
  await timed('flush', () => (out.changes = flushOutbox(raw)));
}
if (mode === 'flush') {
  const n = Number(arg);
  join();
  raw.transaction(() => {
    const upd = raw.prepare("UPDATE engineers SET city = 'Flushville', updated_at = 'x' WHERE pk = ?");
    const pks = raw.prepare('SELECT pk FROM engineers ORDER BY pk LIMIT ?').pluck().all(n) as number[];
    for (const pk of pks) upd.run(pk);
  })();
  await timed('flush', () => (out.changes = flushOutbox(raw)));
}
await bench.close();
out.maxRssMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(JSON.stringify(out));
