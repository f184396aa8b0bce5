import { readFile, writeFile } from 'node:fs/promises';
import openapiTS, { astToString } from 'openapi-typescript';
import prettier from 'prettier';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.ts';

/**
 * The web app's API types are generated from the server's OpenAPI document, so a changed response
 * shape breaks `npm run check` instead of a page at run time. This test fails when the committed
 * file is stale; `npm run api:types` rewrites it.
 */
const target = new URL('../../web/src/api/openapi.gen.ts', import.meta.url);
const banner = `// Generated from the API's OpenAPI document by \`npm run api:types\`; do not edit.\n`;

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

async function generate(): Promise<string> {
  const doc = (await t.app.inject('/api/docs/json')).json() as Parameters<typeof openapiTS>[0];
  const source = banner + astToString(await openapiTS(doc, { alphabetize: true }));
  const options = (await prettier.resolveConfig(target.pathname)) ?? {};
  return prettier.format(source, { ...options, filepath: target.pathname });
}

describe('web API types', () => {
  it('match the OpenAPI document the server publishes', async () => {
    const fresh = await generate();
    if (process.env.UPDATE_API_TYPES === '1') await writeFile(target, fresh);
    const committed = await readFile(target, 'utf8').catch(() => '');
    expect(committed, 'web/src/api/openapi.gen.ts is stale: run `npm run api:types`').toBe(fresh);
  });
});
