import { expect, inject, it } from 'vitest';

// Run only by .ci/prove-failing-exit.sh (vitest.canary.config.ts): a test run with a failing test
// must exit non-zero, with the embedded PostgreSQL as with the machine's.
it('fails on purpose, so the run must exit non-zero', () => {
  expect(inject('databaseUrl')).toMatch(/^postgres/);
  expect(1 + 1).toBe(3);
});
