import { defineConfig } from 'vitest/config';

/** The deliberately failing test of .ci/prove-failing-exit.sh, with the suite's global setup. */
export default defineConfig({
  test: {
    include: ['test/canary/*.canary.ts'],
    globalSetup: ['test/global-setup.ts'],
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
