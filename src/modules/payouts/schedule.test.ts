import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectedSplit, moneyShop } from '../money/test-support.ts';
import { sql } from 'kysely';
import { paymentGateway } from '../orders/index.ts';
import { resumeOpenPayouts, scheduledRun } from './index.ts';
import { bkashOrder, payoutsApp, putMethod, type PayoutsTestApp } from './test-support.ts';

// A scheduled run pays every shop: on a database of its own, so no other file's shop is touched.
let t: PayoutsTestApp;
beforeAll(async () => {
  t = await payoutsApp(
    { PAYOUT_MINIMUM: '100', PAYMENT_PROVIDER_TIMEOUT_MS: '2500', PAYOUT_SCHEDULE: 'on' },
    { isolated: true },
  );
}, 120_000);
afterAll(() => t.close());

describe('the weekly payout run', () => {
  it('pays every shop with enough available, once per Dhaka date however often the tick runs', async () => {
    const paid = await moneyShop(t.ctx, t.app);
    const share = (
      await expectedSplit(t.ctx, (await bkashOrder(t, paid, { windowClosed: true })).id)
    ).share;
    await putMethod(t.app, paid.seller, paid.shopId, { kind: 'bkash', msisdn: '01711999888' });
    // In its window: nothing to pay yet.
    const waiting = await moneyShop(t.ctx, t.app);
    await bkashOrder(t, waiting, { deliver: true });
    await putMethod(t.app, waiting.seller, waiting.shopId, {
      kind: 'bkash',
      msisdn: '01711999777',
    });

    // Sunday 2026-12-13, 04:00 UTC (10:00 in Dhaka); the tick retried later the same Dhaka day.
    const first = await scheduledRun(t.ctx, new Date('2026-12-13T04:00:00Z'));
    const again = await scheduledRun(t.ctx, new Date('2026-12-13T17:00:00Z'));
    expect(first).toMatchObject({ key: 'weekly:2026-12-13', trigger: 'schedule', replayed: false });
    expect(again).toMatchObject({ id: first.id, replayed: true });
    expect(first.payouts).toMatchObject([{ shopId: paid.shopId, amount: share, status: 'paid' }]);
    expect(t.bkash.payouts.payouts.size).toBe(1);
    // After midnight in Dhaka (18:00 UTC) it is another day's run, with nothing left to pay.
    const nextDay = await scheduledRun(t.ctx, new Date('2026-12-13T18:30:00Z'));
    expect(nextDay).toMatchObject({ key: 'weekly:2026-12-14', replayed: false, payouts: [] });
    expect(t.bkash.payouts.payouts.size).toBe(1);
  });

  it('the worker asks bKash again about a payout left without an answer, once it has been quiet', async () => {
    const shop = await moneyShop(t.ctx, t.app);
    await bkashOrder(t, shop, { windowClosed: true });
    await putMethod(t.app, shop.seller, shop.shopId, { kind: 'bkash', msisdn: '01711999666' });
    t.bkash.faults.hangNext('b2cPayment');
    const run = await scheduledRun(t.ctx, new Date('2026-12-20T04:00:00Z'));
    const p = run.payouts.find((x) => x.shopId === shop.shopId)!;
    expect(p.status).toBe('processing');
    const gateway = paymentGateway(t.ctx);
    // Just touched: left alone (a replay of the run's key would ask at once).
    expect(await resumeOpenPayouts(t.ctx, gateway)).toBe(0);
    await sql`UPDATE payouts SET updated_at = now() - interval '6 minutes' WHERE id = ${p.id}`.execute(
      t.ctx.db,
    );
    expect(await resumeOpenPayouts(t.ctx, gateway)).toBe(1);
    const after = await t.ctx.db
      .selectFrom('payouts')
      .select(['status', 'provider_txn_id'])
      .where('id', '=', p.id)
      .executeTakeFirstOrThrow();
    const sent = [...t.bkash.payouts.payouts.values()].filter(
      (x) => x.merchantInvoiceNumber === p.invoice,
    );
    expect(sent).toHaveLength(1);
    expect(after).toEqual({ status: 'paid', provider_txn_id: sent[0]!.trxID });
  });
});
