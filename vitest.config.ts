import { defineConfig } from 'vitest/config';

// Unit and component tests. Browser tests live in tests/e2e and run with vitest.e2e.config.ts.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    exclude: ['tests/e2e/**', 'tests/e2e-firefox/**', 'node_modules/**'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
    // Room for waitFor's five seconds (tests/setup.ts) on a busy machine.
    testTimeout: 20_000,
  },
});
