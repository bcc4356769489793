// The PDF embeds DejaVu Sans (regular and bold) so names such as "João" or "Ríos" render on any
// reader. The font files are resolved through the module system from wherever node_modules is,
// which also holds for the bundled CLI in dist/node.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const FONT_FILES = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
} as const;
