import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { normalizeOrderNumber } from '../../src/modules/orders/orders.schema.ts';
import { createUser, type TestUser } from '../helpers/factories.ts';
import { addToCart, buyer, checkout, store, type Buyer, type Store } from '../helpers/shopping.ts';

/**
 * The order lists a customer, a seller and an admin page through, narrowed to one order by its
 * number (what a buyer reads out on the phone): each still shows only what its reader may see.
 */
let t: TestApp;
let admin: TestUser;
beforeAll(async () => {
  t = await createTestApp();
  admin = await createUser(t.ctx, { role: 'admin' });
});
afterAll(() => t.close());

async function placedOrder(shop: Store, customer?: Buyer) {
  const b = customer ?? (await buyer(t.ctx, t.app, shop.shopId));
  await addToCart(t.app, b, shop.variantId);
  const res = await checkout(t.app, b);
  expect(res.statusCode).toBe(201);
  return { customer: b, order: res.json().orders[0] as { id: string; number: string } };
}

async function numbersIn(url: string, user: TestUser) {
  const res = await t.app.inject({ url, headers: user.auth });
  expect(res.statusCode, url).toBe(200);
  return (res.json().items as { number: string }[]).map((o) => o.number);
}

describe('finding an order by its number', () => {
  it("finds it in its customer's, its shop's and the admin's list, in any case", async () => {
    const shop = await store(t.ctx, t.app);
    const { customer, order } = await placedOrder(shop);
    await placedOrder(shop, customer); // a second order of the same buyer and shop stays out
    const typed = order.number.toLowerCase();
    expect(await numbersIn(`/api/v1/orders?number=${typed}`, customer)).toEqual([order.number]);
    expect(
      await numbersIn(`/api/v1/shops/${shop.shopId}/orders?number=${typed}`, shop.seller),
    ).toEqual([order.number]);
    expect(await numbersIn(`/api/v1/admin/orders?number=${typed}`, admin)).toEqual([order.number]);
    // with a status that does not match, nothing
    expect(await numbersIn(`/api/v1/admin/orders?number=${typed}&status=delivered`, admin)).toEqual(
      [],
    );
  });

  it('finds it typed in Bengali digits, with #, in lower case (seller, admin, customer)', async () => {
    const shop = await store(t.ctx, t.app);
    const { customer, order } = await placedOrder(shop);
    await placedOrder(shop, customer);
    const bengali = order.number.replace(/\d/g, (d) => String.fromCharCode(0x09e6 + Number(d)));
    expect(bengali).toMatch(/^HT-[০-৯]{4}-[০-৯]{6}$/);
    for (const typed of [bengali, `#${bengali.toLowerCase()}`, ` ${bengali.replace(/-/g, ' ')} `]) {
      const q = encodeURIComponent(typed);
      expect(
        await numbersIn(`/api/v1/shops/${shop.shopId}/orders?number=${q}`, shop.seller),
        typed,
      ).toEqual([order.number]);
      expect(await numbersIn(`/api/v1/admin/orders?number=${q}`, admin), typed).toEqual([
        order.number,
      ]);
      expect(await numbersIn(`/api/v1/orders?number=${q}`, customer), typed).toEqual([
        order.number,
      ]);
    }
    // The admin's payment list takes the number the same way.
    const payments = await t.app.inject({
      url: `/api/v1/admin/payments?orderNumber=${encodeURIComponent(`#${bengali}`)}`,
      headers: admin.auth,
    });
    expect(payments.statusCode).toBe(200);
    expect(payments.json().items.map((p: { orderNumber: string }) => p.orderNumber)).toEqual([
      order.number,
    ]);
  });

  it('reads a number in one form: either digits, any case, #, spaces or dashes', () => {
    for (const typed of [
      'HT-2612-000002',
      'ht-2612-000002',
      '#HT-২৬১২-০০০০০২',
      '#ht-২৬১২-০০০০০২',
      'HT ২৬১২ ০০০০০২',
      'ht2612000002',
      ' #HT–2612–000002 ',
    ]) {
      expect(normalizeOrderNumber(typed), typed).toBe('HT-2612-000002');
    }
    // Anything else is only tidied (and finds nothing).
    expect(normalizeOrderNumber('#abc')).toBe('ABC');
    expect(normalizeOrderNumber('HT-26-1')).toBe('HT-26-1');
  });

  it('refuses a number that is only "#" or spaces with a 400', async () => {
    const customer = await createUser(t.ctx);
    for (const typed of ['%23', '%20%20']) {
      const res = await t.app.inject({
        url: `/api/v1/orders?number=${typed}`,
        headers: customer.auth,
      });
      expect(res.statusCode, typed).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
    }
  });

  it("does not reveal another customer's or another shop's order by its number", async () => {
    const shop = await store(t.ctx, t.app);
    const other = await store(t.ctx, t.app);
    const { order } = await placedOrder(shop);
    const stranger = await buyer(t.ctx, t.app, shop.shopId);
    expect(await numbersIn(`/api/v1/orders?number=${order.number}`, stranger)).toEqual([]);
    expect(
      await numbersIn(`/api/v1/shops/${other.shopId}/orders?number=${order.number}`, other.seller),
    ).toEqual([]);
  });

  it('refuses an over-long number with a 400 and its code', async () => {
    const customer = await createUser(t.ctx);
    const res = await t.app.inject({
      url: `/api/v1/orders?number=${'X'.repeat(41)}`,
      headers: customer.auth,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('VALIDATION_FAILED');
  });
});
