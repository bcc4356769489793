// The renderer build: renderer/ -> dist/renderer, served by the loopback server (browser mode) and by
// the app:// protocol inside Electron. Absolute asset paths ('/assets/...') work for both, and for
// client routes such as /engineers/eng-1 that reload from the server.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Mantine's input styles carry ten rules of the form
//   .m_6c018570[data-size=sm] .m_6c018570[data-with-right-section]:has([data-combined-clear-section])
// (the extra end padding of a clearable input that also shows a chevron). With them Chromium re-checks
// :has() on DOM changes all over the page: scrolling the 100k Bench table spent its frames restyling
// (a Chromium trace: 29 long tasks of 40-60 ms in 3 s with these rules, 4 without, the same with the
// stylesheet otherwise whole). This PostCSS step removes exactly those rules from the built CSS;
// renderer/theme.ts gives clearable Selects the same padding without :has().
const HAS_CLEAR_SECTION = ':has([data-combined-clear-section])';
const dropHasClearSectionRules = {
  postcssPlugin: 'benchmatch-drop-has-clear-section',
  Rule(rule: { selector: string; remove(): void }) {
    if (rule.selector.includes(HAS_CLEAR_SECTION)) rule.remove();
  },
};

export default defineConfig({
  root: 'renderer',
  base: '/',
  plugins: [react()],
  css: { postcss: { plugins: [dropHasClearSectionRules] } },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: true,
    chunkSizeWarningLimit: 2000,
  },
});
