import { readFile, readdir } from 'node:fs/promises';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createProduct,
  insertShop,
  multipartFile,
} from '../../src/modules/catalog/test-support.ts';
import { actOnPaymentPage } from '../../src/modules/payments/index.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { createUser, type TestUser } from '../helpers/factories.ts';
import { addToCart, buyer } from '../helpers/shopping.ts';

/**
 * OWASP API7 (server-side request forgery). The server's outbound calls are payment providers
 * (providers/http.ts), SMS gateways (messaging/sms-http.ts), SMTP and the OpenTelemetry exporter:
 * every address comes from configuration. These tests prove user input cannot steer a request:
 * URLs in bodies and CSV files are never fetched, and the callback address a provider is given
 * comes from PUBLIC_URL, not from the request's Host headers.
 */

const PUBLIC_URL = 'https://haat.example';
let t: TestApp;
let seller: TestUser;
let shopId: string;
let listener: http.Server;
let listenerUrl: string;
const hits: string[] = [];

beforeAll(async () => {
  listener = http.createServer((req, res) => {
    hits.push(`${req.method} ${req.url}`);
    res.end('ok');
  });
  await new Promise<void>((r) => listener.listen(0, '127.0.0.1', r));
  listenerUrl = `http://127.0.0.1:${(listener.address() as AddressInfo).port}`;
  t = await createTestApp({ PUBLIC_URL });
  seller = await createUser(t.ctx, { role: 'seller' });
  shopId = await insertShop(t.ctx, seller.id);
});
afterAll(async () => {
  await t?.close();
  await new Promise((r) => listener.close(r));
});

describe('server-side request forgery', () => {
  it('URLs in product bodies are stored as text at most, never fetched', async () => {
    const target = `${listenerUrl}/product-${randomUUID()}`;
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/products',
      headers: seller.auth,
      payload: {
        shopId,
        sku: `S-${randomUUID().slice(0, 8)}`,
        nameEn: 'Link test',
        descriptionEn: target,
        kind: 'general',
        unit: 'piece',
        status: 'active',
        attributes: {},
        imageUrl: target,
        images: [{ url: target }],
        variants: [{ sku: `V-${randomUUID().slice(0, 8)}`, price: 100, initialStock: 1 }],
      },
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(hits.filter((h) => h.includes('product-'))).toEqual([]);
  });

  it('URLs in a CSV import (extra image_url column, URL-shaped cells) are never fetched', async () => {
    const target = `${listenerUrl}/csv-${randomUUID()}`;
    const csv =
      'product_sku,name_en,kind,unit,status,variant_sku,price,stock,image_url\n' +
      `CSV-${randomUUID().slice(0, 6)},${target},general,piece,active,V1,100,1,${target}\n`;
    const body = multipartFile(Buffer.from(csv), 'p.csv', 'text/csv');
    await t.app.inject({
      method: 'POST',
      url: `/api/v1/shops/${shopId}/products/import`,
      headers: { ...seller.auth, ...body.headers },
      payload: body.payload,
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(hits.filter((h) => h.includes('csv-'))).toEqual([]);
  });

  it('a forged Host / X-Forwarded-Host cannot redirect the payment callback', async () => {
    const product = await createProduct(t.app, seller.auth, shopId);
    const customer = await buyer(t.ctx, t.app, shopId);
    await addToCart(t.app, customer, product.variants[0]!.id);
    const evil = listenerUrl.replace('http://', '');
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/checkout',
      headers: {
        ...customer.auth,
        'idempotency-key': randomUUID(),
        host: evil,
        'x-forwarded-host': evil,
        'x-forwarded-proto': 'http',
        forwarded: `host=${evil}`,
      },
      payload: { addressId: customer.addressId, payment: 'bkash' },
    });
    expect(res.statusCode).toBe(201);
    const order = res.json().orders[0] as { payment: { redirectUrl: string } };
    const outcome = await actOnPaymentPage(order.payment.redirectUrl, 'cancel');
    const next = outcome.kind === 'redirect' ? outcome.location : outcome.action;
    expect(next.startsWith(`${PUBLIC_URL}/api/v1/payments/`)).toBe(true);
    expect(next).not.toContain(evil);
    expect(hits).toEqual([]);
  });

  it('outbound HTTP happens only in the reviewed, configuration-addressed clients', async () => {
    const src = path.resolve(import.meta.dirname, '../../src');
    const files = (await readdir(src, { recursive: true })).filter(
      (f) => f.endsWith('.ts') && !f.endsWith('.test.ts'),
    );
    const callers: string[] = [];
    for (const file of files) {
      const text = await readFile(path.join(src, file), 'utf8');
      if (/\bfetch\(|https?\.(request|get)\(|from 'undici'/.test(text)) callers.push(file);
    }
    const allowed = [
      'modules/payments/providers/http.ts',
      'platform/messaging/sms-http.ts',
      // Sandboxes (tests and the offline demo; refused in production unless forced) play the
      // buyer's browser, and SSLCommerz's IPN to the ipn_url our own server registered.
      'modules/payments/sandbox/buyer.ts',
      'modules/payments/sandbox/sslcommerz.ts',
      // Web push posts to the endpoint a browser gave, but only after checking it is one of the
      // browsers' push services or PUSH_ENDPOINT_HOSTS, over https in production
      // (pushEndpointAllowed; refused endpoints in notifications.push.test.ts).
      'platform/messaging/webpush.ts',
    ];
    expect(callers.filter((f) => !allowed.includes(f.split(path.sep).join('/')))).toEqual([]);
  });
});
