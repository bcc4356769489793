#!/usr/bin/env node
// The command line's entry point. `npm install` runs `prepare`, which bundles the TypeScript into
// dist/node (scripts/build.mjs); this file only loads that bundle, so startup stays fast.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../dist/node/cli.js', import.meta.url));
if (!existsSync(cli)) {
  console.error('benchmatch: the build is missing (dist/node/cli.js). Run `npm run build` in the project folder.');
  process.exit(2);
}
await import(cli);
