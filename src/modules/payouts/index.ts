import type { AppContext } from '../../platform/context.ts';
import type { HaatModule } from '../../platform/http/types.ts';
import { schedule } from '../../platform/schedule.ts';
import { paymentGateway } from '../orders/index.ts';
import { payoutRoutes } from './payouts.routes.ts';
import { resumeOpenPayouts, startRun } from './runs.service.ts';
import './payouts.errors.ts';
import './payouts.tables.ts';

/**
 * Seller payouts (docs/payouts.md): what each shop may be paid (from the ledger), payout methods,
 * payout runs through bKash disbursement or a BEFTN bank file, and reconciliation of the ledger's
 * clearing accounts with the providers' settlement reports.
 */
export { availableForPayout, nextPayoutAt, noOpenReturn, type Availability } from './available.ts';
export { startRun, resumeOpenPayouts } from './runs.service.ts';

/** The weekly run: one per Dhaka date (its key), so a retried tick never starts a second run. */
export async function scheduledRun(ctx: AppContext, now = new Date()) {
  const gateway = paymentGateway(ctx);
  await resumeOpenPayouts(ctx, gateway);
  const dhakaDate = new Date(now.getTime() + 6 * 3600_000).toISOString().slice(0, 10);
  return startRun(
    ctx,
    gateway,
    { actorId: null, actorRole: 'system' },
    { key: `weekly:${dhakaDate}`, trigger: 'schedule' },
  );
}

export const payoutsModule: HaatModule = {
  name: 'payouts',
  routes: payoutRoutes,
  worker: async (ctx) => {
    // Payouts whose answer was lost (a crash, a timeout) are asked about every 10 minutes.
    await schedule(ctx, 'payouts.resume', { everyMs: 10 * 60_000 }, async () => {
      await resumeOpenPayouts(ctx, paymentGateway(ctx));
    });
    if (ctx.config.PAYOUT_SCHEDULE !== 'on') return;
    // Weekday and hour in Dhaka (UTC+6) as a cron in UTC.
    const utcHour = (ctx.config.PAYOUT_HOUR + 24 - 6) % 24;
    const utcDay =
      ctx.config.PAYOUT_HOUR < 6 ? (ctx.config.PAYOUT_WEEKDAY + 6) % 7 : ctx.config.PAYOUT_WEEKDAY;
    await schedule(ctx, 'payouts.weekly', { cron: `0 ${utcHour} * * ${utcDay}` }, async () => {
      await scheduledRun(ctx);
    });
  },
};
