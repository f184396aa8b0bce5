/** Returns: notifications, the lists, photos and the admin's return windows. */
import { sql } from 'kysely';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIsolatedTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { createUser, type TestUser } from '../../../test/helpers/factories.ts';
import { multipartFile } from '../catalog/test-support.ts';
import { handleEvent } from '../notifications/notifications.handlers.ts';
import { longAgo, putRules } from '../money/test-support.ts';
import { askReturn, deliveredOrder, moveReturn, type Delivered } from './test-support.ts';

// Return windows and commission rules are global: a database of this file's own.
let t: TestApp;
let admin: TestUser;
beforeAll(async () => {
  t = await createIsolatedTestApp();
  admin = await createUser(t.ctx, { role: 'admin' });
  const put = await putRules(t.app, admin, [
    { scope: 'default', rateBp: 750, fixedFee: 300, effectiveFrom: longAgo },
  ]);
  expect(put.statusCode).toBe(200);
});
afterAll(() => t.close());

const one = (d: Delivered, quantity = 1, i = 0) => ({
  lines: [{ orderItemId: d.items[i]!.id, quantity }],
  reason: 'damaged',
});

describe('notifications', () => {
  it('each step tells the customer and the seller, in their language', async () => {
    const o = await deliveredOrder(t.ctx, t.app, 'bkash');
    const a = (await askReturn(t.app, o.buyer, o.orderId, one(o))).json();
    await moveReturn(t.app, o.shop.seller, a.id, { to: 'refused', reason: 'opened' });
    const events = await t.ctx.db
      .selectFrom('outbox_events')
      .select(['id', 'topic', 'payload'])
      .where(sql<boolean>`payload->>'returnId' = ${a.id}`)
      .orderBy('id')
      .execute();
    expect(events.map((e) => e.topic)).toEqual(['return.requested', 'return.refused']);
    for (const e of events) {
      await handleEvent(t.ctx, e as never);
    }
    const notes = await t.ctx.db
      .selectFrom('notifications')
      .select(['user_id', 'kind', 'title', 'body'])
      .where('user_id', 'in', [o.buyer.id, o.shop.seller.id])
      .where('kind', '=', 'return_update')
      .orderBy('created_at')
      .execute();
    expect(notes.filter((n) => n.user_id === o.buyer.id)).toHaveLength(2);
    expect(notes.filter((n) => n.user_id === o.shop.seller.id)).toHaveLength(2);
    const refused = notes.find((n) => n.user_id === o.buyer.id && n.body.includes('opened'));
    expect(refused).toBeDefined();
  });
});

describe('lists', () => {
  it('the seller inbox filters by status; another seller 404; admins see all', async () => {
    const o = await deliveredOrder(t.ctx, t.app, 'bkash');
    const a = (await askReturn(t.app, o.buyer, o.orderId, one(o))).json();
    const b = (await askReturn(t.app, o.buyer, o.orderId, one(o, 1, 1))).json();
    await moveReturn(t.app, o.shop.seller, b.id, { to: 'accepted' });
    const inbox = await t.app.inject({
      url: `/api/v1/shops/${o.shop.shopId}/returns?status=requested`,
      headers: o.shop.seller.auth,
    });
    expect(inbox.json().items.map((i: { id: string }) => i.id)).toEqual([a.id]);
    const all = await t.app.inject({
      url: `/api/v1/shops/${o.shop.shopId}/returns?limit=1`,
      headers: o.shop.seller.auth,
    });
    expect(all.json().items).toHaveLength(1);
    const next = await t.app.inject({
      url: `/api/v1/shops/${o.shop.shopId}/returns?limit=1&cursor=${all.json().nextCursor}`,
      headers: o.shop.seller.auth,
    });
    expect([...all.json().items, ...next.json().items].map((i: { id: string }) => i.id)).toEqual([
      b.id,
      a.id,
    ]);
    const other = await createUser(t.ctx, { role: 'seller' });
    expect(
      (await t.app.inject({ url: `/api/v1/shops/${o.shop.shopId}/returns`, headers: other.auth }))
        .statusCode,
    ).toBe(404);
    const adminList = await t.app.inject({
      url: `/api/v1/admin/returns?shopId=${o.shop.shopId}`,
      headers: admin.auth,
    });
    expect(adminList.json().items).toHaveLength(2);
    expect(
      (await t.app.inject({ url: '/api/v1/admin/returns', headers: o.buyer.auth })).statusCode,
    ).toBe(403);
    const mine = await t.app.inject({
      url: `/api/v1/orders/${o.orderId}/returns`,
      headers: o.buyer.auth,
    });
    expect(mine.json().items).toHaveLength(2);
    expect(mine.json().window.open).toBe(true);
    expect(mine.json().available).toHaveLength(2);
    expect(mine.json().available).toEqual(
      expect.arrayContaining([
        { orderItemId: o.items[0]!.id, quantity: 2 },
        { orderItemId: o.items[1]!.id, quantity: 1 },
      ]),
    );
  });
});

describe('photos', () => {
  it('the customer adds checked images to a requested return; others cannot', async () => {
    const o = await deliveredOrder(t.ctx, t.app, 'bkash');
    const a = (await askReturn(t.app, o.buyer, o.orderId, one(o))).json();
    const png = await sharp({
      create: { width: 300, height: 200, channels: 3, background: '#3c3' },
    })
      .png()
      .toBuffer();
    const upload = (user: TestUser, data: Buffer, type = 'image/png') => {
      const body = multipartFile(data, 'a.png', type);
      return t.app.inject({
        method: 'POST',
        url: `/api/v1/returns/${a.id}/photos`,
        headers: { ...user.auth, ...body.headers },
        payload: body.payload,
      });
    };
    const ok = await upload(o.buyer, png);
    expect(ok.statusCode).toBe(201);
    const photo = ok.json().photos[0];
    const file = await t.app.inject({ url: photo.url, headers: o.shop.seller.auth });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('image/webp');
    const stranger = await createUser(t.ctx);
    expect((await t.app.inject({ url: photo.url, headers: stranger.auth })).statusCode).toBe(404);
    expect((await upload(stranger, png)).statusCode).toBe(404);
    // Content decides, not the declared type.
    const fake = await upload(o.buyer, Buffer.from('<svg onload=alert(1)></svg>'));
    expect(fake.statusCode).toBeGreaterThanOrEqual(400);
    expect(fake.statusCode).toBeLessThan(500);
    // At most five, even sent at once.
    const many = await Promise.all(Array.from({ length: 6 }, () => upload(o.buyer, png)));
    expect(many.filter((m) => m.statusCode === 201)).toHaveLength(4);
    expect(many.filter((m) => m.statusCode === 409)[0]!.json().error.code).toBe(
      'RETURN_PHOTO_LIMIT',
    );
    await moveReturn(t.app, o.shop.seller, a.id, { to: 'accepted' });
    expect((await upload(o.buyer, png)).statusCode).toBe(409);
  });
});

describe('return windows (admin)', () => {
  it('reads and changes hours per shop type, audited; others 403', async () => {
    const get = await t.app.inject({ url: '/api/v1/admin/return-windows', headers: admin.auth });
    expect(get.json().windows).toContainEqual({ shopType: 'restaurant', hours: 0 });
    const put = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/admin/return-windows',
      headers: admin.auth,
      payload: { windows: [{ shopType: 'hardware', hours: 240 }] },
    });
    expect(put.statusCode).toBe(200);
    expect(put.json().windows).toContainEqual({ shopType: 'hardware', hours: 240 });
    const bad = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/admin/return-windows',
      headers: admin.auth,
      payload: { windows: [{ shopType: 'hardware', hours: -1 }] },
    });
    expect(bad.statusCode).toBe(400);
    const seller = await createUser(t.ctx, { role: 'seller' });
    const denied = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/admin/return-windows',
      headers: seller.auth,
      payload: { windows: [{ shopType: 'hardware', hours: 1 }] },
    });
    expect(denied.statusCode).toBe(403);
    const log = await t.ctx.db
      .selectFrom('audit_log')
      .select(['actor_id', 'details'])
      .where('action', '=', 'return_windows.changed')
      .execute();
    expect(log).toHaveLength(1);
    expect(log[0]!.actor_id).toBe(admin.id);
  });
});
