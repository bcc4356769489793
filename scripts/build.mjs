// One build for everything that runs outside the browser: esbuild bundles each Node / Electron entry
// (dependencies stay in node_modules: better-sqlite3 is native, pdfkit reads its data files at run
// time), then Vite builds the renderer. `npm run build`, `prepare` (so `npx benchmatch` works right
// after `npm install`) and `npm test` all run this file.
import { build } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { build as viteBuild } from 'vite';

const quiet = process.argv.includes('--node-only');
const common = { bundle: true, platform: 'node', target: 'node20', sourcemap: true, packages: 'external', logLevel: 'warning' };

const nodeEntries = {
  cli: 'electron/cli/main.ts',
  index: 'db/index.ts',
  bench: 'bench/run.ts',
};
// The CLI inlines the pure-JS packages every command loads: resolving and linking kysely's few hundred
// ESM files (and zod's, commander's) cost more at each start than the work `benchmatch stats` does.
// Native, data-reading and heavy lazily-imported packages (better-sqlite3, pdfkit, exceljs, faker) stay external.
// The library (index) inlines the same: a script that opens a bench and matches once is a whole process
// too, and loading kysely and zod file by file took 0.2 s of CPU of its start (issue 20's cold match figure).
const cliInline = new Set(['kysely', 'zod', 'commander', 'csv-parse', 'csv-stringify', 'cli-progress']);
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const cliExternal = Object.keys(pkg.dependencies ?? {}).filter((d) => !cliInline.has(d));
for (const [name, entry] of Object.entries(nodeEntries)) {
  if (!existsSync(entry)) continue;
  const deps = name === 'cli' || name === 'index' ? { packages: undefined, external: cliExternal } : {};
  await build({ ...common, ...deps, entryPoints: [entry], outfile: `dist/node/${name}.js`, format: 'esm',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" } });
}
// Electron: main as ESM, preload as CommonJS (a sandboxed preload cannot be an ES module).
if (existsSync('electron/main.ts')) {
  await build({ ...common, entryPoints: ['electron/main.ts'], outfile: 'dist/electron/main.js', format: 'esm', external: ['electron'],
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" } });
  await build({ ...common, entryPoints: ['electron/preload.ts'], outfile: 'dist/electron/preload.cjs', format: 'cjs', external: ['electron'] });
  await build({ ...common, entryPoints: ['electron/service-worker.ts'], outfile: 'dist/electron/service-worker.js', format: 'esm', banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" } });
}
if (!quiet && existsSync('renderer/index.html')) {
  await viteBuild({ configFile: 'vite.config.ts', logLevel: 'warn' });
}
