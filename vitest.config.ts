import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'bench/*/src/**/*.test.ts', 'apps/*/test/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['**/node_modules/**', '**/dist/**'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // a poll resolves as soon as its condition holds; the long timeout only matters on a loaded
    // machine, where a browser test's server answer can take seconds (the default is 1 s)
    expect: { poll: { timeout: 15_000 } },
    pool: 'forks',
    // Vitest's default is one worker fewer than the cores, so the 2-core CI machine ran every file one after another (28.5 min
    // for .ci/run in session 38); the main process only collects results, so every core runs test files
    maxWorkers: Math.max(2, availableParallelism() - 1),
    globalSetup: ['./test/global-setup.ts'],
  },
});
