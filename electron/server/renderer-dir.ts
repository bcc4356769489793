// Where the built renderer is: beside the bundle that runs (dist/node/cli.js -> dist/renderer), else
// the project's dist/renderer (tests that import the TypeScript directly run from the project root).
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export function rendererDir(): string {
  const candidates = [
    process.env.BENCHMATCH_RENDERER_DIR,
    fileURLToPath(new URL('../renderer', import.meta.url)),
    resolve('dist/renderer'),
  ].filter((x): x is string => !!x);
  return candidates.find((d) => existsSync(join(d, 'index.html'))) ?? candidates[candidates.length - 1]!;
}
