// better-sqlite3 for Electron, kept apart from the Node build `npm test` uses: the package is copied
// into .electron-native/<platform>-<arch>/node_modules (a stamp file names the Electron version it was built for) and rebuilt there with
// @electron/rebuild. node_modules itself is never touched, so `npm test` and `npm start` cannot break
// each other. scripts/start.mjs (development) and before-pack.cjs (packaging) both call this.
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const require = createRequire(import.meta.url);

export function electronVersion(root = process.cwd()) {
  return JSON.parse(readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8')).version;
}

/** Path of the Electron-ABI better_sqlite3.node, building it first when missing. */
export async function electronNativeBinding({ root = process.cwd(), version = electronVersion(root), platform = process.platform, arch = process.arch } = {}) {
  const dir = resolve(root, '.electron-native', `${platform}-${arch}`);
  const binding = join(dir, 'node_modules/better-sqlite3/build/Release/better_sqlite3.node');
  const stamp = join(dir, 'electron-version.txt');
  if (existsSync(binding) && existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === version) return binding;
  mkdirSync(join(dir, 'node_modules'), { recursive: true });
  const pkg = JSON.parse(readFileSync(require.resolve('better-sqlite3/package.json'), 'utf8'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'benchmatch-electron-native', private: true, dependencies: { 'better-sqlite3': pkg.version } }, null, 2));
  // Its own small dependencies (bindings, file-uri-to-path) come along so the copy loads on its own.
  for (const name of ['better-sqlite3', 'bindings', 'file-uri-to-path']) {
    const from = join(root, 'node_modules', name);
    if (existsSync(from)) cpSync(from, join(dir, 'node_modules', name), { recursive: true });
  }
  const { rebuild } = await import('@electron/rebuild');
  await rebuild({ buildPath: dir, electronVersion: version, arch, onlyModules: ['better-sqlite3'], force: true });
  if (!existsSync(binding)) throw new Error(`@electron/rebuild finished but ${binding} is missing`);
  writeFileSync(stamp, version + '\n');
  return binding;
}
