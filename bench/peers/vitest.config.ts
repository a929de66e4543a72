import { defineConfig } from 'vitest/config';

/** `pnpm --filter @vecsum/bench-peers test`: the wrappers on a few dev records (the root Vitest run includes them too). */
export default defineConfig({
  resolve: { conditions: ['source'] },
  ssr: { resolve: { conditions: ['source'] } },
  test: { include: ['src/**/*.test.ts'], testTimeout: 60_000, pool: 'forks' },
});
