import { defineConfig } from 'vitest/config';

// Real-browser tests: the built extension in Chromium. One file at a time, since
// each launches its own browser.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
