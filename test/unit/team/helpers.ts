// Replicas of one team bench on real SQLite files, and a server stand-in that does what the PostgreSQL
// side promises for the exchange: each change id once, a shared sequence, pull after a mark, and values
// passed through a key-sorting round trip as jsonb does. Nothing is mocked on the local side.
import { join } from 'node:path';
import { rawOf, type RawDb } from '../../../db/connection';
import type { Bench } from '../../../db/index';
import { readBench } from '../../../db/repos/bench-reader';
import {
  acknowledge, applyRemote, flushOutbox, getState, pendingChanges, startCapture, type ApplyResult, type Change, type Json, type RemoteChange,
} from '../../../db/team/local';
import { openTemp, tempDir } from '../db/helpers';

export interface Replica {
  name: string;
  bench: Bench;
  raw: RawDb;
}

export async function openReplica(name: string, dir = tempDir()): Promise<Replica> {
  const bench = await openTemp(join(dir, name));
  const raw = rawOf(bench.db);
  startCapture(raw, { login: name, server: `postgres://${name}:secret@localhost/team`, role: 'admin', node: `${name}.node${name}` });
  return { name, bench, raw };
}

/** jsonb keeps no key order: values come back with keys sorted. */
function jsonbRoundTrip(v: Json): Json {
  if (Array.isArray(v)) return v.map(jsonbRoundTrip);
  if (v && typeof v === 'object') return Object.fromEntries(Object.keys(v).sort().reverse().map((k) => [k, jsonbRoundTrip(v[k]!)]));
  return v;
}

export class TeamLog {
  readonly changes: RemoteChange[] = [];
  private readonly ids = new Set<string>();

  push(author: string, list: readonly Change[]): void {
    for (const c of list) {
      if (this.ids.has(c.changeId)) continue;
      this.ids.add(c.changeId);
      this.changes.push({ ...c, value: jsonbRoundTrip(c.value), author, seq: this.changes.length + 1 });
    }
  }

  after(seq: number, limit = Infinity): RemoteChange[] {
    return this.changes.slice(seq, seq + limit);
  }
}

/** One sync as db/team/sync.ts will run it: flush, push the outbox in pages, pull after the mark in pages. */
export function syncReplica(r: Replica, log: TeamLog, page = 50): ApplyResult[] {
  flushOutbox(r.raw);
  for (let list = pendingChanges(r.raw, page); list.length; list = pendingChanges(r.raw, page)) {
    log.push(r.name, list);
    acknowledge(r.raw, list.map((c) => c.changeId));
  }
  const results: ApplyResult[] = [];
  for (let mark = getState(r.raw).pulledSeq, got = log.after(mark, page); got.length; got = log.after(mark, page)) {
    mark += got.length;
    results.push(applyRemote(r.raw, got, { pulledSeq: mark }));
  }
  return results;
}

/** The bench file this replica would export, as text (exportedAt aside: readBench leaves it out). */
export const exportText = (r: Replica): string => JSON.stringify(readBench(r.raw), null, 1);
