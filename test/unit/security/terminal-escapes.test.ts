// Terminal escapes (issue 14, item 5): names carrying ESC/OSC/CSI sequences, BEL, CR, C1 controls and bidi
// overrides reach the terminal through `import` warnings, `search` and `match` output. Text output shows
// them as visible escapes; JSON output parses back to the exact value and holds no raw control byte.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printable, printableJson } from '../../../electron/cli/printable';
import { buildOnce } from './build-once';

const root = path.resolve(__dirname, '../../..');
let dir = '';

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(root, 'bin/benchmatch.js'), ...args], {
      cwd: dir,
      env: { PATH: process.env.PATH ?? '', HOME: dir, XDG_CONFIG_HOME: path.join(dir, 'config') },
    }, (err, stdout, stderr) => resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr }));
  });
}

const HOSTILE = 'Eve\u001b]0;pwned\u0007 Mallory\u001b[2J\r\u009b31m\u202eevil';
// Every character a terminal could act on: C0 (but tab/LF), DEL, C1, bidi controls.
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'benchmatch-esc-'));
  await buildOnce(root);
  const engineer = (id: string, email: string) => ({
    id, name: HOSTILE, email, country: 'BR', timeZone: 'America/Sao_Paulo', seniority: 'senior', primaryRole: `Backend ${HOSTILE}`,
    skills: [{ name: 'Python', level: 4 }],
  });
  // Two engineers with one e-mail: the import warns about a possible duplicate, naming them.
  writeFileSync(path.join(dir, 'hostile.bench.json'), JSON.stringify({
    format: 'benchmatch.bench', version: 1,
    engineers: [engineer('e-1', 'eve@example.org'), engineer('e-2', 'eve@example.org')],
    clients: [{ id: 'c-1', name: 'Acme', timeZone: 'America/New_York' }],
    roles: [{ id: 'r-1', clientId: 'c-1', title: 'Python dev', mustHave: [{ skill: 'Python' }] }],
  }));
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('terminal escapes in CLI output', { timeout: 120_000 }, () => {
  it('printable shows controls as visible escapes and keeps tabs and line feeds', () => {
    expect(printable('a\u001b[2Jb\tc\nd\u0007\u009b\u202e')).toBe('a\\x1b[2Jb\tc\nd\\x07\\x9b\\u202e');
    const json = JSON.stringify({ name: HOSTILE });
    expect(JSON.parse(printableJson(json))).toEqual({ name: HOSTILE });
    expect(printableJson(json)).not.toMatch(RAW_CONTROL);
  });

  it('import, search and match print no raw control character; --json keeps the exact name', async () => {
    const db = path.join(dir, 'b.sqlite');
    const imported = await run(['--db', db, 'import', 'hostile.bench.json']);
    expect(imported.code).toBe(0);
    for (const text of [imported.stdout, imported.stderr]) expect(text).not.toMatch(RAW_CONTROL);

    const search = await run(['--db', db, 'search', 'python']);
    expect(search.code).toBe(0);
    expect(search.stdout).toContain('Eve\\x1b]0;pwned\\x07 Mallory\\x1b[2J\\x0d\\x9b31m\\u202e');
    expect(search.stdout + search.stderr).not.toMatch(RAW_CONTROL);

    const match = await run(['--db', db, 'match', '--role', 'r-1']);
    expect(match.code).toBe(0);
    expect(match.stdout + match.stderr).not.toMatch(RAW_CONTROL);

    const json = await run(['--db', db, 'search', 'python', '--json']);
    expect(json.stdout).not.toMatch(RAW_CONTROL);
    const names = JSON.stringify(JSON.parse(json.stdout));
    expect(names).toContain(JSON.stringify(HOSTILE).slice(1, -1));
  });
});
