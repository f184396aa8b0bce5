import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { randomPhone } from '../../../test/helpers/factories.ts';
import { codeFrom, lastSmsTo } from '../../../test/helpers/identity.ts';
import { buy, emptyBag, move, riskBuyer, riskShop, verifiedLongAgo } from './test-support.ts';

/**
 * The cash-on-delivery guard at checkout: the OTP gate, duplicates across shops and the shop's
 * policy. Every buyer delivers to a phone of its own, so no other file's orders count.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ RISK_COD_GUARD: 'on' });
});
afterAll(() => t?.close());

const unique = (what: string) => `${what} ${randomUUID().slice(0, 8)}`;

async function verifyByOtp(b: { auth: Record<string, string> }, phone: string) {
  const sent = await t.app.inject({
    method: 'POST',
    url: '/api/v1/me/delivery-phones/otp',
    headers: { ...b.auth, 'accept-language': 'en' },
    payload: { phone },
  });
  expect(sent.statusCode).toBe(200);
  const sms = await lastSmsTo(t.ctx, phone);
  return codeFrom(sms!.body);
}

describe('the OTP gate', () => {
  it('a first COD order to a phone other than the account’s needs that phone verified by OTP', async () => {
    const shop = await riskShop(t.ctx, t.app, unique('Chal'));
    const other = randomPhone();
    const b = await riskBuyer(t.ctx, t.app, shop, { phone: other });
    const refused = await buy(t.app, b, shop);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.code).toBe('COD_PHONE_OTP_REQUIRED');
    expect(refused.json().error.details.reason).toBe('first_order');
    expect(
      await t.ctx.db.selectFrom('orders').select('id').where('customer_id', '=', b.id).execute(),
    ).toEqual([]);

    const code = await verifyByOtp(b, other);
    const wrong = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/delivery-phones/verify',
      headers: b.auth,
      payload: { phone: other, code: code === '000000' ? '111111' : '000000' },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.code).toBe('RISK_OTP_INVALID');
    // Asking again within the minute is refused (one SMS a minute).
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/delivery-phones/otp',
      headers: b.auth,
      payload: { phone: other },
    });
    expect(again.json().error.code).toBe('RISK_OTP_TOO_SOON');
    const right = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/delivery-phones/verify',
      headers: b.auth,
      payload: { phone: other.replace('+88', ''), code },
    });
    expect(right.statusCode).toBe(200);
    expect(right.json().phone).toBe(other);

    await emptyBag(t.ctx, b);
    const placed = await buy(t.app, b, shop);
    expect(placed.statusCode).toBe(201);
  });

  it('another customer cannot use a code sent for someone else’s phone check', async () => {
    const shop = await riskShop(t.ctx, t.app, unique('Dal'));
    const phone = randomPhone();
    const a = await riskBuyer(t.ctx, t.app, shop, { phone });
    const b = await riskBuyer(t.ctx, t.app, shop, { phone });
    const code = await verifyByOtp(a, phone);
    const stolen = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/delivery-phones/verify',
      headers: b.auth,
      payload: { phone, code },
    });
    expect(stolen.json().error.code).toBe('RISK_OTP_INVALID');
  });

  it('an account phone verified longer ago than RISK_OTP_MAX_AGE_DAYS does not count', async () => {
    const shop = await riskShop(t.ctx, t.app, unique('Tel'));
    const b = await riskBuyer(t.ctx, t.app, shop);
    await verifiedLongAgo(t.ctx, b.id, 400);
    const refused = await buy(t.app, b, shop);
    expect(refused.json().error.code).toBe('COD_PHONE_OTP_REQUIRED');
    // The same number verified again for delivery passes.
    const code = await verifyByOtp(b, b.phone);
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/delivery-phones/verify',
      headers: b.auth,
      payload: { phone: b.phone, code },
    });
    await emptyBag(t.ctx, b);
    expect((await buy(t.app, b, shop)).statusCode).toBe(201);
  });

  it('after a delivered order a small COD order needs no fresh OTP; one above the amount does', async () => {
    const shop = await riskShop(t.ctx, t.app, unique('Lobon'));
    const dear = await riskShop(t.ctx, t.app, unique('Fridge'), 400_000);
    const b = await riskBuyer(t.ctx, t.app, shop);
    const first = await buy(t.app, b, shop);
    expect(first.statusCode).toBe(201);
    await move(
      t.app,
      shop.seller,
      first.json().orders[0].id,
      'accepted',
      'packed',
      'out_for_delivery',
      'delivered',
    );
    await verifiedLongAgo(t.ctx, b.id, 400);
    expect((await buy(t.app, b, shop)).statusCode).toBe(201);
    const b2 = await riskBuyer(t.ctx, t.app, dear, { account: b, phone: b.phone });
    const large = await buy(t.app, b2, dear);
    expect(large.statusCode).toBe(403);
    expect(large.json().error.code).toBe('COD_PHONE_OTP_REQUIRED');
    expect(large.json().error.details.reason).toBe('large_order');
  });
});

describe('duplicates across shops', () => {
  it('the same items to the same phone from another shop within minutes are held back', async () => {
    const name = unique('Napa Extra');
    const a = await riskShop(t.ctx, t.app, name);
    const b = await riskShop(t.ctx, t.app, name);
    const c = await riskShop(t.ctx, t.app, unique('Sugar'));
    const buyerA = await riskBuyer(t.ctx, t.app, a);
    expect((await buy(t.app, buyerA, a)).statusCode).toBe(201);
    // Another address (beside shop B) of the same account, same phone.
    const buyerB = await riskBuyer(t.ctx, t.app, b, { account: buyerA });
    const dup = await buy(t.app, buyerB, b);
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('COD_ADVANCE_REQUIRED');
    expect(dup.json().error.details).toMatchObject({ shopId: b.shopId, level: 'high' });
    expect(dup.json().error.details.advancePoisha).toBeGreaterThanOrEqual(0);
    // Other items to the same phone are not a duplicate.
    await emptyBag(t.ctx, buyerB);
    const buyerC = await riskBuyer(t.ctx, t.app, c, { account: buyerA });
    expect((await buy(t.app, buyerC, c)).statusCode).toBe(201);
  });

  it('another account ordering the same items to the same phone is a duplicate too', async () => {
    const name = unique('Ruti');
    const a = await riskShop(t.ctx, t.app, name);
    const b = await riskShop(t.ctx, t.app, name);
    const first = await riskBuyer(t.ctx, t.app, a);
    expect((await buy(t.app, first, a)).statusCode).toBe(201);
    const second = await riskBuyer(t.ctx, t.app, b, { phone: first.phone });
    const code = await verifyByOtp(second, first.phone);
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/delivery-phones/verify',
      headers: second.auth,
      payload: { phone: first.phone, code },
    });
    const dup = await buy(t.app, second, b);
    expect(dup.json().error.code).toBe('COD_ADVANCE_REQUIRED');
    // Paying online is never held back.
    await emptyBag(t.ctx, second);
    expect((await buy(t.app, second, b, 'bkash')).statusCode).toBe(201);
  });
});

describe('two checkouts to one phone at the same moment', () => {
  it('are assessed one after the other: exactly one of the identical orders goes through', async () => {
    const name = unique('Paracetamol');
    const x = await riskShop(t.ctx, t.app, name);
    const y = await riskShop(t.ctx, t.app, name);
    const a = await riskBuyer(t.ctx, t.app, x);
    const b = await riskBuyer(t.ctx, t.app, y, { phone: a.phone });
    const code = await verifyByOtp(b, a.phone);
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/delivery-phones/verify',
      headers: b.auth,
      payload: { phone: a.phone, code },
    });
    const answers = await Promise.all([buy(t.app, a, x), buy(t.app, b, y)]);
    expect(answers.map((r) => r.statusCode).sort()).toEqual([201, 409]);
  });
});

describe("the shop's policy", () => {
  async function putPolicy(
    shop: { seller: { auth: Record<string, string> }; shopId: string },
    body: object,
  ) {
    return t.app.inject({
      method: 'PUT',
      url: `/api/v1/shops/${shop.shopId}/risk-policy`,
      headers: shop.seller.auth,
      payload: body,
    });
  }

  it('prepaid-only for medium risk refuses COD there; another shop with the default accepts it', async () => {
    const strict = await riskShop(t.ctx, t.app, unique('Atta'));
    const relaxed = await riskShop(t.ctx, t.app, unique('Suji'));
    const saved = await putPolicy(strict, {
      mediumAction: 'prepaid',
      highAction: 'prepaid',
      largeOrderPoisha: null,
      largeOrderAction: 'accept',
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().mediumAction).toBe('prepaid');
    // No landmark, new account, first order: medium.
    const b = await riskBuyer(t.ctx, t.app, strict, { landmark: null });
    const refused = await buy(t.app, b, strict);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({
      code: 'COD_NOT_ALLOWED',
      details: { shopId: strict.shopId, level: 'medium' },
    });
    expect(refused.json().error.message).toContain('pay online');
    await emptyBag(t.ctx, b);
    const b2 = await riskBuyer(t.ctx, t.app, relaxed, {
      landmark: null,
      account: b,
      phone: b.phone,
    });
    expect((await buy(t.app, b2, relaxed)).statusCode).toBe(201);
    const audit = await t.ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('target_id', '=', strict.shopId)
      .where('action', '=', 'risk.policy_changed')
      .execute();
    expect(audit).toHaveLength(1);
  });

  it('an amount rule asks the delivery charge in advance of a low-risk order above it', async () => {
    const shop = await riskShop(t.ctx, t.app, unique('Tea'));
    await putPolicy(shop, {
      mediumAction: 'accept',
      highAction: 'advance',
      largeOrderPoisha: 10_000,
      largeOrderAction: 'advance',
    });
    const b = await riskBuyer(t.ctx, t.app, shop);
    const res = await buy(t.app, b, shop);
    expect(res.json().error).toMatchObject({
      code: 'COD_ADVANCE_REQUIRED',
      details: { level: 'low' },
    });
  });

  it('only the shop’s owner (or an admin) reads or sets it; bad values are refused', async () => {
    const shop = await riskShop(t.ctx, t.app, unique('Ghee'));
    const other = await riskShop(t.ctx, t.app, unique('Oil'));
    const foreign = await t.app.inject({
      method: 'GET',
      url: `/api/v1/shops/${shop.shopId}/risk-policy`,
      headers: other.seller.auth,
    });
    expect(foreign.statusCode).toBe(404);
    const put = await putPolicy(
      { seller: other.seller, shopId: shop.shopId },
      {
        mediumAction: 'accept',
        highAction: 'accept',
        largeOrderPoisha: null,
        largeOrderAction: 'accept',
      },
    );
    expect(put.statusCode).toBe(404);
    const bad = await putPolicy(shop, {
      mediumAction: 'never',
      highAction: 'accept',
      largeOrderPoisha: -5,
      largeOrderAction: 'accept',
    });
    expect(bad.statusCode).toBe(400);
    const own = await t.app.inject({
      method: 'GET',
      url: `/api/v1/shops/${shop.shopId}/risk-policy`,
      headers: shop.seller.auth,
    });
    expect(own.json()).toEqual({
      mediumAction: 'accept',
      highAction: 'advance',
      largeOrderPoisha: null,
      largeOrderAction: 'accept',
    });
  });
});
