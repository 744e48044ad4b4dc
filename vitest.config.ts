import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Build dist/ first (the CLI the tests start runs it), then serve what test files share: the
    // bundled corpus's index and a PostgreSQL server, each made once per run (test/support/README.md).
    globalSetup: ['test/support/build.ts', 'test/support/shared.ts'],
    setupFiles: ['test/setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
  },
});
