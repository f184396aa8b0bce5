import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './helpers/app.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ BODY_LIMIT_BYTES: '2048' });
});
afterAll(() => t.close());

describe('platform HTTP behaviour', () => {
  it('reports health and readiness of database and queue', async () => {
    expect((await t.app.inject('/health')).json()).toEqual({ status: 'ok' });
    const ready = await t.app.inject('/ready');
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({ status: 'ready', database: 'up' });
    expect(ready.json().queue).toContain(process.env.REDIS_URL ? 'bullmq' : 'memory');
  });

  it('answers unknown API routes with a localized error body', async () => {
    const bn = await t.app.inject('/api/v1/nope');
    expect(bn.statusCode).toBe(404);
    expect(bn.json().error.code).toBe('ROUTE_NOT_FOUND');
    expect(bn.json().error.message).toBe('এই ঠিকানায় কিছু নেই।');
    const en = await t.app.inject({
      url: '/api/v1/nope',
      headers: { 'accept-language': 'en-US,en;q=0.9' },
    });
    expect(en.json().error.message).toBe('No such endpoint.');
  });

  it('puts a request id on every response', async () => {
    const res = await t.app.inject({ url: '/health', headers: { 'x-request-id': 'abc-123' } });
    expect(res.headers['x-request-id']).toBe('abc-123');
    const generated = await t.app.inject('/health');
    expect(generated.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('publishes an OpenAPI 3.1 document and Swagger UI', async () => {
    const doc = await t.app.inject('/api/docs/json');
    expect(doc.statusCode).toBe(200);
    expect(doc.json().openapi).toBe('3.1.0');
    expect(Object.keys(doc.json().paths)).toContain('/api/v1/config');
    const ui = await t.app.inject('/api/docs/');
    expect(ui.statusCode).toBe(200);
    expect(ui.body).toContain('swagger');
  });

  it('sets security headers', async () => {
    const res = await t.app.inject('/api/v1/config');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });
});
