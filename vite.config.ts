// The renderer build: renderer/ -> dist/renderer, served by the loopback server (browser mode) and by
// the app:// protocol inside Electron. Absolute asset paths ('/assets/...') work for both, and for
// client routes such as /engineers/eng-1 that reload from the server.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: 'renderer',
  base: '/',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
  },
});
