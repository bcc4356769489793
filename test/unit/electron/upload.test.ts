// Browser mode's file hand-over on a real bench and a real socket: POST /upload is guarded like the API
// (Host, token, POST, a body type no form can send, a size limit); the bytes sit in a private file
// whose opaque handle importUpload takes (dry run, then import); refused and imported uploads are
// deleted, and so are the others when the server stops. Also the bench file download and the pure
// rules of the window's file dialogs.
import { existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UPLOAD_NAME_HEADER, UPLOAD_PATH, type UploadedFile } from '../../../shared/api/bench';
import type { ApiResult } from '../../../shared/api/errors';
import type { BenchFile } from '../../../shared/bench/schema';
import type { Bench } from '../../../db/service/bench-service';
import { safeUploadName, uploadedPath } from '../../../db/service/uploads';
import { startHttpServer, type RunningServer } from '../../../electron/server/http';
import { exportPathFor, isRevealable, RevealList, saveBenchExportInput, showInFolderInput } from '../../../electron/file-dialogs';
import { dumpTables } from '../db/helpers';
import { sendRaw, startTestServer, type RawRequest, type RawResponse, type TestServer } from './http-request';

const EXAMPLE = '/work/shared/bench-format/example.bench.json';
const CSV_EXAMPLE = '/work/shared/bench-format/engineers.example.csv';
const LIMIT = 64 * 1024;

let dir: string;
let bench: Bench;
let server: RunningServer;

const send = (path: string, opts: RawRequest = {}): Promise<RawResponse> => sendRaw(server.port, path, opts);
const auth = () => ({ Authorization: `Bearer ${server.token}` });
const upload = (body: string | Buffer, name: string, headers: Record<string, string> = {}) =>
  send(UPLOAD_PATH, { body, headers: { ...auth(), 'Content-Type': 'application/octet-stream', [UPLOAD_NAME_HEADER]: encodeURIComponent(name), ...headers } });
const call = async <T>(method: string, input: unknown): Promise<ApiResult<T>> =>
  JSON.parse((await send(`/api/${method}`, { body: JSON.stringify(input), headers: { ...auth(), 'Content-Type': 'application/json' } })).body) as ApiResult<T>;
async function staged(body: string, name: string): Promise<UploadedFile> {
  const r = JSON.parse((await upload(body, name)).body) as ApiResult<UploadedFile>;
  if (!r.ok) throw new Error(r.error.message);
  return r.value;
}

const example = readFileSync(EXAMPLE, 'utf8');
const bad = (): string => {
  const b = JSON.parse(example) as BenchFile;
  b.engineers![0]!.timeZone = 'Mars/Olympus';
  (b.engineers![1] as { seniority: string }).seniority = 'wizard';
  return JSON.stringify(b);
};

let running: TestServer | undefined;
beforeAll(async () => {
  running = await startTestServer('bm-upload-', { maxUploadBytes: LIMIT, warm: false });
  ({ dir, bench, server } = running);
});
afterAll(() => running?.close());

describe('POST /upload is guarded like the API', () => {
  it('refuses no token or a wrong one (401), a foreign Host (403), GET (405), a form or JSON body (415)', async () => {
    const body = example;
    const headers = { 'Content-Type': 'application/octet-stream', [UPLOAD_NAME_HEADER]: 'x.bench.json' };
    expect((await send(UPLOAD_PATH, { body, headers })).status).toBe(401);
    expect((await send(UPLOAD_PATH, { body, headers: { ...headers, Authorization: 'Bearer wrong' } })).status).toBe(401);
    for (const host of ['evil.example', `evil.example:${server.port}`, `127.0.0.1:${server.port + 1}`]) {
      expect((await send(UPLOAD_PATH, { body, headers: { ...headers, ...auth() }, host })).status, host).toBe(403);
    }
    expect((await send(UPLOAD_PATH, { method: 'GET', headers: auth() })).status).toBe(405);
    for (const type of ['application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'text/plain', 'application/json']) {
      expect((await send(UPLOAD_PATH, { body, headers: { ...headers, ...auth(), 'Content-Type': type } })).status, type).toBe(415);
    }
  });
  it('sends no CORS header and the strict CSP', async () => {
    const r = await upload(example, 'x.bench.json', { Origin: 'https://evil.example' });
    expect(r.status).toBe(200);
    expect(Object.keys(r.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
    expect(r.headers['content-security-policy']).toContain("default-src 'none'");
  });
  it('takes only bench-file, CSV and document names, never a path, and nothing over the size limit', async () => {
    for (const name of ['notes.exe', 'bench', '.json', '../../etc/passwd', '%E0%A4%A']) {
      const r = JSON.parse((await send(UPLOAD_PATH, { body: '{}', headers: { ...auth(), 'Content-Type': 'application/octet-stream', [UPLOAD_NAME_HEADER]: name } })).body) as ApiResult<unknown>;
      expect(r.ok ? 'accepted' : r.error.code, name).toBe('invalid_input');
    }
    const big = JSON.parse((await upload(Buffer.alloc(LIMIT + 1, 32), 'big.bench.json')).body) as ApiResult<unknown>;
    expect(big.ok ? 'accepted' : big.error.message).toMatch(/larger than/);
    // A path in the name keeps only its last part.
    const s = await staged(example, '../../tmp/evil/team.bench.json');
    expect(s.name).toBe('team.bench.json');
    expect(dirname(dirname(uploadedPath(s.upload)))).not.toContain('evil');
  });
  it('keeps the bytes in a file only its owner can read, under a random handle', async () => {
    const s = await staged(example, 'team.bench.json');
    expect(s.upload).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const path = uploadedPath(s.upload);
    expect(readFileSync(path, 'utf8')).toBe(example);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(dirname(dirname(path))).mode & 0o777).toBe(0o700);
    expect((await call<{ discarded: boolean }>('discardUpload', { upload: s.upload }))).toEqual({ ok: true, value: { discarded: true } });
    expect(existsSync(path)).toBe(false);
  });
});

describe('importUpload', () => {
  it('refuses a bad file by place, writes nothing, and keeps the upload for "the valid rows only"', async () => {
    const before = dumpTables(bench.path);
    const s = await staged(bad(), 'bad.bench.json');
    const path = uploadedPath(s.upload);
    const r = await call('importUpload', { upload: s.upload, dryRun: true });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('invalid_input');
    expect(r.error.message).toContain('bad.bench.json');
    expect(r.error.problems!.map((p) => p.where)).toEqual(expect.arrayContaining(['/engineers/0/timeZone', '/engineers/1/seniority']));
    expect(dumpTables(bench.path)).toEqual(before);
    expect(existsSync(path)).toBe(true);
    // A failed import (not a dry run) is done with the file.
    expect((await call('importUpload', { upload: s.upload })).ok).toBe(false);
    expect(existsSync(path)).toBe(false);
    expect(dumpTables(bench.path)).toEqual(before);
  });
  it('dry run then import of a good file: counts first, data after, the upload gone', async () => {
    const before = dumpTables(bench.path);
    const s = await staged(example, 'example.bench.json');
    const dry = await call<{ dryRun: boolean; created: { engineers: number } }>('importUpload', { upload: s.upload, dryRun: true });
    expect(dry.ok && dry.value.dryRun).toBe(true);
    const expected = (JSON.parse(example) as BenchFile).engineers!.length;
    expect(dry.ok && dry.value.created.engineers).toBe(expected);
    expect(dumpTables(bench.path)).toEqual(before);
    const path = uploadedPath(s.upload);
    // Asked for NDJSON (as the page asks), the import streams its progress before the result.
    const streamed = await send('/api/importUpload', { body: JSON.stringify({ upload: s.upload }), headers: { ...auth(), 'Content-Type': 'application/json', Accept: 'application/x-ndjson' } });
    const lines = streamed.body.trim().split('\n').map((l) => JSON.parse(l) as { progress?: number; result?: ApiResult<{ created: { engineers: number } }> });
    expect(lines.filter((l) => typeof l.progress === 'number').length).toBeGreaterThan(0);
    const done = lines.at(-1)!.result!;
    expect(done.ok && done.value.created.engineers).toBe(expected);
    expect((await bench.call('stats', {})).engineers).toBe(expected);
    expect(existsSync(path)).toBe(false);
    const again = await call('importUpload', { upload: s.upload });
    expect(again.ok ? null : again.error.code).toBe('not_found');
  });
  it('imports an engineers CSV by its name, with CSV places for problems', async () => {
    const csv = readFileSync(CSV_EXAMPLE, 'utf8');
    const ok = await call<{ created: { engineers: number }; updated: { engineers: number } }>('importUpload', { upload: (await staged(csv, 'engineers.csv')).upload, dryRun: true });
    expect(ok.ok && ok.value.created.engineers + ok.value.updated.engineers).toBe(csv.trim().split('\n').length - 1);
    const broken = csv.replace('America/Bogota', 'Nowhere/City');
    const r = await call('importUpload', { upload: (await staged(broken, 'engineers.csv')).upload, dryRun: true });
    expect(r.ok ? [] : r.error.problems!.map((p) => p.where)).toContain('line 2, column timeZone');
  });
  it('refuses a made-up or malformed handle', async () => {
    const made = await call('importUpload', { upload: 'A'.repeat(22) });
    expect(made.ok ? null : made.error.code).toBe('not_found');
    const path = await call('importUpload', { upload: '../../bench.sqlite' });
    expect(path.ok ? null : path.error.problems?.[0]?.where).toBe('/upload');
  });
  it('deletes what was not imported when the server stops', async () => {
    const other = await startHttpServer({ service: bench, staticDir: join(dir, 'renderer'), warm: false });
    const r = (await sendRaw(other.port, UPLOAD_PATH, { body: example, headers: { Authorization: `Bearer ${other.token}`, 'Content-Type': 'application/octet-stream', [UPLOAD_NAME_HEADER]: 'left.bench.json' } })).body;
    const s = (JSON.parse(r) as { value: UploadedFile }).value;
    const path = uploadedPath(s.upload);
    expect(existsSync(path)).toBe(true);
    await other.close();
    expect(existsSync(path)).toBe(false);
  });
});

describe('exportBenchData', () => {
  it('returns the bench file and the engineers CSV as downloads that read back', async () => {
    const engineers = (await bench.call('stats', {})).engineers;
    const json = await call<{ fileName: string; mime: string; base64: string; engineers: number }>('exportBenchData', { format: 'json' });
    if (!json.ok) throw new Error(json.error.message);
    expect(json.value.fileName).toMatch(/^bench-\d{4}-\d{2}-\d{2}\.bench\.json$/);
    const file = JSON.parse(Buffer.from(json.value.base64, 'base64').toString('utf8')) as BenchFile;
    expect(file.format).toBe('benchmatch.bench');
    expect(file.engineers!.length).toBe(engineers);
    const csv = await call<{ fileName: string; base64: string; engineers: number }>('exportBenchData', { format: 'csv' });
    if (!csv.ok) throw new Error(csv.error.message);
    expect(csv.value.fileName).toMatch(/\.csv$/);
    expect(Buffer.from(csv.value.base64, 'base64').toString('utf8').trim().split('\n').length).toBeGreaterThan(engineers);
    expect((await call('exportBenchData', { format: 'xlsx' })).ok).toBe(false);
  });
});

describe('the window file dialogs (pure rules)', () => {
  it('parse their input strictly', () => {
    expect(saveBenchExportInput.safeParse({ format: 'csv' }).success).toBe(true);
    expect(saveBenchExportInput.safeParse({ format: 'exe' }).success).toBe(false);
    expect(saveBenchExportInput.safeParse({ format: 'csv', path: '/etc' }).success).toBe(false);
    // "Show in folder" takes only an id the window gave, never a path.
    expect(showInFolderInput.safeParse({ path: '/tmp/x.json' }).success).toBe(false);
    expect(showInFolderInput.safeParse({ reveal: '/tmp/x.json' }).success).toBe(false);
    expect(showInFolderInput.safeParse({ reveal: 'AAAAAAAAAAAAAAAAAAAAAA' }).success).toBe(true);
  });
  it('make the saved name end as its format, so the writer writes that format', () => {
    expect(exportPathFor('csv', '/d/team')).toBe('/d/team.csv');
    expect(exportPathFor('csv', '/d/team.CSV')).toBe('/d/team.CSV');
    expect(exportPathFor('json', '/d/team')).toBe('/d/team.bench.json');
    expect(exportPathFor('json', '/d/team.csv')).toBe('/d/team.csv.bench.json');
    expect(exportPathFor('json', '/d/team.bench.json')).toBe('/d/team.bench.json');
  });
  it('reveal only files this window wrote, by the id it gave, while they exist', () => {
    const list = new RevealList();
    const f = join(dir, 'written.csv');
    writeFileSync(f, 'x');
    const w = list.add(f);
    expect(w.fileName).toBe('written.csv');
    expect(w.reveal).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(list.get(w.reveal)).toBe(f);
    expect(list.get('AAAAAAAAAAAAAAAAAAAAAA')).toBeNull();
    rmSync(f);
    expect(list.get(w.reveal)).toBeNull();
  });
  it('show only existing files of the kinds the app writes', () => {
    const f = join(dir, 'shown.json');
    writeFileSync(f, '{}');
    expect(isRevealable(f)).toBe(true);
    expect(isRevealable(join(dir, 'missing.json'))).toBe(false);
    expect(isRevealable(join(dir, 'renderer'))).toBe(false);
    expect(isRevealable('/etc/passwd')).toBe(false);
  });
  it('safeUploadName keeps the base name of bench files and CSVs only', () => {
    expect(safeUploadName('C:\\Users\\ana\\team.bench.json')).toBe('team.bench.json');
    expect(safeUploadName('a\u0000b.csv')).toBe('a_b.csv');
    expect(safeUploadName('team.xlsx')).toBeNull();
  });
});
