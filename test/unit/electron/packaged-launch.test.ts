// The packaged app's hardening (issue 14, item 7): every Electron fuse is decided, with asar integrity
// validation on and file:// extra privileges off; a packaged launch with a debugging switch is refused;
// DevTools and a native module from an environment variable exist only in development.
import { createRequire } from 'node:module';
import { FuseV1Options } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import { devToolsAllowed, nativeBindingCandidates, refusedDebugSwitch } from '../../../electron/launch-guard';

const require = createRequire(import.meta.url);
const { FUSES } = require('../../../electron/build/fuses.cjs') as { FUSES: Record<number, boolean> };

describe('Electron fuses', () => {
  it('decides every fuse Electron has', () => {
    const all = Object.values(FuseV1Options).filter((v): v is number => typeof v === 'number');
    expect(Object.keys(FUSES).map(Number).sort()).toEqual([...all].sort());
  });
  it('checks the asar, grants file:// nothing, and never runs as Node', () => {
    expect(FUSES[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(FUSES[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
    expect(FUSES[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false);
    expect(FUSES[FuseV1Options.RunAsNode]).toBe(false);
    expect(FUSES[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(FUSES[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
  });
});

describe('a packaged launch', () => {
  const app = '/opt/BenchMatch/benchmatch';
  it.each([
    ['--remote-debugging-port=9222', '--remote-debugging-port'],
    ['--remote-debugging-port', '--remote-debugging-port'],
    ['--REMOTE-DEBUGGING-PIPE', '--remote-debugging-pipe'],
    ['--inspect=0.0.0.0:9229', '--inspect'],
    ['--inspect-brk', '--inspect-brk'],
  ])('refuses %s', (arg, name) => {
    expect(refusedDebugSwitch([app, '--no-sandbox', arg], true)).toBe(name);
  });
  it('starts with ordinary switches, and a development run keeps debugging', () => {
    expect(refusedDebugSwitch([app, '--lang=es', 'bench.sqlite'], true)).toBeNull();
    expect(refusedDebugSwitch([app, '--remote-debugging-port=9222'], false)).toBeNull();
  });
  it('has no DevTools, and loads better-sqlite3 only from its own resources', () => {
    expect(devToolsAllowed(true)).toBe(false);
    expect(devToolsAllowed(false)).toBe(true);
    const env = { BENCHMATCH_NATIVE_BINDING: '/tmp/evil.node' };
    expect(nativeBindingCandidates(true, '/opt/BenchMatch/resources/native/better_sqlite3.node', env)).toEqual(['/opt/BenchMatch/resources/native/better_sqlite3.node']);
    expect(nativeBindingCandidates(false, '/unused', env)).toEqual(['/tmp/evil.node']);
    expect(nativeBindingCandidates(false, '/unused', {})).toEqual([]);
  });
});
