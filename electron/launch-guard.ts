// What a packaged BenchMatch refuses at launch, as pure functions the tests call (main.ts applies them).
// A packaged app holds the firm's candidate data: a debugging port or an inspector would let any local
// program read it through the Chrome DevTools protocol, and a native module named by an environment
// variable would run someone else's code inside the app. A development run (`npm start`) keeps both.

/** Switches that open the app to a debugger (Chromium's and Node's spellings, with or without a value). */
const DEBUG_SWITCHES = ['--remote-debugging-port', '--remote-debugging-pipe', '--remote-debugging-address', '--inspect', '--inspect-brk', '--inspect-port', '--inspect-publish-uid', '--debug', '--debug-brk'];

/** The first debugging switch in `argv` when the app is packaged (it then quits), else null. */
export function refusedDebugSwitch(argv: readonly string[], isPackaged: boolean): string | null {
  if (!isPackaged) return null;
  for (const arg of argv) {
    const name = arg.split('=')[0]!.toLowerCase();
    if (DEBUG_SWITCHES.includes(name)) return name;
  }
  return null;
}

/** DevTools only in development: a packaged window cannot open them (webPreferences.devTools). */
export function devToolsAllowed(isPackaged: boolean): boolean {
  return !isPackaged;
}

/**
 * Where better-sqlite3's Electron build may be loaded from: packaged, only the copy shipped inside the
 * app's resources; in development, also the one scripts/start.mjs made (BENCHMATCH_NATIVE_BINDING).
 */
export function nativeBindingCandidates(isPackaged: boolean, resourcesNative: string, env: Readonly<Record<string, string | undefined>>): string[] {
  if (isPackaged) return [resourcesNative];
  return env.BENCHMATCH_NATIVE_BINDING ? [env.BENCHMATCH_NATIVE_BINDING] : [];
}
