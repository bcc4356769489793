// No path from the page (issue 14, item 1): every API method whose input names a file on this computer
// is declared `local`, and both page transports refuse all of them before anything runs — the loopback
// HTTP server (a real server on a real bench) and the window's IPC handlers (the very function ipc.ts
// registers, with a real bench behind it). The window's own dialogs hand the page upload handles and
// reveal ids instead; a staged file of the person's is imported by handle and never deleted.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, type ApiMethod } from '../../../shared/api/contract';
import type { ApiResult } from '../../../shared/api/errors';
import { callFromPage } from '../../../electron/page-call';
import { APP_ORIGIN } from '../../../electron/guard';
import { dispatch } from '../../../electron/dispatch';
import { sendRaw, startTestServer, type TestServer } from '../electron/http-request';

const EXAMPLE = '/work/shared/bench-format/example.bench.json';
/** Input keys that name a file or folder on this computer. */
const PATH_KEYS = new Set(['path', 'out', 'file', 'dir', 'folder', 'target']);

function inputKeys(m: ApiMethod): string[] {
  const input = api[m].input;
  return input instanceof z.ZodObject ? Object.keys(input.shape as Record<string, unknown>) : [];
}
const LOCAL = (Object.keys(api) as ApiMethod[]).filter((m) => api[m].local);

let t: TestServer;
let outside: string;
beforeAll(async () => {
  t = await startTestServer('bm-page-paths-', { warm: false });
  outside = mkdtempSync(join(tmpdir(), 'bm-outside-'));
  await t.bench.importFile(EXAMPLE);
});
afterAll(async () => {
  await t?.close();
  rmSync(outside, { recursive: true, force: true });
});

/** A plausible input for each local method: what a hostile page would send. */
function hostileInput(m: ApiMethod): Record<string, unknown> {
  const victim = join(outside, 'victim.json');
  const inputs: Partial<Record<ApiMethod, Record<string, unknown>>> = {
    importFile: { path: '/etc/passwd', dryRun: true },
    stageFile: { path: '/etc/passwd' },
    exportFile: { path: victim },
    backup: { out: join(outside, 'victim.sqlite') },
    exportShortlist: { shortlistId: 'sl-1', format: 'csv', out: join(outside, 'victim.csv') },
    exportCandidateProfile: { shortlistId: 'sl-1', engineerId: 'e-1', out: join(outside, 'victim.pdf') },
    exportBenchView: { engineerIds: ['e-1'], columns: ['name'], format: 'csv', out: join(outside, 'victim.csv') },
    exportPerson: { engineerId: 'e-1', out: victim },
  };
  return inputs[m] ?? {};
}

describe('the contract', () => {
  it('marks every method whose input names a file as local', () => {
    for (const m of Object.keys(api) as ApiMethod[]) {
      const named = inputKeys(m).filter((k) => PATH_KEYS.has(k));
      if (named.length) expect(api[m].local, `${m} takes ${named.join(', ')}`).toBe(true);
    }
    expect(LOCAL.sort()).toEqual(['backup', 'exportBenchView', 'exportCandidateProfile', 'exportFile', 'exportPerson', 'exportShortlist', 'importCvFiles', 'importFile', 'readCvFile', 'stageFile']);
  });
});

describe.each(LOCAL)('%s from a page', (m) => {
  it('is refused over HTTP: nothing read, nothing written', async () => {
    const r = await sendRaw(t.server.port, `/api/${m}`, {
      body: JSON.stringify(hostileInput(m)),
      headers: { Authorization: `Bearer ${t.server.token}`, 'Content-Type': 'application/json' },
    });
    const result = JSON.parse(r.body) as ApiResult<unknown>;
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('refused');
      expect(result.error.message).toContain('not available to a page');
    }
    expect(r.body).not.toContain('root:');
    expect(existsSync(join(outside, 'victim.json')) || existsSync(join(outside, 'victim.csv')) || existsSync(join(outside, 'victim.sqlite'))).toBe(false);
  });

  it('is refused over IPC (the handler code ipc.ts registers): the service is never called', async () => {
    let called = false;
    const result = await callFromPage(`${APP_ORIGIN}/`, m, async () => {
      called = true;
      return dispatch(t.bench, m, hostileInput(m), { actor: 'app' });
    });
    expect(called).toBe(false);
    expect(result).toMatchObject({ ok: false, error: { code: 'refused' } });
  });
});

describe('the page transports still serve everything else', () => {
  it('IPC: an app-page call runs; a foreign frame is refused', async () => {
    const run = () => dispatch(t.bench, 'stats', {}, { actor: 'app' });
    expect(await callFromPage(`${APP_ORIGIN}/bench`, 'stats', run)).toMatchObject({ ok: true });
    expect(await callFromPage('https://evil.example/', 'stats', run)).toMatchObject({ ok: false, error: { code: 'refused' } });
  });
  it('HTTP: backupNow writes beside the bench only', async () => {
    const r = await sendRaw(t.server.port, '/api/backupNow', {
      body: '{}',
      headers: { Authorization: `Bearer ${t.server.token}`, 'Content-Type': 'application/json' },
    });
    const result = JSON.parse(r.body) as ApiResult<{ path: string; bytes: number }>;
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.path.startsWith(t.dir)).toBe(true);
    const withPath = await sendRaw(t.server.port, '/api/backupNow', {
      body: JSON.stringify({ out: join(outside, 'x.sqlite') }),
      headers: { Authorization: `Bearer ${t.server.token}`, 'Content-Type': 'application/json' },
    });
    expect(JSON.parse(withPath.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(existsSync(join(outside, 'x.sqlite'))).toBe(false);
  });
});

describe("the window's chosen file", () => {
  it('is imported by handle, and letting go of the handle never deletes the person\'s file', async () => {
    const mine = join(outside, 'mine.bench.json');
    writeFileSync(mine, readFileSync(EXAMPLE));
    const staged = await t.bench.call('stageFile', { path: mine });
    expect(staged.name).toBe('mine.bench.json');
    const report = await t.bench.call('importUpload', { upload: staged.upload, dryRun: true });
    expect(report.dryRun).toBe(true);
    await t.bench.call('importUpload', { upload: staged.upload });
    expect(existsSync(mine)).toBe(true);
    const again = await t.bench.call('stageFile', { path: mine });
    expect((await t.bench.call('discardUpload', { upload: again.upload })).discarded).toBe(true);
    expect(existsSync(mine)).toBe(true);
    // A name that is neither a bench file, a CSV nor a document is refused before the disk is touched.
    await expect(t.bench.call('stageFile', { path: join(outside, 'notes.exe') })).rejects.toMatchObject({ code: 'invalid_input' });
  });
});
