// `serve --open`: hands our own loopback URL to the OS's default browser without putting the secret in
// the browser's command line, where any local user could read it (`ps`). The browser is given an
// owner-only local page instead (a 0700 folder, a 0600 file) that forwards to the address with its token
// in the fragment; the page is deleted once the server stops or after a short while, whichever is first.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** How long the forwarding page lives: long enough for a cold browser to start and read it. */
const LAUNCHER_TTL_MS = 2 * 60_000;

export interface OpenedBrowser {
  /** Deletes the forwarding page now (the server is stopping). */
  cleanup(): void;
}

/** A page that sends the browser on to `url` (a JSON string literal in a script: no HTML injection). */
function forwardingPage(url: string): string {
  return `<!doctype html><meta charset="utf-8"><meta name="referrer" content="no-referrer"><title>BenchMatch</title>` +
    `<script>location.replace(${JSON.stringify(url).replace(/</g, '\\u003c')})</script>`;
}

/** The program and arguments that open `target` with the default browser (or BENCHMATCH_OPEN_WITH). */
function openerFor(target: string): [string, string[]] {
  const custom = process.env.BENCHMATCH_OPEN_WITH;
  if (custom) return [custom, [target]];
  if (process.platform === 'darwin') return ['open', [target]];
  if (process.platform === 'win32') return ['cmd', ['/c', 'start', '""', target]];
  return ['xdg-open', [target]];
}

export function openInBrowser(url: string): OpenedBrowser {
  const dir = mkdtempSync(join(tmpdir(), 'benchmatch-open-')); // created 0700
  const page = join(dir, 'open.html');
  writeFileSync(page, forwardingPage(url), { mode: 0o600 });
  const cleanup = () => rmSync(dir, { recursive: true, force: true });
  const timer = setTimeout(cleanup, LAUNCHER_TTL_MS);
  timer.unref();
  const [cmd, args] = openerFor(pathToFileURL(page).href);
  const child = spawn(cmd, args, { detached: true, stdio: 'ignore' });
  child.on('error', () => console.error(`benchmatch: could not open a browser (${cmd}); open the address above yourself.`));
  child.unref();
  return {
    cleanup() {
      clearTimeout(timer);
      cleanup();
    },
  };
}
