import { sql } from 'kysely';
import type { Executor } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors.ts';
import { idCursor } from '../../platform/http/cursor.ts';
import { maskDestination } from './methods.service.ts';

function payoutsQuery(db: Executor) {
  return db
    .selectFrom('payouts as p')
    .leftJoin('payouts_shops as s', 's.id', 'p.shop_id')
    .select([
      'p.id',
      'p.run_id',
      'p.shop_id',
      's.name_en',
      's.name_bn',
      'p.invoice',
      'p.amount',
      'p.method',
      'p.destination',
      'p.status',
      'p.provider_txn_id',
      'p.fee',
      'p.failure_reason',
      'p.created_at',
      'p.settled_at',
    ]);
}
type PayoutRow = Awaited<ReturnType<ReturnType<typeof payoutsQuery>['execute']>>[number];

export function presentPayout(r: PayoutRow) {
  return {
    id: r.id,
    runId: r.run_id,
    shopId: r.shop_id,
    shopName: r.name_bn ?? r.name_en ?? null,
    invoice: r.invoice,
    amount: r.amount,
    method: r.method,
    destination: maskDestination(r.destination),
    status: r.status,
    providerTxnId: r.provider_txn_id,
    fee: r.fee,
    failureReason: r.failure_reason,
    createdAt: r.created_at.toISOString(),
    settledAt: r.settled_at?.toISOString() ?? null,
  };
}

type RunRow = {
  id: string;
  key: string;
  trigger: 'manual' | 'schedule';
  minimum: number;
  shop_ids: string[] | null;
  skipped: { shopId: string; reason: string; available: number }[];
  created_at: Date;
};

async function presentRuns(db: Executor, runs: RunRow[]) {
  const ids = runs.map((r) => r.id);
  const sums = ids.length
    ? await db
        .selectFrom('payouts')
        .select([
          'run_id',
          'status',
          sql<string>`count(*)::text`.as('n'),
          sql<string>`sum(amount)::text`.as('total'),
        ])
        .where('run_id', 'in', ids)
        .groupBy(['run_id', 'status'])
        .execute()
    : [];
  return runs.map((r) => {
    const mine = sums.filter((s) => s.run_id === r.id);
    return {
      id: r.id,
      key: r.key,
      trigger: r.trigger,
      minimum: r.minimum,
      shopIds: r.shop_ids,
      createdAt: r.created_at.toISOString(),
      total: mine.reduce((s, x) => s + Number(x.total), 0),
      counts: Object.fromEntries(mine.map((s) => [s.status, Number(s.n)])),
      skipped: r.skipped,
    };
  });
}

const runColumns = [
  'id',
  'key',
  'trigger',
  'minimum',
  'shop_ids',
  'skipped',
  'created_at',
] as const;

/** GET /admin/payout-runs/{id}: the run and its payouts. */
export async function getRun(db: Executor, runId: string) {
  const run = await db
    .selectFrom('payout_runs')
    .select(runColumns)
    .where('id', '=', runId)
    .executeTakeFirst();
  if (!run) throw new AppError('PAYOUT_RUN_NOT_FOUND');
  const [summary] = await presentRuns(db, [run]);
  const payouts = await payoutsQuery(db)
    .where('p.run_id', '=', runId)
    .orderBy('p.created_at')
    .orderBy('p.id')
    .execute();
  return { ...summary!, payouts: payouts.map(presentPayout) };
}

/** GET /admin/payout-runs: newest first. */
export async function listRuns(db: Executor, q: { limit: number; cursor?: string }) {
  const after = idCursor.decode(q.cursor);
  let query = db
    .selectFrom('payout_runs')
    .select(runColumns)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(q.limit + 1);
  if (after) {
    query = query.where(
      sql<boolean>`(created_at, id) < (SELECT created_at, id FROM payout_runs WHERE id = ${after[0]})`,
    );
  }
  const rows = await query.execute();
  const items = rows.slice(0, q.limit);
  const last = items[items.length - 1];
  return {
    items: await presentRuns(db, items),
    nextCursor: rows.length > q.limit && last ? idCursor.encode([last.id]) : null,
  };
}

/** A shop's payouts, newest first. */
export async function listShopPayouts(
  db: Executor,
  shopId: string,
  q: { limit: number; cursor?: string },
) {
  const after = idCursor.decode(q.cursor);
  let query = payoutsQuery(db)
    .where('p.shop_id', '=', shopId)
    .orderBy('p.created_at', 'desc')
    .orderBy('p.id', 'desc')
    .limit(q.limit + 1);
  if (after) {
    query = query.where(
      sql<boolean>`(p.created_at, p.id) < (SELECT created_at, id FROM payouts WHERE id = ${after[0]} AND shop_id = ${shopId})`,
    );
  }
  const rows = await query.execute();
  const items = rows.slice(0, q.limit);
  const last = items[items.length - 1];
  return {
    items: items.map(presentPayout),
    nextCursor: rows.length > q.limit && last ? idCursor.encode([last.id]) : null,
  };
}
