import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.ts';

/** Regression tests for what the OpenAPI fuzzer found (one per finding). */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('fuzzer findings', () => {
  it('publishes the recursive category tree as a defined component', async () => {
    const doc = (await t.app.inject('/api/docs/json')).json();
    const refs = [...JSON.stringify(doc).matchAll(/"#\/components\/schemas\/([^"]+)"/g)].map(
      (m) => m[1]!,
    );
    expect(refs).toContain('CategoryNode');
    for (const name of refs) expect(doc.components.schemas).toHaveProperty(name);
  });
});
