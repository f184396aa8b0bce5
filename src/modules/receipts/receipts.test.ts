import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { createUser, type TestUser } from '../../../test/helpers/factories.ts';
import {
  addToCart,
  buyer,
  checkout,
  store,
  type Buyer,
  type Store,
} from '../../../test/helpers/shopping.ts';
import { bengaliDigits } from '../../platform/text.ts';

/**
 * Receipts through the API: who gets one (the same 404 as GET /orders/{id} for everyone else), and
 * what it says, read back with poppler's pdftotext.
 */
const PDFTOTEXT = '/usr/bin/pdftotext';
const hasPdftotext = existsSync(PDFTOTEXT);
if (!hasPdftotext) {
  console.warn(
    'receipt text checks skipped: pdftotext not found (apt-get install -y poppler-utils).',
  );
}

let t: TestApp;
let vatShop: Store;
let plainShop: Store;
let customer: Buyer;
let vatOrder: { id: string; number: string; total: number };
let plainOrder: { id: string; number: string; total: number };
let admin: TestUser;
let otherCustomer: TestUser;
let otherSeller: TestUser;
let dir: string;

const BIN = '0001234560101';

async function order(shop: Store, b: Buyer, quantity: number) {
  await addToCart(t.app, b, shop.variantId, quantity);
  const res = await checkout(t.app, b);
  expect(res.statusCode).toBe(201);
  return res.json().orders[0] as { id: string; number: string; total: number };
}

function receipt(id: string, auth: Record<string, string>, query = '', headers = {}) {
  return t.app.inject({
    method: 'GET',
    url: `/api/v1/orders/${id}/receipt.pdf${query}`,
    headers: { ...auth, ...headers },
  });
}

async function text(pdf: Buffer): Promise<string> {
  const file = path.join(dir, `${randomUUID()}.pdf`);
  await writeFile(file, pdf);
  return execFileSync(PDFTOTEXT, ['-layout', file, '-'], { encoding: 'utf8' });
}

beforeAll(async () => {
  t = await createTestApp();
  dir = await mkdtemp(path.join(tmpdir(), 'haat-receipts-'));
  vatShop = await store(t.ctx, t.app);
  plainShop = await store(t.ctx, t.app);
  const patch = await t.app.inject({
    method: 'PATCH',
    url: `/api/v1/shops/${vatShop.shopId}`,
    headers: vatShop.seller.auth,
    payload: { bin: '000123456-0101', vatRegistered: true, vatRate: 7.5 },
  });
  expect(patch.statusCode, patch.body).toBe(200);
  customer = await buyer(t.ctx, t.app, vatShop.shopId);
  vatOrder = await order(vatShop, customer, 2);
  plainOrder = await order(plainShop, await buyer(t.ctx, t.app, plainShop.shopId), 1);
  admin = await createUser(t.ctx, { role: 'admin' });
  otherCustomer = await createUser(t.ctx);
  otherSeller = await createUser(t.ctx, { role: 'seller' });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await t.close();
});

describe('shop VAT settings', () => {
  it('stores the BIN as 13 digits and answers the VAT fields', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/shops/${vatShop.shopId}`,
      headers: vatShop.seller.auth,
    });
    expect(res.json()).toMatchObject({ bin: BIN, vatRegistered: true, vatRate: 7.5 });
  });

  it('accepts Bengali digits and refuses a BIN that is not 13 digits', async () => {
    const patch = (payload: Record<string, unknown>) =>
      t.app.inject({
        method: 'PATCH',
        url: `/api/v1/shops/${plainShop.shopId}`,
        headers: { ...plainShop.seller.auth, 'accept-language': 'en' },
        payload,
      });
    const short = await patch({ bin: '12345' });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.code).toBe('BIN_INVALID');
    const noBin = await patch({ vatRegistered: true });
    expect(noBin.statusCode).toBe(400);
    expect(noBin.json().error.code).toBe('VAT_NEEDS_BIN');
    const bengali = await patch({ bin: bengaliDigits('1111111111111') });
    expect(bengali.statusCode).toBe(200);
    expect(bengali.json()).toMatchObject({ bin: '1111111111111', vatRegistered: false });
    // Not VAT-registered: a BIN alone is kept but not printed (checked below).
  });
});

describe('GET /orders/{id}/receipt.pdf', () => {
  it('gives the customer a PDF with the order number and total', async () => {
    const started = performance.now();
    const res = await receipt(vatOrder.id, customer.auth, '?lang=en');
    const ms = performance.now() - started;
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['cache-control']).toBe('private, no-store');
    expect(res.rawPayload.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    console.info(`receipt (en) over HTTP: ${ms.toFixed(0)} ms, ${res.rawPayload.length} bytes`);
    if (!hasPdftotext) return;
    const body = await text(res.rawPayload);
    expect(body).toContain(vatOrder.number);
    const total = new Intl.NumberFormat('en-BD', { minimumFractionDigits: 2 }).format(
      vatOrder.total / 100,
    );
    expect(body).toContain(total);
    expect(body).toContain('Receipt');
    expect(body).toContain('Cash on delivery');
  });

  it('prints the BIN of a VAT-registered shop and not of another shop', async () => {
    if (!hasPdftotext) return;
    const vat = await text((await receipt(vatOrder.id, customer.auth, '?lang=en')).rawPayload);
    expect(vat).toContain(`BIN: ${BIN}`);
    expect(vat).toContain('VAT rate: 7.5%');
    const plain = await text(
      (await receipt(plainOrder.id, plainShop.seller.auth, '?lang=en')).rawPayload,
    );
    expect(plain).not.toContain('BIN');
    expect(plain).not.toContain('1111111111111');
  });

  it('writes the Bengali receipt in Bengali digits', async () => {
    const res = await receipt(vatOrder.id, customer.auth, '?lang=bn');
    expect(res.statusCode).toBe(200);
    if (!hasPdftotext) return;
    const body = await text(res.rawPayload);
    // The order number stays in ASCII digits (as everywhere), the rest is in Bengali digits.
    expect(body).toContain(vatOrder.number);
    expect(body).not.toContain(bengaliDigits(vatOrder.number));
    expect(body).toContain(bengaliDigits(BIN));
    const total = new Intl.NumberFormat('bn-BD', { minimumFractionDigits: 2 }).format(
      vatOrder.total / 100,
    );
    expect(total).toMatch(/^[০-৯,.]+$/);
    expect(body).toContain(total);
  });

  it("follows Accept-Language, then the caller's saved language", async () => {
    if (!hasPdftotext) return;
    const en = await text(
      (await receipt(vatOrder.id, customer.auth, '', { 'accept-language': 'en' })).rawPayload,
    );
    expect(en).toContain(`Order number: ${vatOrder.number}`);
    expect(en).toContain(`BIN: ${BIN}`);
    // createUser saves bn: with no header the receipt is in Bengali (the BIN in Bengali digits).
    const saved = await text((await receipt(vatOrder.id, customer.auth)).rawPayload);
    expect(saved).not.toContain('Order number');
    expect(saved).toContain(bengaliDigits(BIN));
  });

  it("gives it to the shop's owner and to an admin", async () => {
    expect((await receipt(vatOrder.id, vatShop.seller.auth)).statusCode).toBe(200);
    expect((await receipt(vatOrder.id, admin.auth)).statusCode).toBe(200);
  });

  it('answers 404 to another customer, another seller and an unknown id', async () => {
    for (const res of [
      await receipt(vatOrder.id, otherCustomer.auth),
      await receipt(vatOrder.id, otherSeller.auth),
      await receipt(vatOrder.id, plainShop.seller.auth),
      await receipt(randomUUID(), customer.auth),
    ]) {
      expect(res.statusCode).toBe(404);
      expect(res.json().error.code).toBe('ORDER_NOT_FOUND');
    }
  });

  it('refuses anonymous callers', async () => {
    expect((await receipt(vatOrder.id, {})).statusCode).toBe(401);
  });
});
