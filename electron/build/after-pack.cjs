/* eslint-disable @typescript-eslint/no-require-imports -- electron-builder loads hooks as CommonJS */
// electron-builder afterPack: flip Electron's fuses on the packaged binary (fuses.cjs decides each one),
// so the shipped app cannot be turned into a general Node runtime or load code from outside its asar.
const { join } = require('node:path');
const { flipFuses, FuseVersion } = require('@electron/fuses');
const { FUSES } = require('./fuses.cjs');

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
    ...FUSES,
  });
};
