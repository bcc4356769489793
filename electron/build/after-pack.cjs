/* eslint-disable @typescript-eslint/no-require-imports -- electron-builder loads hooks as CommonJS */
// electron-builder afterPack: flip Electron's fuses on the packaged binary, so the shipped app cannot
// be turned into a general Node runtime: no ELECTRON_RUN_AS_NODE, no NODE_OPTIONS, no --inspect, and
// code loads only from the app's asar archive.
const { join } = require('node:path');
const { flipFuses, FuseVersion, FuseV1Options } = require('@electron/fuses');

exports.default = async function afterPack(context) {
  const name = context.packager.appInfo.productFilename;
  const exe = {
    darwin: join(context.appOutDir, `${name}.app`),
    mas: join(context.appOutDir, `${name}.app`),
    win32: join(context.appOutDir, `${name}.exe`),
    linux: join(context.appOutDir, context.packager.executableName),
  }[context.electronPlatformName];
  await flipFuses(exe, {
    version: FuseVersion.V1,
    resetAdHocDarwinSignature: context.electronPlatformName === 'darwin' && context.arch === require('electron-builder').Arch.arm64,
    [FuseV1Options.RunAsNode]: false,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    [FuseV1Options.EnableCookieEncryption]: true,
  });
};
