import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/helpers/app.ts';
import { createUser, type TestUser } from '../../../../test/helpers/factories.ts';
import { addToCart, buyer, checkout, moveOrder } from '../../../../test/helpers/shopping.ts';
import { expireReservations } from '../../orders/index.ts';
import { createProduct, insertShop, multipartFile } from '../test-support.ts';
import { addDays, dhakaToday } from './batches.dates.ts';
import { sendExpiryAlerts, writeOffExpired } from './batches.jobs.ts';

let t: TestApp;
let seller: TestUser;
let shopId: string;
const today = dhakaToday();

beforeAll(async () => {
  t = await createTestApp({ DATABASE_POOL_MAX: '20' });
  seller = await createUser(t.ctx, { role: 'seller' });
  shopId = await pharmacy(seller);
});
afterAll(() => t?.close());

async function pharmacy(owner: TestUser) {
  const id = await insertShop(t.ctx, owner.id);
  await sql`UPDATE shops SET type = 'pharmacy', drug_licence = 'DL-12345' WHERE id = ${id}`.execute(
    t.ctx.db,
  );
  return id;
}

async function medicine(stock = 0, price = 1000, owner = seller, shop = shopId) {
  const p = await createProduct(t.app, owner.auth, shop, {
    kind: 'general',
    unit: 'strip',
    attributes: {},
    variants: [{ sku: `NAPA-${randomUUID().slice(0, 8)}`, price, initialStock: stock }],
  });
  return { productId: p.id, variantId: p.variants[0]!.id };
}

const api = (
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'PUT',
  url: string,
  payload?: unknown,
  user: TestUser = seller,
) =>
  t.app.inject({
    method,
    url: `/api/v1${url}`,
    headers: { ...user.auth, 'accept-language': 'en' },
    ...(payload === undefined ? {} : { payload: payload as object }),
  });

async function addBatch(productId: string, body: Record<string, unknown>) {
  const res = await api('POST', `/products/${productId}/batches`, body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; quantity: number; expiryDate: string };
}

async function batchQuantities(variantId: string) {
  const rows = await t.ctx.db
    .selectFrom('stock_batches')
    .select(['batch_number', 'quantity'])
    .where('variant_id', '=', variantId)
    .execute();
  return Object.fromEntries(rows.map((r) => [r.batch_number, r.quantity]));
}

const onHand = async (variantId: string) =>
  (
    await t.ctx.db
      .selectFrom('product_variants')
      .select('on_hand')
      .where('id', '=', variantId)
      .executeTakeFirstOrThrow()
  ).on_hand;

/** Three batches: B expires first (7), A next (10), C last (8). */
async function threeBatches(stock = 0) {
  const m = await medicine(stock);
  await addBatch(m.productId, { batchNumber: 'A', expiry: addDays(today, 200), quantity: 10 });
  await addBatch(m.productId, { batchNumber: 'B', expiry: addDays(today, 100), quantity: 7 });
  await addBatch(m.productId, { batchNumber: 'C', expiry: addDays(today, 300), quantity: 8 });
  return m;
}

async function order(variantId: string, quantity: number, payment: 'cod' | 'bkash' = 'cod') {
  const b = await buyer(t.ctx, t.app, shopId);
  await addToCart(t.app, b, variantId, quantity);
  const res = await checkout(t.app, b, payment);
  return { b, res };
}

describe('batches: stock and FEFO', () => {
  it('adding batches restocks through the ledger; on_hand is the sum', async () => {
    const m = await threeBatches(4);
    expect(await onHand(m.variantId)).toBe(29);
    const list = await api('GET', `/products/${m.productId}/batches`);
    expect(list.statusCode).toBe(200);
    const body = list.json();
    expect(body.items.map((b: { batchNumber: string }) => b.batchNumber)).toEqual(['B', 'A', 'C']);
    expect(body.variants[0]).toMatchObject({
      onHand: 29,
      inBatches: 25,
      unbatched: 4,
      sellable: 29,
    });
    const ledger = await t.ctx.db
      .selectFrom('stock_movements')
      .select(['reason', 'delta'])
      .where('variant_id', '=', m.variantId)
      .orderBy('id')
      .execute();
    expect(ledger).toEqual([
      { reason: 'restock', delta: 4 },
      { reason: 'restock', delta: 10 },
      { reason: 'restock', delta: 7 },
      { reason: 'restock', delta: 8 },
    ]);
  });

  it('40 simultaneous checkouts of 25 units in three batches: 25 sold, batches emptied, none negative', async () => {
    const m = await threeBatches();
    const buyers = await Promise.all(
      Array.from({ length: 40 }, async () => {
        const b = await buyer(t.ctx, t.app, shopId);
        await addToCart(t.app, b, m.variantId, 1);
        return b;
      }),
    );
    const results = await Promise.all(buyers.map((b) => checkout(t.app, b)));
    const codes = results.map((r) => r.statusCode);
    const odd = results.filter((r) => r.statusCode !== 201 && r.statusCode !== 409);
    expect(odd.map((r) => r.body).slice(0, 2)).toEqual([]);
    expect(codes.filter((c) => c === 201)).toHaveLength(25);
    expect(codes.filter((c) => c === 409)).toHaveLength(15);
    expect(await onHand(m.variantId)).toBe(0);
    expect(await batchQuantities(m.variantId)).toEqual({ A: 0, B: 0, C: 0 });
    const allocated = await t.ctx.db
      .selectFrom('stock_batch_allocations')
      .select((eb) => eb.fn.sum<number>('quantity').as('n'))
      .where('variant_id', '=', m.variantId)
      .executeTakeFirstOrThrow();
    expect(Number(allocated.n)).toBe(25);
  }, 120_000);

  it('12 simultaneous checkouts take the first-expiring batch first, then the next', async () => {
    const m = await threeBatches();
    const buyers = await Promise.all(
      Array.from({ length: 12 }, async () => {
        const b = await buyer(t.ctx, t.app, shopId);
        await addToCart(t.app, b, m.variantId, 1);
        return b;
      }),
    );
    const results = await Promise.all(buyers.map((b) => checkout(t.app, b)));
    expect(results.every((r) => r.statusCode === 201)).toBe(true);
    expect(await batchQuantities(m.variantId)).toEqual({ B: 0, A: 5, C: 8 });
    expect(await onHand(m.variantId)).toBe(13);
  }, 120_000);

  it('one line larger than a batch splits across batches; cancelling returns each to its batch', async () => {
    const m = await threeBatches(2);
    const { b, res } = await order(m.variantId, 9);
    expect(res.statusCode, res.body).toBe(201);
    expect(await batchQuantities(m.variantId)).toEqual({ B: 0, A: 8, C: 8 });
    // Unbatched stock goes last: still there.
    expect(await onHand(m.variantId)).toBe(18);
    const orderId = res.json().orders[0].id as string;
    const alloc = await t.ctx.db
      .selectFrom('stock_batch_allocations as a')
      .innerJoin('stock_batches as s', 's.id', 'a.batch_id')
      .select(['s.batch_number', 'a.quantity'])
      .where('a.order_id', '=', orderId)
      .orderBy('a.id')
      .execute();
    expect(alloc).toEqual([
      { batch_number: 'B', quantity: 7 },
      { batch_number: 'A', quantity: 2 },
    ]);
    // Meanwhile another buyer takes from A: the cancel must still give B its 7 back.
    expect((await order(m.variantId, 3)).res.statusCode).toBe(201);
    expect(await batchQuantities(m.variantId)).toEqual({ B: 0, A: 5, C: 8 });
    const cancel = await moveOrder(t.app, b, orderId, 'cancelled');
    expect(cancel.statusCode, cancel.body).toBe(200);
    expect(await batchQuantities(m.variantId)).toEqual({ B: 7, A: 7, C: 8 });
    expect(await onHand(m.variantId)).toBe(24);
    // A second cancel is refused and returns nothing twice.
    expect((await moveOrder(t.app, b, orderId, 'cancelled')).statusCode).toBe(409);
    expect(await onHand(m.variantId)).toBe(24);
  }, 60_000);

  it('a failed online payment (reservation timeout) returns the units to their batches', async () => {
    const m = await threeBatches();
    const { res } = await order(m.variantId, 8, 'bkash');
    expect(res.statusCode, res.body).toBe(201);
    expect(await batchQuantities(m.variantId)).toEqual({ B: 0, A: 9, C: 8 });
    await expireReservations(t.ctx, new Date(Date.now() + 24 * 3600_000));
    expect(await batchQuantities(m.variantId)).toEqual({ B: 7, A: 10, C: 8 });
    expect(await onHand(m.variantId)).toBe(25);
  }, 60_000);

  it('expired stock cannot be sold, before and after the write-off; the write-off is idempotent', async () => {
    const m = await medicine();
    const old = await addBatch(m.productId, {
      batchNumber: 'OLD',
      expiry: addDays(today, 5),
      quantity: 5,
    });
    // The seller corrects the date: it is already past (allowed on edit; it stops selling at once).
    const edit = await api('PATCH', `/products/${m.productId}/batches/${old.id}`, {
      expiry: addDays(today, -1),
    });
    expect(edit.statusCode, edit.body).toBe(200);
    expect(edit.json()).toMatchObject({ status: 'expired', daysLeft: -1 });
    const refused = await order(m.variantId, 1);
    expect(refused.res.statusCode).toBe(409);
    expect(refused.res.json().error.code).toBe('OUT_OF_STOCK');
    expect(await onHand(m.variantId)).toBe(5);

    await addBatch(m.productId, { batchNumber: 'NEW', expiry: addDays(today, 90), quantity: 3 });
    // A batch expiring today still sells today.
    await addBatch(m.productId, { batchNumber: 'TODAY', expiry: today, quantity: 1 });
    const sold = await order(m.variantId, 4);
    expect(sold.res.statusCode, sold.res.body).toBe(201);
    expect(await batchQuantities(m.variantId)).toEqual({ OLD: 5, NEW: 0, TODAY: 0 });
    expect((await order(m.variantId, 1)).res.statusCode).toBe(409);

    const first = await writeOffExpired(t.ctx, today);
    expect(first.units).toBeGreaterThanOrEqual(5);
    expect(await onHand(m.variantId)).toBe(0);
    const again = await writeOffExpired(t.ctx, today);
    expect(again.units).toBe(0);
    const ledger = await t.ctx.db
      .selectFrom('stock_movements')
      .select(['reason', 'delta', 'on_hand_after'])
      .where('variant_id', '=', m.variantId)
      .where('reason', '=', 'expiry')
      .execute();
    expect(ledger).toEqual([{ reason: 'expiry', delta: -5, on_hand_after: 0 }]);
    const batch = await t.ctx.db
      .selectFrom('stock_batches')
      .select(['quantity', 'written_off_quantity'])
      .where('id', '=', old.id)
      .executeTakeFirstOrThrow();
    expect(batch).toEqual({ quantity: 0, written_off_quantity: 5 });
  }, 60_000);

  it('parallel write-off runs write each batch off once', async () => {
    const m = await medicine();
    const b = await addBatch(m.productId, {
      batchNumber: 'X',
      expiry: addDays(today, 3),
      quantity: 6,
    });
    await api('PATCH', `/products/${m.productId}/batches/${b.id}`, { expiry: addDays(today, -2) });
    await Promise.all([1, 2, 3, 4].map(() => writeOffExpired(t.ctx, today)));
    expect(await onHand(m.variantId)).toBe(0);
    const movements = await t.ctx.db
      .selectFrom('stock_movements')
      .select('delta')
      .where('variant_id', '=', m.variantId)
      .where('reason', '=', 'expiry')
      .execute();
    expect(movements).toEqual([{ delta: -6 }]);
  });

  it("a seller's manual decrease takes unbatched units first, then the first-expiring batch", async () => {
    const m = await threeBatches(3);
    const res = await api(
      'POST',
      `/products/${m.productId}/variants/${m.variantId}/stock-adjustments`,
      {
        delta: -5,
        reason: 'correction',
      },
    );
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().onHand).toBe(23);
    expect(await batchQuantities(m.variantId)).toEqual({ B: 5, A: 10, C: 8 });
  });

  it('records units already in stock as a batch without changing on_hand', async () => {
    const m = await medicine(12);
    await addBatch(m.productId, {
      batchNumber: 'OPEN',
      expiry: '12/2030',
      quantity: 10,
      fromUnbatched: true,
    });
    expect(await onHand(m.variantId)).toBe(12);
    const short = await api('POST', `/products/${m.productId}/batches`, {
      batchNumber: 'MORE',
      expiry: '12/2030',
      quantity: 3,
      fromUnbatched: true,
    });
    expect(short.statusCode).toBe(409);
    expect(short.json().error).toMatchObject({
      code: 'UNBATCHED_STOCK_SHORT',
      details: { unbatched: 2 },
    });
  });

  it('editing the quantity is a ledger correction; removing a batch takes its units out', async () => {
    const m = await threeBatches();
    const list = (await api('GET', `/products/${m.productId}/batches`)).json();
    const a = list.items.find((b: { batchNumber: string }) => b.batchNumber === 'A');
    const edit = await api('PATCH', `/products/${m.productId}/batches/${a.id}`, {
      quantity: 4,
      costPoisha: 650,
      batchNumber: 'A-1',
    });
    expect(edit.statusCode, edit.body).toBe(200);
    expect(edit.json()).toMatchObject({ quantity: 4, costPoisha: 650, batchNumber: 'A-1' });
    expect(await onHand(m.variantId)).toBe(19);
    const del = await api('DELETE', `/products/${m.productId}/batches/${a.id}`);
    expect(del.statusCode).toBe(200);
    expect(await onHand(m.variantId)).toBe(15);
    expect(await batchQuantities(m.variantId)).toEqual({ B: 7, C: 8 });
  });
});

describe('batches: near-expiry alerts', () => {
  const alerts = async (batchIds: string[]) =>
    (
      await t.ctx.db
        .selectFrom('outbox_events')
        .select(sql<string>`payload->>'batchId'`.as('batchId'))
        .select(sql<number>`(payload->>'threshold')::int`.as('threshold'))
        .where('topic', '=', 'stock.batch_expiring')
        .execute()
    )
      .filter((e) => batchIds.includes(e.batchId))
      .map((e) => `${batchIds.indexOf(e.batchId)}@${e.threshold}`)
      .sort();

  it('tells the seller once per batch at 60 and at 30 days, across re-runs and parallel workers', async () => {
    const m = await medicine();
    const in45 = await addBatch(m.productId, {
      batchNumber: 'N45',
      expiry: addDays(today, 45),
      quantity: 3,
    });
    const in20 = await addBatch(m.productId, {
      batchNumber: 'N20',
      expiry: addDays(today, 20),
      quantity: 2,
    });
    const in90 = await addBatch(m.productId, {
      batchNumber: 'N90',
      expiry: addDays(today, 90),
      quantity: 4,
    });
    const ids = [in45.id, in20.id, in90.id];
    await Promise.all([1, 2, 3].map(() => sendExpiryAlerts(t.ctx, today)));
    await sendExpiryAlerts(t.ctx, today);
    // 45 days → the 60-day alert; 20 days → only the 30-day one; 90 days → nothing yet.
    expect(await alerts(ids)).toEqual(['0@60', '1@30']);
    // Twenty days on: the first batch crosses 30; the second was already told.
    await Promise.all([1, 2].map(() => sendExpiryAlerts(t.ctx, addDays(today, 20))));
    expect(await alerts(ids)).toEqual(['0@30', '0@60', '1@30']);
    // Thirty-five days on: the 90-day batch is at 55 → its 60-day alert.
    await sendExpiryAlerts(t.ctx, addDays(today, 35));
    await sendExpiryAlerts(t.ctx, addDays(today, 35));
    expect(await alerts(ids)).toEqual(['0@30', '0@60', '1@30', '2@60']);
    const payload = await t.ctx.db
      .selectFrom('outbox_events')
      .select('payload')
      .where('topic', '=', 'stock.batch_expiring')
      .where(sql<string>`payload->>'batchId'`, '=', in20.id)
      .executeTakeFirstOrThrow();
    expect(payload.payload).toMatchObject({
      shopId,
      productId: m.productId,
      batchNumber: 'N20',
      expiryDate: addDays(today, 20),
      daysLeft: 20,
      quantity: 2,
    });
  });

  it('an empty batch is not alerted; a new expiry date starts the alerts again', async () => {
    const m = await medicine();
    const b = await addBatch(m.productId, {
      batchNumber: 'E',
      expiry: addDays(today, 50),
      quantity: 1,
    });
    await sendExpiryAlerts(t.ctx, today);
    expect(await alerts([b.id])).toEqual(['0@60']);
    await api('PATCH', `/products/${m.productId}/batches/${b.id}`, { expiry: addDays(today, 55) });
    await sendExpiryAlerts(t.ctx, today);
    expect(await alerts([b.id])).toEqual(['0@60', '0@60']);
    const empty = await addBatch(m.productId, {
      batchNumber: 'Z',
      expiry: addDays(today, 10),
      quantity: 1,
    });
    await api('PATCH', `/products/${m.productId}/batches/${empty.id}`, { quantity: 0 });
    await sendExpiryAlerts(t.ctx, today);
    expect(await alerts([empty.id])).toEqual([]);
  });
});

describe('batches: the expiry report', () => {
  it('sums value by expiry month (cost, else price), expired, unbatched and near expiry; CSV too', async () => {
    const owner = await createUser(t.ctx, { role: 'seller' });
    const shop = await pharmacy(owner);
    const m = await medicine(2, 1000, owner, shop);
    const as = (body: Record<string, unknown>) =>
      api('POST', `/products/${m.productId}/batches`, body, owner).then((r) => {
        expect(r.statusCode, r.body).toBe(201);
        return r.json();
      });
    await as({ batchNumber: 'M1', expiry: '2031-03-15', quantity: 10, costPoisha: 600 });
    await as({ batchNumber: 'M2', expiry: '03/2031', quantity: 5 });
    await as({ batchNumber: 'M3', expiry: '৩০/০৪/২০৩১', quantity: 4, costPoisha: 700 });
    await as({ batchNumber: 'SOON', expiry: addDays(today, 10), quantity: 3, costPoisha: 500 });
    const gone = await as({
      batchNumber: 'GONE',
      expiry: addDays(today, 10),
      quantity: 2,
      costPoisha: 400,
    });
    await api(
      'PATCH',
      `/products/${m.productId}/batches/${gone.id}`,
      { expiry: addDays(today, -3) },
      owner,
    );

    const res = await api('GET', `/shops/${shop}/batches/report`, undefined, owner);
    expect(res.statusCode, res.body).toBe(200);
    const r = res.json();
    const soonMonth = addDays(today, 10).slice(0, 7);
    expect(r.months).toEqual([
      { month: soonMonth, quantity: 3, valuePoisha: 1500, batches: 1 },
      { month: '2031-03', quantity: 15, valuePoisha: 6000 + 5000, batches: 2 },
      { month: '2031-04', quantity: 4, valuePoisha: 2800, batches: 1 },
    ]);
    expect(r.expired).toEqual({ quantity: 2, valuePoisha: 800, batches: 1 });
    expect(r.unbatched).toEqual({ quantity: 2, valuePoisha: 2000 });
    expect(r.total).toEqual({ quantity: 26, valuePoisha: 1500 + 11000 + 2800 + 800 + 2000 });
    expect(r.valuedAtPrice).toBe(1);
    expect(r.nearExpiry).toHaveLength(1);
    expect(r.nearExpiry[0]).toMatchObject({ batchNumber: 'SOON', daysLeft: 10, valuePoisha: 1500 });

    const csv = await api('GET', `/shops/${shop}/batches/report.csv`, undefined, owner);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body).toContain('2031-03,2,15,110.00');
    expect(csv.body).toContain('expired,1,2,8.00');
    expect(csv.body).toContain('total,,26,');

    await writeOffExpired(t.ctx, today);
    const after = (await api('GET', `/shops/${shop}/batches/report`, undefined, owner)).json();
    expect(after.expired).toEqual({ quantity: 0, valuePoisha: 0, batches: 0 });
    expect(after.writtenOff).toEqual({ quantity: 2, valuePoisha: 800, batches: 1 });
  });
});

describe('batches: access and hostile input', () => {
  it('only the shop owner (or an admin) reads or changes batches', async () => {
    const m = await threeBatches();
    const batchId = (await api('GET', `/products/${m.productId}/batches`)).json().items[0].id;
    const other = await createUser(t.ctx, { role: 'seller' });
    const customer = await createUser(t.ctx);
    const admin = await createUser(t.ctx, { role: 'admin' });
    for (const user of [other, customer]) {
      const expected = user === other ? 404 : 403;
      expect(
        (await api('GET', `/products/${m.productId}/batches`, undefined, user)).statusCode,
      ).toBe(expected);
      expect(
        (
          await api(
            'POST',
            `/products/${m.productId}/batches`,
            { expiry: '12/2030', quantity: 1 },
            user,
          )
        ).statusCode,
      ).toBe(expected);
      expect(
        (await api('PATCH', `/products/${m.productId}/batches/${batchId}`, { quantity: 99 }, user))
          .statusCode,
      ).toBe(expected);
      expect(
        (await api('DELETE', `/products/${m.productId}/batches/${batchId}`, undefined, user))
          .statusCode,
      ).toBe(expected);
      expect(
        (await api('GET', `/shops/${shopId}/batches/report`, undefined, user)).statusCode,
      ).toBe(user === other ? 403 : 403);
    }
    const anonymous = await t.app.inject({ url: `/api/v1/products/${m.productId}/batches` });
    expect(anonymous.statusCode).toBe(401);
    expect(
      (await api('GET', `/products/${m.productId}/batches`, undefined, admin)).statusCode,
    ).toBe(200);
    expect(await batchQuantities(m.variantId)).toEqual({ A: 10, B: 7, C: 8 });
    // Another seller's batch id under one's own product is not found.
    const mine = await medicine();
    expect(
      (await api('PATCH', `/products/${mine.productId}/batches/${batchId}`, { quantity: 1 }))
        .statusCode,
    ).toBe(404);
  });

  it('refuses bad dates, past expiry on add, wrong types, unknown fields and duplicate numbers', async () => {
    const m = await medicine();
    const post = (body: unknown) => api('POST', `/products/${m.productId}/batches`, body);
    for (const expiry of [
      '31/02/2030',
      '13/2030',
      'soon',
      '2030-00-10',
      '৩২/০১/২০৩০',
      "'; DROP TABLE x",
    ]) {
      const r = await post({ expiry, quantity: 1 });
      expect(r.statusCode, expiry).toBe(400);
      expect(r.json().error.code, expiry).toBe('BATCH_EXPIRY_INVALID');
    }
    const past = await post({ expiry: addDays(today, -1), quantity: 1 });
    expect(past.json().error.code).toBe('BATCH_ALREADY_EXPIRED');
    expect((await post({ expiry: '01/2099', quantity: 1 })).json().error.code).toBe(
      'BATCH_EXPIRY_TOO_FAR',
    );
    for (const quantity of [0, -1, 1.5, '3', 1e9, null]) {
      expect((await post({ expiry: '12/2030', quantity })).statusCode, String(quantity)).toBe(400);
    }
    for (const extra of [
      { shopId },
      { onHand: 5 },
      { writtenOffQuantity: 3 },
      { costPoisha: -1 },
    ]) {
      expect((await post({ expiry: '12/2030', quantity: 1, ...extra })).statusCode).toBe(400);
    }
    await addBatch(m.productId, { batchNumber: ' X1 ', expiry: '12/2030', quantity: 1 });
    const dup = await post({ batchNumber: 'X1', expiry: '11/2030', quantity: 1 });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('BATCH_NUMBER_TAKEN');
    expect((await api('GET', `/products/${m.productId}/batches?cursor=zzz`)).statusCode).toBe(400);
    expect((await api('GET', `/products/not-a-uuid/batches`)).statusCode).toBe(400);
    expect(await onHand(m.variantId)).toBe(1);
  });

  it('accepts the date formats sellers write, Bengali digits included', async () => {
    const m = await medicine();
    const cases: [string, string][] = [
      ['2030-03-31', '2030-03-31'],
      ['15/03/2030', '2030-03-15'],
      ['03/2030', '2030-03-31'],
      ['০২/২০৩২', '2032-02-29'],
      ['১৫-০৬-২০৩০', '2030-06-15'],
      ['EXP: 07/30', '2030-07-31'],
      ['Mar-31', '2031-03-31'],
      ['মার্চ ২০৩৩', '2033-03-31'],
    ];
    for (const [i, [expiry, expected]] of cases.entries()) {
      const b = await addBatch(m.productId, { batchNumber: `F${i}`, expiry, quantity: 1 });
      expect(b.expiryDate, expiry).toBe(expected);
    }
  });

  it('a shop that is not a pharmacy adds batches only after turning them on; others stay as before', async () => {
    const owner = await createUser(t.ctx, { role: 'seller' });
    const grocery = await insertShop(t.ctx, owner.id);
    const p = await medicine(5, 1000, owner, grocery);
    const body = { batchNumber: 'G1', expiry: '12/2030', quantity: 2 };
    const refused = await api('POST', `/products/${p.productId}/batches`, body, owner);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('BATCHES_NOT_ENABLED');
    const on = await api('PUT', `/shops/${grocery}/batch-tracking`, { enabled: true }, owner);
    expect(on.json()).toEqual({ enabled: true, pharmacy: false });
    expect((await api('POST', `/products/${p.productId}/batches`, body, owner)).statusCode).toBe(
      201,
    );
    expect(await onHand(p.variantId)).toBe(7);
    const stranger = await createUser(t.ctx, { role: 'seller' });
    expect(
      (await api('PUT', `/shops/${grocery}/batch-tracking`, { enabled: false }, stranger))
        .statusCode,
    ).toBe(403);
  });

  it('imports batches from a CSV, row by row; the same file again changes nothing', async () => {
    const m = await medicine();
    const sku = (
      await t.ctx.db
        .selectFrom('product_variants')
        .select('sku')
        .where('id', '=', m.variantId)
        .executeTakeFirstOrThrow()
    ).sku;
    const csv = [
      'sku,batch_number,expiry,quantity,cost',
      `${sku},C1,03/2031,10,6.50`,
      `${sku},C2,৩০/০৬/২০৩১,৫,`,
      `${sku},C3,not a date,1,`,
      `NOPE,C4,03/2031,1,`,
    ].join('\n');
    const upload = () => {
      const file = multipartFile(Buffer.from(csv), 'batches.csv', 'text/csv');
      return t.app.inject({
        method: 'POST',
        url: `/api/v1/shops/${shopId}/batches/import`,
        headers: { ...seller.auth, ...file.headers, 'accept-language': 'en' },
        payload: file.payload,
      });
    };
    const first = await upload();
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().summary).toEqual({ created: 2, updated: 0, unchanged: 0, rejected: 2 });
    expect(first.json().rows[2]).toMatchObject({
      row: 4,
      result: 'rejected',
      code: 'BATCH_EXPIRY_INVALID',
    });
    expect(await onHand(m.variantId)).toBe(15);
    const again = await upload();
    expect(again.json().summary).toEqual({ created: 0, updated: 0, unchanged: 2, rejected: 2 });
    expect(await onHand(m.variantId)).toBe(15);
  });
});
