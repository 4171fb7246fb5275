import { defineConfig } from 'vitest/config';

// Real-browser tests in Firefox: the built Firefox add-on in Debian's firefox-esr over
// WebDriver BiDi. One file at a time: each launches its own browser, and the policy file
// that carries the test settings is one per Firefox installation.
export default defineConfig({
  test: {
    include: ['tests/e2e-firefox/**/*.firefox.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
