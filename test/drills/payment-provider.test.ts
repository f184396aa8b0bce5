/**
 * Drill: the payment provider times out or answers garbage while a buyer comes back from paying.
 * The order keeps waiting (stock held, payment not captured), the buyer is told the payment is not
 * confirmed yet, and reconciliation (src/modules/orders/reconcile.ts) later asks the provider and
 * captures exactly once, marks a failed payment failed, and leaves an unknown answer for later.
 * A real bKash sandbox (src/modules/payments/sandbox) with fault modes plays the provider.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  expireReservations,
  paymentGateway,
  reconcilePayments,
} from '../../src/modules/orders/index.ts';
import {
  actOnPaymentPage,
  BKASH_SANDBOX_CREDENTIALS,
  createBkashSandbox,
} from '../../src/modules/payments/index.ts';
import type { Sandbox } from '../../src/modules/payments/sandbox/common.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { addToCart, buyer, checkout, store, type Buyer, type Store } from '../helpers/shopping.ts';
import { assertConsistent } from './support.ts';

const bkash = createBkashSandbox();
let sandbox: Sandbox;
let t: TestApp;
let s: Store;
const STOCK = 40;

beforeAll(async () => {
  sandbox = await bkash.start(0);
  t = await createTestApp({
    BKASH_BASE_URL: sandbox.url,
    BKASH_USERNAME: BKASH_SANDBOX_CREDENTIALS.username,
    BKASH_PASSWORD: BKASH_SANDBOX_CREDENTIALS.password,
    BKASH_APP_KEY: BKASH_SANDBOX_CREDENTIALS.appKey,
    BKASH_APP_SECRET: BKASH_SANDBOX_CREDENTIALS.appSecret,
    // The sandbox holds a hung answer for 5 s: our client gives up after 1 s.
    PAYMENT_PROVIDER_TIMEOUT_MS: '1000',
    PAYMENT_RECONCILE_AFTER_MINUTES: '5',
  });
  s = await store(t.ctx, t.app, STOCK);
});
afterAll(async () => {
  bkash.faults.clear();
  await t?.close();
  await sandbox?.close();
});

const reconcile = () => reconcilePayments(t.ctx, paymentGateway(t.ctx));

/**
 * Time passes for this order's payment only: it started PAYMENT_RECONCILE_AFTER_MINUTES + 1 ago,
 * and a backoff already set has run out. (Moving `now` instead would reach other files' payments.)
 */
async function makeDue(orderId: string) {
  await t.ctx.db
    .updateTable('payments')
    .set({
      created_at: sql<Date>`now() - interval '6 minutes'`,
      reconcile_next_at: sql<Date | null>`CASE WHEN reconcile_next_at IS NULL THEN NULL ELSE now() - interval '1 second' END`,
    })
    .where('order_id', '=', orderId)
    .execute();
}

async function onlineOrder(quantity = 2) {
  const b = await buyer(t.ctx, t.app, s.shopId);
  await addToCart(t.app, b, s.variantId, quantity);
  const res = await checkout(t.app, b, 'bkash');
  expect(res.statusCode).toBe(201);
  const order = res.json().orders[0] as { id: string; payment: { redirectUrl: string } };
  return { b, orderId: order.id, redirectUrl: order.payment.redirectUrl };
}

/** The buyer decides on bKash's page; the browser comes back to our callback. */
async function payAndReturn(redirectUrl: string, decision: 'approve' | 'fail' = 'approve') {
  const outcome = await actOnPaymentPage(redirectUrl, decision);
  if (outcome.kind !== 'redirect') throw new Error(`expected a redirect, got ${outcome.kind}`);
  const back = new URL(outcome.location);
  return { path: back.pathname + back.search };
}

async function state(orderId: string) {
  const order = await t.ctx.db
    .selectFrom('orders')
    .select(['status', 'stock_released'])
    .where('id', '=', orderId)
    .executeTakeFirstOrThrow();
  const payment = await t.ctx.db
    .selectFrom('payments')
    .select(['id', 'status', 'captured_at', 'provider_txn_id', 'reconcile_checks'])
    .where('order_id', '=', orderId)
    .executeTakeFirstOrThrow();
  const { rows } = await sql<{ topic: string }>`
    SELECT topic FROM outbox_events
    WHERE payload->>'paymentId' = ${payment.id} AND topic = 'payment.received'`.execute(t.ctx.db);
  return { order, payment, received: rows.length };
}

async function reconciliations(outcome: string) {
  const metric = await t.ctx.metrics.registry.getSingleMetricAsString(
    'haat_payment_reconciliations_total',
  );
  const line = metric
    .split('\n')
    .find((l) => l.includes(`provider="bkash"`) && l.includes(`outcome="${outcome}"`));
  return line ? Number(line.split(' ').pop()) : 0;
}

async function expectConsistent() {
  const { problems } = await assertConsistent(t.ctx.db, s.shopId, s.variantId);
  expect(problems).toEqual([]);
}

describe('drill: payment provider times out or answers garbage', () => {
  it('timeout at callback, garbage on retry, then success on query: captured exactly once by reconciliation', async () => {
    const { orderId, redirectUrl } = await onlineOrder();
    // bKash completes the payment but neither the execute answer nor the status query gets back.
    bkash.faults.set('execute', 'hang');
    bkash.faults.set('status', 'hang');
    const back = await payAndReturn(redirectUrl);
    const first = await t.app.inject(back.path);
    expect(first.statusCode).toBe(302);
    expect(first.headers.location).toBe(`/orders/${orderId}?payment=unconfirmed`);

    let now = await state(orderId);
    expect(now.order.status).toBe('pending_payment');
    expect(now.order.stock_released).toBe(false);
    expect(now.payment.status).toBe('pending');
    expect(now.payment.captured_at).toBeNull();
    await expectConsistent();

    // The buyer reloads the return page: bKash now answers garbage, then an HTML error page.
    bkash.faults.clear();
    bkash.faults.set('status', 'garbage');
    const second = await t.app.inject(back.path);
    expect(second.headers.location).toBe(`/orders/${orderId}?payment=unconfirmed`);
    bkash.faults.set('status', 'html');
    const third = await t.app.inject(back.path);
    expect(third.headers.location).toBe(`/orders/${orderId}?payment=unconfirmed`);
    expect((await state(orderId)).payment.status).toBe('pending');

    // Too early for reconciliation: nothing is asked.
    await reconcile();
    expect((await state(orderId)).payment.reconcile_checks).toBe(0);
    // Due, but the provider still answers garbage: left for the next run, counted as an error.
    await makeDue(orderId);
    const errorsBefore = await reconciliations('error');
    await reconcile();
    expect(await reconciliations('error')).toBeGreaterThan(errorsBefore);
    now = await state(orderId);
    expect(now.payment).toMatchObject({ status: 'pending', reconcile_checks: 1 });
    expect(now.order.status).toBe('pending_payment');
    // Backed off: an immediate next run does not ask again.
    await reconcile();
    expect((await state(orderId)).payment.reconcile_checks).toBe(1);

    // bKash answers again: its record says Completed → captured through the capture path, once,
    // even with two workers reconciling at the same moment.
    bkash.faults.clear();
    await makeDue(orderId);
    await Promise.all([reconcile(), reconcile()]);
    now = await state(orderId);
    expect(now.payment.reconcile_checks).toBe(2);
    expect(now.order.status).toBe('placed');
    expect(now.payment.status).toBe('paid');
    expect(now.payment.provider_txn_id).toBe(
      [...bkash.payments.values()].find((p) => p.trxID === now.payment.provider_txn_id)?.trxID,
    );
    expect(now.received).toBe(1);

    // Nothing left to do, and a late callback changes nothing.
    await makeDue(orderId);
    await reconcile();
    expect((await state(orderId)).payment.reconcile_checks).toBe(2);
    const late = await t.app.inject(back.path);
    expect(late.headers.location).toBe(`/orders/${orderId}?payment=paid`);
    expect((await state(orderId)).received).toBe(1);
    await expectConsistent();
  }, 60_000);

  it('a payment the provider reports failed is marked failed; the order releases its stock', async () => {
    const { orderId, redirectUrl } = await onlineOrder(3);
    const onHand = async () =>
      (
        await t.ctx.db
          .selectFrom('product_variants')
          .select('on_hand')
          .where('id', '=', s.variantId)
          .executeTakeFirstOrThrow()
      ).on_hand;
    const held = await onHand();
    await payAndReturn(redirectUrl, 'fail'); // the browser never makes it back to us
    await makeDue(orderId);
    await reconcile();
    const now = await state(orderId);
    expect(now.payment.status).toBe('failed');
    expect(now.order.status).toBe('cancelled');
    expect(await onHand()).toBe(held + 3);
    await expectConsistent();
  }, 60_000);

  it('money confirmed only after the order expired: captured and refunded, once', async () => {
    const { orderId, redirectUrl } = await onlineOrder();
    bkash.faults.set('execute', 'hang');
    bkash.faults.set('status', 'hang');
    const back = await payAndReturn(redirectUrl);
    expect((await t.app.inject(back.path)).headers.location).toContain('payment=unconfirmed');
    bkash.faults.clear();

    await t.ctx.db
      .updateTable('orders')
      .set({ expires_at: new Date(Date.now() - 60_000) })
      .where('id', '=', orderId)
      .execute();
    await expireReservations(t.ctx);
    expect((await state(orderId)).order).toMatchObject({
      status: 'cancelled',
      stock_released: true,
    });

    await makeDue(orderId);
    await reconcile();
    const now = await state(orderId);
    expect(now.payment.status).toBe('refunded');
    expect(now.order.status).toBe('refunded');
    expect(now.received).toBe(1);
    await makeDue(orderId);
    await reconcile();
    expect((await state(orderId)).payment.reconcile_checks).toBe(1);
    const sandboxPayment = [...bkash.payments.values()].find(
      (p) => p.trxID === now.payment.provider_txn_id,
    );
    expect(sandboxPayment?.refunds).toHaveLength(1);
    await expectConsistent();
  }, 60_000);

  it('a forged notification (bad signature) is refused in the buyer language and changes nothing', async () => {
    const b: Buyer = await buyer(t.ctx, t.app, s.shopId);
    await addToCart(t.app, b, s.variantId, 1);
    const res = await checkout(t.app, b, 'sslcommerz');
    expect(res.statusCode).toBe(201);
    const orderId = res.json().orders[0].id as string;
    const payment = await t.ctx.db
      .selectFrom('payments')
      .select(['merchant_txn_id', 'amount'])
      .where('order_id', '=', orderId)
      .executeTakeFirstOrThrow();
    const ipn = await t.app.inject({
      method: 'POST',
      url: '/api/v1/payments/sslcommerz/ipn',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'accept-language': 'bn' },
      payload: new URLSearchParams({
        tran_id: payment.merchant_txn_id,
        status: 'VALID',
        val_id: 'forged',
        amount: String(payment.amount / 100),
        currency: 'BDT',
        verify_key: 'amount,currency,status,tran_id,val_id',
        verify_sign: '0123456789abcdef0123456789abcdef',
      }).toString(),
    });
    expect(ipn.statusCode).toBe(400);
    expect(ipn.json().error.code).toBe('PAYMENT_CALLBACK_REJECTED');
    expect(ipn.json().error.message).toMatch(/[\u0980-\u09FF]/);
    const now = await state(orderId);
    expect(now.order.status).toBe('pending_payment');
    expect(now.payment.status).toBe('pending');
    await expectConsistent();
  }, 60_000);
});
