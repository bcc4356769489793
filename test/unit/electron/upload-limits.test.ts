// Uploads under the firm's control (issue 14, item 4): waiting uploads share one size cap (a page cannot
// fill the disk with files it never imports), and the folders a killed server left in the temp folder are
// removed when the next server starts, while a live server's folder is left alone. Real servers, real
// sockets, real processes.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UPLOAD_NAME_HEADER, UPLOAD_PATH, type UploadedFile } from '../../../shared/api/bench';
import type { ApiResult } from '../../../shared/api/errors';
import { removeLeftoverUploads } from '../../../db/service/uploads';
import { sendRaw, startTestServer, type TestServer } from './http-request';

let running: TestServer;
const PENDING = 40 * 1024;

beforeAll(async () => {
  running = await startTestServer('bm-upload-limits-', { maxUploadBytes: 32 * 1024, maxPendingUploadBytes: PENDING, warm: false });
});
afterAll(() => running?.close());

async function upload(bytes: number, name: string): Promise<ApiResult<UploadedFile>> {
  const r = await sendRaw(running.server.port, UPLOAD_PATH, {
    body: Buffer.alloc(bytes, 0x20),
    headers: { Authorization: `Bearer ${running.server.token}`, 'Content-Type': 'application/octet-stream', [UPLOAD_NAME_HEADER]: name },
  });
  return JSON.parse(r.body) as ApiResult<UploadedFile>;
}

describe('waiting uploads share one cap', () => {
  it('refuses an upload that would pass it, keeps nothing of it, and takes it once room is made', async () => {
    const first = await upload(30 * 1024, 'a.bench.json');
    expect(first.ok).toBe(true);
    const second = await upload(20 * 1024, 'b.bench.json');
    expect(second.ok).toBe(false);
    if (!second.ok) {
      expect(second.error.code).toBe('refused');
      expect(second.error.message).toMatch(/waiting to be imported would hold more than/);
      expect(second.error.hint).toMatch(/Import or cancel/);
    }
    if (!first.ok) throw new Error('unreachable');
    const discard = await sendRaw(running.server.port, '/api/discardUpload', {
      body: JSON.stringify({ upload: first.value.upload }),
      headers: { Authorization: `Bearer ${running.server.token}`, 'Content-Type': 'application/json' },
    });
    expect(JSON.parse(discard.body)).toMatchObject({ ok: true });
    expect((await upload(20 * 1024, 'b.bench.json')).ok).toBe(true);
  });
});

describe('leftover upload folders', () => {
  let temp: string;
  beforeAll(() => {
    temp = mkdtempSync(join(tmpdir(), 'bm-leftovers-'));
  });
  afterAll(() => rmSync(temp, { recursive: true, force: true }));

  it('removes the folders of dead servers (and old ownerless ones), keeps a live or just-made one and everything else', () => {
    // A process that has exited: its pid names nobody now.
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
    const folder = (name: string, pid?: string) => {
      const d = join(temp, name);
      mkdirSync(d, { recursive: true });
      if (pid !== undefined) writeFileSync(join(d, 'pid'), pid);
      mkdirSync(join(d, 'handle'));
      writeFileSync(join(d, 'handle', 'engineers.csv'), 'name\nsomeone\n');
      return d;
    };
    const killed = folder('benchmatch-uploads-killed', dead);
    const ownerless = folder('benchmatch-uploads-ownerless');
    const old = new Date(Date.now() - 5 * 60_000);
    utimesSync(ownerless, old, old);
    const fresh = folder('benchmatch-uploads-just-made');
    const live = folder('benchmatch-uploads-live', String(process.pid));
    const unrelated = folder('something-else', dead);
    expect(removeLeftoverUploads(temp)).toBe(2);
    expect(existsSync(killed)).toBe(false);
    expect(existsSync(ownerless)).toBe(false);
    expect(existsSync(live)).toBe(true);
    expect(existsSync(fresh)).toBe(true);
    expect(existsSync(unrelated)).toBe(true);
    expect(readdirSync(temp).sort()).toEqual(['benchmatch-uploads-just-made', 'benchmatch-uploads-live', 'something-else']);
  });

  it('runs when a server starts: a killed server\'s folder in the OS temp folder is gone', async () => {
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']).stdout.toString();
    const left = join(tmpdir(), `benchmatch-uploads-test${process.pid}`);
    mkdirSync(left, { recursive: true });
    writeFileSync(join(left, 'pid'), dead);
    const other = await startTestServer('bm-upload-start-', { warm: false });
    try {
      expect(existsSync(left)).toBe(false);
    } finally {
      await other.close();
    }
  });
});
