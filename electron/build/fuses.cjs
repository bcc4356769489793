/* eslint-disable @typescript-eslint/no-require-imports -- loaded by the CommonJS afterPack hook and by a test */
// Electron's fuses for the packaged app, every one of them decided here (a test fails when Electron adds a
// fuse this list does not decide). Off: running as plain Node (ELECTRON_RUN_AS_NODE), NODE_OPTIONS,
// --inspect flags, file:// extra privileges. On: code only from the app's asar, and that asar checked
// against the integrity hash embedded at packaging (where the OS supports it: macOS and Windows today).
const { FuseV1Options } = require('@electron/fuses');

const FUSES = {
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  // The default snapshot is shared with utility processes; a separate one buys nothing here.
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  // The renderer is served from app://, never file://: file pages need no extra powers.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
  // Electron's default (on): WebAssembly bounds checks through trap handlers.
  [FuseV1Options.WasmTrapHandlers]: true,
};

module.exports = { FUSES };
