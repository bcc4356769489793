// Child process of bench/suites/team-local.ts, so each figure's peak RSS is its own:
//   import DB FILE          a local import of the bench file (the yardstick)
//   team DB TEAMJSON        the imported bench in field form with stamps, one record a line, as a join pulls it
//   join DB TEAMJSON        applySnapshot of that team bench into a fresh, joined bench
//   capture DB FILE         an import into a joined bench (capture on), then the flush of its marks
//   flush DB N              N engineers edited on a joined bench, then flushOutbox
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { rawOf } from '../db/connection';
import { openBench } from '../db/service/bench-service';
import { applySnapshot, flushOutbox, localSnapshot, startCapture, type TeamRecord } from '../db/team/local';
import { FIELDS } from '../shared/team/fields';

/** The records of a file of one JSON record a line, read 1 MB at a time. */
function* lines(file: string): Generator<TeamRecord> {
  const fd = openSync(file, 'r');
  const buf = Buffer.alloc(1 << 20);
  const decoder = new StringDecoder('utf8');
  let rest = '';
  try {
    for (let n = readSync(fd, buf); n > 0; n = readSync(fd, buf)) {
      const parts = (rest + decoder.write(buf.subarray(0, n))).split('\n');
      rest = parts.pop()!;
      for (const p of parts) if (p) yield JSON.parse(p) as TeamRecord;
    }
    if (rest) yield JSON.parse(rest) as TeamRecord;
  } finally {
    closeSync(fd);
  }
}

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
  // One record a line, written as made: the join reads it as a stream, as the sync client pages through the server.
  const fd = openSync(arg, 'w');
  let records = 0;
  for (const r of localSnapshot(raw)) {
    const hlcs = Object.fromEntries(FIELDS[r.entity].filter((f) => r.fields[f] !== null).map((f) => [f, stamp]));
    writeSync(fd, JSON.stringify({ ...r, hlcs } satisfies TeamRecord) + '\n');
    records++;
  }
  closeSync(fd);
  out.records = records;
}
if (mode === 'join') {
  join();
  await timed('join', () => {
    const r = applySnapshot(raw, lines(arg));
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
