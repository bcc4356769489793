// Builds the command line bundle (dist/node) for tests that run bin/benchmatch.js as a process.
import { execFile } from 'node:child_process';

export function buildOnce(root: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    execFile(process.execPath, ['scripts/build.mjs', '--node-only'], { cwd: root }, (err, _o, stderr) => (err ? reject(new Error(stderr)) : resolve()));
  });
}
