import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.ts';

/** Regression tests for what the OpenAPI fuzzer found (one per finding). */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('fuzzer findings', () => {
  it('answers an over-long path id with the error body, not the router default', async () => {
    const res = await t.app.inject({
      url: `/api/v1/shops/${'ক'.repeat(120)}`,
      headers: { 'accept-language': 'en' },
    });
    expect(res.statusCode).toBe(414);
    expect(res.json()).toMatchObject({
      error: { code: 'URI_TOO_LONG', message: 'The address (URL) is too long.' },
    });
    const badEncoding = await t.app.inject({ url: '/api/v1/shops/%E0%A6' });
    expect(badEncoding.statusCode).toBe(400);
    expect(badEncoding.json().error.code).toBe('VALIDATION_FAILED');
  });

  it('answers a NUL byte in a path id with 400, not 500', async () => {
    const res = await t.app.inject({ url: '/api/v1/categories/rice%00' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
    // The login audit record keeps the identifier in jsonb, which refuses \u0000 too.
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { identifier: 'ab\u0000c', password: 'whatever-123' },
    });
    expect(login.statusCode).toBe(400);
    expect(login.json().error.code).toBe('VALIDATION_FAILED');
  });

  it('publishes the recursive category tree as a defined component', async () => {
    const doc = (await t.app.inject('/api/docs/json')).json();
    const refs = [...JSON.stringify(doc).matchAll(/"#\/components\/schemas\/([^"]+)"/g)].map(
      (m) => m[1]!,
    );
    expect(refs).toContain('CategoryNode');
    for (const name of refs) expect(doc.components.schemas).toHaveProperty(name);
  });
});

describe('declared responses', () => {
  it('declares the 202/204 answers of the account routes in the OpenAPI document', async () => {
    const doc = (await t.app.inject('/api/docs/json')).json();
    const declared = (path: string) => Object.keys(doc.paths[path].post.responses);
    expect(declared('/api/v1/auth/logout')).toContain('204');
    expect(declared('/api/v1/me/password')).toContain('204');
    expect(declared('/api/v1/auth/password/forgot')).toContain('202');
    expect(declared('/api/v1/auth/password/reset')).toContain('204');
    expect(declared('/api/v1/auth/verify/email/send')).toContain('202');
    expect(declared('/api/v1/auth/verify/phone/send')).toContain('202');
    const logout = await t.app.inject({ method: 'POST', url: '/api/v1/auth/logout', payload: {} });
    expect(logout.statusCode).toBe(204);
    expect(logout.body).toBe('');
  });
});

describe('map bounds', () => {
  it('refuses denormal coordinates (1e-323, an empty box once rounded) instead of underflowing', async () => {
    const res = await t.app.inject({
      url: '/api/v1/shops/in-bounds?south=-1e-105&west=-1e-323&north=7e-153&east=8e-240',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).not.toBe('INTERNAL');
  });
});
