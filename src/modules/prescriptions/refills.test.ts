import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { createUser, type TestUser } from '../../../test/helpers/factories.ts';
import { relayOutboxOnce } from '../../platform/outbox.ts';
import { startWorker } from '../../runtime.ts';
import type { OrderStatus } from '../orders/index.ts';
import { topicPayloads } from '../notifications/index.ts';
import { insertOrder } from '../reviews/test-support.ts';
import { createProduct, multipartFile } from '../catalog/test-support.ts';
import { sendDueRefills } from './refills.jobs.ts';
import { defaultDaysPerPack, remindAtOf } from './refills.service.ts';
import { namePharmacist, pharmacy, png, type Pharmacy } from './test-support.ts';

let t: TestApp;
let p: Pharmacy;
let stopWorker: () => Promise<void>;
const DAY = 86_400_000;

beforeAll(async () => {
  t = await createTestApp();
  stopWorker = await startWorker(t.ctx);
  p = await pharmacy(t);
});
afterAll(async () => {
  await stopWorker();
  await t.close();
});

/** A customer's order of `product` in `status`, delivered at `deliveredAt` (with quantity). */
async function line(
  customer: TestUser,
  opts: {
    product?: { productId: string; variantId: string };
    deliveredAt?: Date;
    quantity?: number;
    status?: OrderStatus;
  } = {},
) {
  const product = opts.product ?? p.otc;
  const status = opts.status ?? 'delivered';
  const { orderId, itemId } = await insertOrder(
    t.ctx,
    customer.id,
    p.shopId,
    { id: product.productId, variantId: product.variantId },
    status,
  );
  await t.ctx.db
    .updateTable('order_items')
    .set({
      quantity: opts.quantity ?? 1,
      line_total: 8500 * (opts.quantity ?? 1),
      name: 'Napa 500',
    })
    .where('id', '=', itemId)
    .execute();
  if (status === 'delivered')
    await t.ctx.db
      .insertInto('order_events')
      .values({
        order_id: orderId,
        from_status: 'out_for_delivery',
        to_status: 'delivered',
        actor_user_id: null,
        actor_role: 'system',
        reason: null,
        created_at: opts.deliveredAt ?? new Date(),
      })
      .execute();
  return { orderId, itemId, url: `/api/v1/orders/${orderId}/items/${itemId}/refill-reminder` };
}

const call = (user: TestUser, method: 'GET' | 'POST' | 'DELETE', url: string, payload?: unknown) =>
  t.app.inject({
    method,
    url,
    headers: { ...user.auth, 'accept-language': 'en' },
    ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
  });

const refillEvents = (reminderOrItem: { itemId: number }) =>
  t.ctx.db
    .selectFrom('outbox_events')
    .select('payload')
    .where('topic', '=', 'refill.due')
    .where(
      sql<string>`payload->>'reminderId'`,
      'in',
      t.ctx.db
        .selectFrom('refill_reminders')
        .select(sql<string>`id::text`.as('id'))
        .where('order_item_id', '=', reminderOrItem.itemId),
    )
    .execute();

describe('the prefilled days per pack', () => {
  const base = { variant_label: null, unit: 'piece', dosage_form: 'tablet' };
  it('reads a count in the pack label or name, else a strip of 10, else the master pack, else 30', () => {
    expect(defaultDaysPerPack({ ...base, name: 'Seclo 20 x 30' })).toBe(30);
    expect(defaultDaysPerPack({ ...base, name: 'Napa', variant_label: '10 tablets' })).toBe(10);
    expect(defaultDaysPerPack({ ...base, name: "Ace 14's" })).toBe(14);
    expect(defaultDaysPerPack({ ...base, name: 'নাপা ১৫টি' })).toBe(15);
    expect(defaultDaysPerPack({ ...base, name: 'Angilock 50', unit: 'strip' })).toBe(10);
    expect(defaultDaysPerPack({ ...base, name: 'Angilock 50', pack_qty: 28 })).toBe(28);
    expect(defaultDaysPerPack({ ...base, name: 'Angilock 50' })).toBe(30);
    expect(defaultDaysPerPack({ ...base, name: 'Ace syrup 100 ml', dosage_form: 'syrup' })).toBe(
      30,
    );
    // "500 mg" is a strength, not a count.
    expect(defaultDaysPerPack({ ...base, name: 'Napa 500 mg', unit: 'strip' })).toBe(10);
  });
});

describe('opting in and out', () => {
  it('the buyer opts in (default from the pack), changes the days, lists, and opts out', async () => {
    const customer = await createUser(t.ctx);
    const deliveredAt = new Date('2026-11-01T06:00:00Z');
    const l = await line(customer, { deliveredAt, quantity: 2 });

    const before = await call(customer, 'GET', l.url);
    expect(before.statusCode, before.body).toBe(200);
    expect(before.json()).toMatchObject({ eligible: true, active: false, defaultDaysPerPack: 10 });

    const on = await call(customer, 'POST', l.url, {});
    expect(on.statusCode, on.body).toBe(200);
    // 2 strips × 10 days − 2 days.
    expect(on.json()).toMatchObject({
      active: true,
      daysPerPack: 10,
      remindAt: new Date(deliveredAt.getTime() + 18 * DAY).toISOString(),
    });
    const changed = await call(customer, 'POST', l.url, { daysPerPack: 15 });
    expect(changed.json().remindAt).toBe(remindAtOf(deliveredAt, 2, 15).toISOString());

    const list = await call(customer, 'GET', '/api/v1/refill-reminders?limit=1');
    expect(list.statusCode).toBe(200);
    expect(list.json()).toMatchObject({
      items: [{ orderId: l.orderId, itemId: l.itemId, daysPerPack: 15 }],
    });

    const off = await call(customer, 'DELETE', l.url);
    expect(off.statusCode).toBe(200);
    expect(off.json()).toMatchObject({ active: false, remindAt: null });
    const empty = await call(customer, 'GET', '/api/v1/refill-reminders');
    expect(empty.json()).toEqual({ items: [], nextCursor: null });
  });

  it('pages the list with a cursor', async () => {
    const customer = await createUser(t.ctx);
    for (let i = 0; i < 3; i++) {
      const l = await line(customer);
      expect((await call(customer, 'POST', l.url, { daysPerPack: 30 })).statusCode).toBe(200);
    }
    const first = (await call(customer, 'GET', '/api/v1/refill-reminders?limit=2')).json();
    expect(first.items).toHaveLength(2);
    const next = await call(
      customer,
      'GET',
      `/api/v1/refill-reminders?limit=2&cursor=${encodeURIComponent(first.nextCursor)}`,
    );
    expect(next.json().items).toHaveLength(1);
    expect(next.json().nextCursor).toBeNull();
  });

  it('refuses a line not delivered, a product that is not a medicine, and hostile input', async () => {
    const customer = await createUser(t.ctx);
    const placed = await line(customer, { status: 'placed' });
    const r1 = await call(customer, 'POST', placed.url, {});
    expect(r1.statusCode).toBe(409);
    expect(r1.json().error.code).toBe('REFILL_NOT_DELIVERED');

    const rice = await createProduct(t.app, p.seller.auth, p.shopId);
    const grocery = await line(customer, {
      product: { productId: rice.id, variantId: rice.variants[0]!.id },
    });
    const r2 = await call(customer, 'POST', grocery.url, {});
    expect(r2.statusCode).toBe(409);
    expect(r2.json().error.code).toBe('REFILL_NOT_MEDICINE');

    const ok = await line(customer);
    for (const body of [
      { daysPerPack: 0 },
      { daysPerPack: 366 },
      { daysPerPack: 2.5 },
      { daysPerPack: '10' },
      { daysPerPack: 10, customerId: customer.id },
      { daysPerPack: 10, remindAt: '2020-01-01T00:00:00Z' },
    ])
      expect((await call(customer, 'POST', ok.url, body)).statusCode, JSON.stringify(body)).toBe(
        400,
      );
    for (const bad of ['abc', '0', '-1', '1.5', '99999999999999999999'])
      expect(
        (await call(customer, 'GET', `/api/v1/orders/${ok.orderId}/items/${bad}/refill-reminder`))
          .statusCode,
        bad,
      ).toBe(400);
    const bogusCursor = await call(customer, 'GET', '/api/v1/refill-reminders?cursor=xyz');
    expect(bogusCursor.statusCode).toBe(400);
  });

  it('only the buyer: another customer, the seller and a line of another order get 404', async () => {
    const customer = await createUser(t.ctx);
    const other = await createUser(t.ctx);
    const l = await line(customer);
    const elsewhere = await line(other);
    for (const method of ['GET', 'POST', 'DELETE'] as const) {
      expect(
        (await call(other, method, l.url, method === 'POST' ? {} : undefined)).statusCode,
      ).toBe(404);
      // Customer's own order id with another order's line.
      const mixed = `/api/v1/orders/${l.orderId}/items/${elsewhere.itemId}/refill-reminder`;
      expect(
        (await call(customer, method, mixed, method === 'POST' ? {} : undefined)).statusCode,
      ).toBe(404);
    }
    expect((await call(p.seller, 'POST', l.url, {})).statusCode).toBe(403);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/refill-reminders' })).statusCode,
    ).toBe(401);
    // The other customer's list never shows this reminder.
    await call(customer, 'POST', l.url, {});
    expect((await call(other, 'GET', '/api/v1/refill-reminders')).json().items).toEqual([]);
  });
});

describe('the reminder job', () => {
  it('sends once, two days before the packs run out: not before, not twice, not by a second worker', async () => {
    const customer = await createUser(t.ctx);
    const deliveredAt = new Date('2026-11-01T06:00:00Z');
    const l = await line(customer, { deliveredAt, quantity: 3 });
    await call(customer, 'POST', l.url, { daysPerPack: 10 });
    const due = new Date(deliveredAt.getTime() + 28 * DAY);

    await sendDueRefills(t.ctx, new Date(due.getTime() - 60_000));
    expect(await refillEvents(l)).toHaveLength(0);

    const runs = await Promise.all([
      sendDueRefills(t.ctx, due),
      sendDueRefills(t.ctx, due),
      sendDueRefills(t.ctx, due),
    ]);
    expect(runs.reduce((a, b) => a + b, 0)).toBeGreaterThanOrEqual(1);
    await sendDueRefills(t.ctx, new Date(due.getTime() + DAY));
    const events = await refillEvents(l);
    expect(events).toHaveLength(1);
    const payload = events[0]!.payload as Record<string, unknown>;
    expect(topicPayloads['refill.due'].safeParse(payload).success).toBe(true);
    expect(payload).toMatchObject({
      customerId: customer.id,
      productId: p.otc.productId,
      runsOutOn: '2026-12-01',
    });
    const state = (await call(customer, 'GET', l.url)).json();
    expect(state.sentAt).toBe(due.toISOString());
  });

  it('does not send after the customer opted out, nor a reminder long past', async () => {
    const customer = await createUser(t.ctx);
    const deliveredAt = new Date('2026-10-01T06:00:00Z');
    const out = await line(customer, { deliveredAt });
    await call(customer, 'POST', out.url, { daysPerPack: 10 });
    await call(customer, 'DELETE', out.url);
    const stale = await line(customer, { deliveredAt });
    await call(customer, 'POST', stale.url, { daysPerPack: 10 });
    await sendDueRefills(t.ctx, new Date(deliveredAt.getTime() + 30 * DAY));
    expect(await refillEvents(out)).toHaveLength(0);
    expect(await refillEvents(stale)).toHaveLength(0);
  });

  it('reaches the customer in-app (with the product link) and by SMS', async () => {
    const customer = await createUser(t.ctx);
    const deliveredAt = new Date(Date.now() - 9 * DAY);
    const l = await line(customer, { deliveredAt });
    await call(customer, 'POST', l.url, { daysPerPack: 10 });
    expect(await sendDueRefills(t.ctx)).toBeGreaterThanOrEqual(1);
    const items = await inbox(customer);
    expect(items).toEqual([
      expect.objectContaining({ kind: 'refill_due', link: `/products/${p.otc.productId}` }),
    ]);
    const sms = () =>
      t.ctx.db
        .selectFrom('notification_deliveries')
        .select('channel')
        .where('recipient_id', '=', customer.id)
        .where('kind', '=', 'refill_due')
        .where('channel', '=', 'sms')
        .execute();
    for (let i = 0; i < 100 && (await sms()).length === 0; i++) await sleep(100);
    expect(await sms()).toHaveLength(1);
  }, 60_000);
});

async function inbox(user: TestUser) {
  let items: { kind: string; title: string; link: string | null }[] = [];
  for (let i = 0; i < 150 && items.length === 0; i++) {
    await relayOutboxOnce(t.ctx.db, t.ctx.queue);
    const res = await t.app.inject({ url: '/api/v1/notifications', headers: user.auth });
    items = res.json().items;
    if (items.length === 0) await sleep(100);
  }
  return items;
}

describe('"send your prescription" notifications', () => {
  it('tells the pharmacy of a new request and the customer when the proposal is ready', async () => {
    const q = await pharmacy(t);
    await namePharmacist(t, q);
    const customer = await createUser(t.ctx);
    const single = multipartFile(await png(), 'rx.png', 'image/png');
    const boundary = single.headers['content-type']!.split('boundary=')[1]!;
    const field = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="shopId"\r\n\r\n${q.shopId}\r\n`,
    );
    const sent = await t.app.inject({
      method: 'POST',
      url: '/api/v1/prescription-requests',
      headers: { ...customer.auth, ...single.headers },
      payload: Buffer.concat([field, single.payload]),
    });
    expect(sent.statusCode, sent.body).toBe(201);
    const requestId = sent.json().id as string;
    const forShop = await inbox(q.seller);
    expect(forShop).toEqual([
      expect.objectContaining({
        kind: 'prescription_request_submitted',
        link: `/seller/shops/${q.shopId}/prescriptions`,
      }),
    ]);

    const proposed = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/prescription-requests/${requestId}/proposal`,
      headers: q.seller.auth,
      payload: { items: [{ variantId: q.rx.variantId, quantity: 2 }] },
    });
    expect(proposed.statusCode, proposed.body).toBe(200);
    const forCustomer = await inbox(customer);
    expect(forCustomer).toEqual([
      expect.objectContaining({
        kind: 'prescription_request_proposed',
        link: `/prescriptions/${requestId}`,
      }),
    ]);
  }, 60_000);
});
