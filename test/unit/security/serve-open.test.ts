// `serve --open` (issue 14, item 2): the secret token never appears in the opener's command line (any
// local user can read it with `ps`); the browser is given an owner-only page that forwards to the
// address with the token, and the page is gone once the server stops. The opener here is a real child
// process (BENCHMATCH_OPEN_WITH) that records the arguments it was given and what it could read.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOnce } from './build-once';

const root = path.resolve(__dirname, '../../..');
let dir = '';

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'benchmatch-open-test-'));
  await buildOnce(root);
}, 240_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function waitFor<T>(get: () => T | undefined, what: string, ms = 30_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = get();
    if (v !== undefined) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('serve --open', { timeout: 120_000 }, () => {
  it('opens an owner-only forwarding page; the token is never in the child arguments', async () => {
    const record = path.join(dir, 'opener.json');
    const opener = path.join(dir, 'opener.mjs');
    writeFileSync(opener, `#!${process.execPath}
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
const target = process.argv[2];
const file = fileURLToPath(target);
writeFileSync(${JSON.stringify(record)}, JSON.stringify({ argv: process.argv.slice(1), file, page: readFileSync(file, 'utf8'),
  fileMode: statSync(file).mode & 0o777, dirMode: statSync(dirname(file)).mode & 0o777 }));
`, { mode: 0o700 });
    const child = spawn(process.execPath, [path.join(root, 'bin/benchmatch.js'), '--db', path.join(dir, 'b.sqlite'), 'serve', '--open'], {
      env: { PATH: process.env.PATH ?? '', HOME: dir, XDG_CONFIG_HOME: path.join(dir, 'config'), BENCHMATCH_OPEN_WITH: opener },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    const url = await waitFor(() => /Open: (\S+)/.exec(stdout)?.[1], 'the printed address');
    const token = /#token=([^&\s]+)/.exec(url)![1]!;
    const seen = await waitFor(() => (existsSync(record) ? (JSON.parse(readFileSync(record, 'utf8')) as { argv: string[]; file: string; page: string; fileMode: number; dirMode: number }) : undefined), 'the opener');

    expect(seen.argv.join(' ')).not.toContain(token);
    expect(seen.argv[1]).toMatch(/^file:\/\//);
    expect(seen.fileMode).toBe(0o600);
    expect(seen.dirMode).toBe(0o700);
    expect(seen.page).toContain(JSON.stringify(url));
    expect(fileURLToPath(seen.argv[1]!)).toBe(seen.file);
    expect(statSync(seen.file).isFile()).toBe(true);

    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(existsSync(seen.file)).toBe(false);
  });
});
