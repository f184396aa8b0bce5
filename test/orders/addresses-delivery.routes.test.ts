import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { insertShop } from '../../src/modules/catalog/test-support.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { createUser, type TestUser } from '../helpers/factories.ts';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

type Req = { method?: 'GET' | 'POST' | 'PUT' | 'DELETE'; payload?: unknown };
const call = (user: TestUser, url: string, { method = 'GET', payload }: Req = {}) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers: user.auth, payload: payload as never });

const address = (overrides: Record<string, unknown> = {}) => ({
  label: 'Home',
  recipientName: 'Rahima',
  phone: '০১৭১১-০০০০০০',
  addressLine: 'House 12, Road 4, Dhanmondi',
  landmark: 'near the lake',
  lat: 23.7465,
  lng: 90.376,
  ...overrides,
});

describe('addresses', () => {
  it('creates, lists, updates and deletes the owner’s addresses', async () => {
    const me = await createUser(t.ctx);
    const created = await call(me, '/me/addresses', { method: 'POST', payload: address() });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    expect(created.json()).toMatchObject({ phone: '+8801711000000', landmark: 'near the lake' });

    const updated = await call(me, `/me/addresses/${id}`, {
      method: 'PUT',
      payload: address({ label: 'Office', landmark: null }),
    });
    expect(updated.statusCode).toBe(200);
    expect(updated.json()).toMatchObject({ id, label: 'Office', landmark: null });
    expect((await call(me, '/me/addresses')).json().items).toEqual([
      expect.objectContaining({ id, label: 'Office' }),
    ]);

    const bad = await call(me, '/me/addresses', {
      method: 'POST',
      payload: address({ phone: '12345' }),
    });
    expect(bad.statusCode).toBe(400);

    expect((await call(me, `/me/addresses/${id}`, { method: 'DELETE' })).statusCode).toBe(204);
    expect((await call(me, '/me/addresses')).json().items).toEqual([]);
  });

  it('another customer cannot read, update or delete it (404)', async () => {
    const a = await createUser(t.ctx);
    const b = await createUser(t.ctx);
    const id = (await call(a, '/me/addresses', { method: 'POST', payload: address() })).json()
      .id as string;
    expect((await call(b, '/me/addresses')).json().items).toEqual([]);
    const put = await call(b, `/me/addresses/${id}`, {
      method: 'PUT',
      payload: address({ addressLine: 'Taken over' }),
    });
    expect(put.statusCode).toBe(404);
    expect(put.json().error.code).toBe('ADDRESS_NOT_FOUND');
    expect((await call(b, `/me/addresses/${id}`, { method: 'DELETE' })).statusCode).toBe(404);
    const mine = (await call(a, '/me/addresses')).json().items;
    expect(mine).toEqual([expect.objectContaining({ id, addressLine: address().addressLine })]);
  });
});

const settings = (overrides: Record<string, unknown> = {}) => ({
  ownDelivery: true,
  tiers: [
    { upToM: 3000, chargePoisha: 5000 },
    { upToM: 1000, chargePoisha: 2000 },
  ],
  courier: true,
  cod: true,
  codChargeBp: 100,
  ...overrides,
});

describe('delivery settings', () => {
  it('the owner saves tiers (sorted) and reads them back; an admin may too', async () => {
    const owner = await createUser(t.ctx, { role: 'seller' });
    const admin = await createUser(t.ctx, { role: 'admin' });
    const shopId = await insertShop(t.ctx, owner.id);
    const defaults = await call(owner, `/shops/${shopId}/delivery-settings`);
    expect(defaults.statusCode).toBe(200);
    const put = await call(owner, `/shops/${shopId}/delivery-settings`, {
      method: 'PUT',
      payload: settings(),
    });
    expect(put.statusCode).toBe(200);
    expect(put.json().tiers.map((x: { upToM: number }) => x.upToM)).toEqual([1000, 3000]);
    const got = await call(admin, `/shops/${shopId}/delivery-settings`);
    expect(got.json()).toMatchObject({ shopId, codChargeBp: 100, tiers: put.json().tiers });
    const byAdmin = await call(admin, `/shops/${shopId}/delivery-settings`, {
      method: 'PUT',
      payload: settings({ cod: false }),
    });
    expect(byAdmin.statusCode).toBe(200);
  });

  it('the seller of another shop gets 404 and changes nothing; customers 403', async () => {
    const owner = await createUser(t.ctx, { role: 'seller' });
    const rival = await createUser(t.ctx, { role: 'seller' });
    const customer = await createUser(t.ctx);
    const shopId = await insertShop(t.ctx, owner.id);
    await insertShop(t.ctx, rival.id);
    await call(owner, `/shops/${shopId}/delivery-settings`, {
      method: 'PUT',
      payload: settings(),
    });
    expect((await call(rival, `/shops/${shopId}/delivery-settings`)).statusCode).toBe(404);
    const put = await call(rival, `/shops/${shopId}/delivery-settings`, {
      method: 'PUT',
      payload: settings({ codChargeBp: 1000 }),
    });
    expect(put.statusCode).toBe(404);
    expect((await call(customer, `/shops/${shopId}/delivery-settings`)).statusCode).toBe(403);
    expect((await call(owner, `/shops/${shopId}/delivery-settings`)).json().codChargeBp).toBe(100);
  });

  it('rejects bad tiers and settings with no delivery method', async () => {
    const owner = await createUser(t.ctx, { role: 'seller' });
    const shopId = await insertShop(t.ctx, owner.id);
    const put = (payload: unknown) =>
      call(owner, `/shops/${shopId}/delivery-settings`, { method: 'PUT', payload });
    const dup = await put(
      settings({
        tiers: [
          { upToM: 1000, chargePoisha: 1 },
          { upToM: 1000, chargePoisha: 2 },
        ],
      }),
    );
    expect(dup.statusCode).toBe(400);
    expect(dup.json().error.code).toBe('DELIVERY_TIERS_INVALID');
    expect((await put(settings({ tiers: [{ upToM: 0, chargePoisha: 1 }] }))).statusCode).toBe(400);
    expect((await put(settings({ tiers: [{ upToM: 100, chargePoisha: -1 }] }))).statusCode).toBe(
      400,
    );
    const many = Array.from({ length: 11 }, (_, i) => ({ upToM: (i + 1) * 500, chargePoisha: 0 }));
    expect((await put(settings({ tiers: many }))).statusCode).toBe(400);
    const none = await put(settings({ ownDelivery: false, courier: false }));
    expect(none.statusCode).toBe(400);
    expect(none.json().error.code).toBe('DELIVERY_METHOD_REQUIRED');
  });
});

describe('courier rates', () => {
  it('are public to read and only an admin changes them', async () => {
    const admin = await createUser(t.ctx, { role: 'admin' });
    const customer = await createUser(t.ctx);
    const seller = await createUser(t.ctx, { role: 'seller' });
    const list = await t.app.inject({ url: '/api/v1/delivery-rates' });
    expect(list.statusCode).toBe(200);
    const before = (list.json().items as { zone: string }[]).find((r) => r.zone === 'dhaka_suburb');
    expect(before).toBeDefined();
    const rate = { upTo500g: 9000, upTo1kg: 10000, upTo2kg: 12000, perExtraKg: 2000 };
    for (const user of [customer, seller]) {
      const res = await call(user, '/admin/delivery-rates/dhaka_suburb', {
        method: 'PUT',
        payload: rate,
      });
      expect(res.statusCode).toBe(403);
    }
    expect(
      (await call(admin, '/admin/delivery-rates/moon', { method: 'PUT', payload: rate }))
        .statusCode,
    ).toBe(400);
    // The rates are shared by every test file (checkout charges): write back the same values.
    const { zone, ...same } = before!;
    const res = await call(admin, `/admin/delivery-rates/${zone}`, {
      method: 'PUT',
      payload: same,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(before);
  });
});
