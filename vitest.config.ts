import { defineConfig } from 'vitest/config';

// Unit tests (shared/, db/ on real SQLite files) and e2e tests (real Chromium against browser mode)
// run in one `npm test`. E2e files drive a browser, so they get a longer timeout.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
