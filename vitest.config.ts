import { availableParallelism } from 'node:os';
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
    // A test file spends much of its time waiting (for CLI processes, PGlite, deadlines), so run one
    // file more at once than there are cores: the waits of one leave no core idle.
    maxWorkers: availableParallelism() + 1,
    // Each worker process runs file after file with the modules it has loaded: test files share no
    // state through them (every test makes its own data directory, servers and services).
    isolate: false,
  },
});
