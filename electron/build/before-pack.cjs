/* eslint-disable @typescript-eslint/no-require-imports -- electron-builder loads hooks as CommonJS */
// electron-builder beforePack: build better-sqlite3 for the Electron ABI of the target (in
// .electron-native/, never in node_modules), so extraResources can ship it as resources/native/.
// Native modules cannot be cross-compiled: package each OS on that OS.
const { join } = require('node:path');

exports.default = async function beforePack(context) {
  const { electronNativeBinding } = await import(join(__dirname, 'native.mjs'));
  const arch = require('electron-builder').Arch[context.arch];
  const binding = await electronNativeBinding({ root: context.packager.projectDir, platform: context.electronPlatformName, arch });
  console.log(`  • better-sqlite3 for Electron: ${binding}`);
};
