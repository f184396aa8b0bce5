/**
 * Set-up for the payouts tests: an app whose bKash is a sandbox of the test's own (so the test sees
 * its disbursements), shops with delivered orders whose return windows are back-dated, payout
 * methods and runs through the API.
 */
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { createIsolatedTestApp, createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import type { TestUser } from '../../../test/helpers/factories.ts';
import type { AppContext } from '../../platform/context.ts';
import type { HttpApp } from '../../platform/http/types.ts';
import { BKASH_SANDBOX_CREDENTIALS, createBkashSandbox } from '../payments/index.ts';
import {
  approveOnline,
  deliver,
  newBuyer,
  placeOrder,
  type MoneyShop,
} from '../money/test-support.ts';

export type PayoutsTestApp = TestApp & {
  bkash: ReturnType<typeof createBkashSandbox>;
};

/**
 * The app, with bKash pointed at a sandbox of this test file's own; `isolated`: on a database of
 * its own too (runs over every shop must not touch other files' shops).
 */
export async function payoutsApp(
  env: Record<string, string> = {},
  options: { isolated?: boolean } = {},
): Promise<PayoutsTestApp> {
  const bkash = createBkashSandbox();
  const s = await bkash.start(0);
  const t = await (options.isolated ? createIsolatedTestApp : createTestApp)({
    BKASH_BASE_URL: s.url,
    BKASH_USERNAME: BKASH_SANDBOX_CREDENTIALS.username,
    BKASH_PASSWORD: BKASH_SANDBOX_CREDENTIALS.password,
    BKASH_APP_KEY: BKASH_SANDBOX_CREDENTIALS.appKey,
    BKASH_APP_SECRET: BKASH_SANDBOX_CREDENTIALS.appSecret,
    ...env,
  });
  return {
    ...t,
    bkash,
    close: async () => {
      await t.close();
      await s.close();
    },
  };
}

/** Moves the order's delivery `days` back, so its return window (7 days at most) has closed. */
export async function backdateDelivery(ctx: AppContext, orderId: string, days = 30) {
  await sql`
    UPDATE order_events SET created_at = created_at - make_interval(days => ${days})
     WHERE order_id = ${orderId} AND to_status = 'delivered'`.execute(ctx.db);
}

/** An order paid with bKash through the sandbox; delivered (and its window closed) if asked. */
export async function bkashOrder(
  t: TestApp,
  shop: MoneyShop,
  opts: { deliver?: boolean; windowClosed?: boolean } = {},
) {
  const b = await newBuyer(t.ctx, t.app, shop.shopId);
  const order = await placeOrder(t.app, b, shop, 'bkash');
  await approveOnline(t.app, order.redirectUrl!);
  if (opts.deliver || opts.windowClosed) await deliver(t.app, shop.seller, order.id);
  if (opts.windowClosed) await backdateDelivery(t.ctx, order.id);
  return order;
}

export async function codOrderDelivered(t: TestApp, shop: MoneyShop) {
  const b = await newBuyer(t.ctx, t.app, shop.shopId);
  const order = await placeOrder(t.app, b, shop, 'cod');
  await deliver(t.app, shop.seller, order.id);
  return order;
}

export function putMethod(app: HttpApp, user: TestUser, shopId: string, payload: unknown) {
  return app.inject({
    method: 'PUT',
    url: `/api/v1/shops/${shopId}/payout-method`,
    headers: user.auth,
    payload: payload as Record<string, unknown>,
  });
}

export function runPayouts(app: HttpApp, admin: TestUser, payload: Record<string, unknown>) {
  return app.inject({
    method: 'POST',
    url: '/api/v1/admin/payout-runs',
    headers: admin.auth,
    payload: { key: `test-${randomUUID()}`, ...payload },
  });
}

export async function shopPayouts(app: HttpApp, user: TestUser, shopId: string) {
  const res = await app.inject({ url: `/api/v1/shops/${shopId}/payouts`, headers: user.auth });
  if (res.statusCode !== 200) throw new Error(`payouts: ${res.statusCode} ${res.body}`);
  return res.json() as {
    items: { id: string; status: string; amount: number; providerTxnId: string | null }[];
    available: number;
    pending: number;
    inFlight: number;
    nextPayoutAt: string | null;
    method: { kind: string } | null;
  };
}

export function adjust(app: HttpApp, admin: TestUser, shopId: string, amount: number) {
  return app.inject({
    method: 'POST',
    url: `/api/v1/admin/shops/${shopId}/ledger/adjustments`,
    headers: admin.auth,
    payload: { amount, reason: 'payout test adjustment' },
  });
}
