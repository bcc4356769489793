// `npm start`: the desktop app when Electron's binary is here; otherwise browser mode, saying why in
// one line. Either way the project is built first, so what runs is the current source.
//   npm start                 -> Electron window (or browser mode)
//   npm start -- --port 4000  -> options after -- go to `benchmatch serve` in browser mode
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = process.cwd();
const args = process.argv.slice(2);

function run(cmd, argv, env = process.env) {
  return new Promise((resolve) => {
    const child = spawn(cmd, argv, { stdio: 'inherit', env });
    const forward = (sig) => child.kill(sig);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 0 : 1)));
  });
}

/** The Electron executable, or the reason there is none. Tries the lazy download with a short timeout. */
function findElectron() {
  const pkg = join(root, 'node_modules/electron');
  if (!existsSync(pkg)) return { why: 'the electron package is not installed' };
  const pathTxt = join(pkg, 'path.txt');
  if (existsSync(pathTxt)) {
    const exe = join(pkg, 'dist', readFileSync(pathTxt, 'utf8').trim());
    if (existsSync(exe)) return { exe };
  }
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) return { why: "Electron's binary was not downloaded (ELECTRON_SKIP_BINARY_DOWNLOAD is set)" };
  // require('electron') downloads the binary on first use; give it a short while, then fall back.
  const probe = spawnSync(process.execPath, ['-e', "process.stdout.write(require('electron'))"], { cwd: root, timeout: 30_000, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const exe = probe.stdout?.trim();
  if (probe.status === 0 && exe && existsSync(exe)) return { exe };
  return { why: probe.error?.code === 'ETIMEDOUT' ? "Electron's binary could not be downloaded in time" : "Electron's binary is missing and could not be downloaded" };
}

const found = findElectron();
const built = await run(process.execPath, ['scripts/build.mjs']);
if (built !== 0) process.exit(built);

if (found.exe) {
  let env = process.env;
  try {
    const { electronNativeBinding } = await import('../electron/build/native.mjs');
    env = { ...process.env, BENCHMATCH_NATIVE_BINDING: await electronNativeBinding({ root }) };
  } catch (err) {
    console.error(`benchmatch: could not build better-sqlite3 for Electron (${err.message}); starting browser mode instead.`);
    process.exit(await run(process.execPath, ['bin/benchmatch.js', 'serve', ...args]));
  }
  process.exit(await run(found.exe, [join(root, 'dist/electron/main.js')], env));
}

console.log(`benchmatch: ${found.why}, so the app starts in browser mode instead.`);
process.exit(await run(process.execPath, ['bin/benchmatch.js', 'serve', ...args]));
