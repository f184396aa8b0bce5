/**
 * Set-up for the finance tests: a posting written at a chosen moment (the ledger refuses updates,
 * so a test that needs an entry at a period boundary writes it so), and fetch helpers.
 */
import { sql } from 'kysely';
import type { AppContext } from '../../platform/context.ts';
import type { HttpApp } from '../../platform/http/types.ts';
import type { TestUser } from '../../../test/helpers/factories.ts';
import type { Statement } from './finance.statement.ts';

/**
 * A balanced posting at `at`: the shop's `account` gets `amount` (platform signs), the platform's
 * adjustments account the opposite; `extra` lines (platform accounts by kind) may be added as long
 * as everything sums to zero.
 */
export async function postAt(
  ctx: AppContext,
  p: {
    shopId: string;
    kind: string;
    at: string;
    amount: number;
    account?: 'payable' | 'receivable' | 'cod_cash';
    memo?: string;
    orderId?: string | null;
  },
) {
  const account = p.account ?? 'payable';
  const shopKey = `shop:${p.shopId}:${account}`;
  await ctx.db.transaction().execute(async (tx) => {
    await sql`
      INSERT INTO ledger_accounts (key, kind, shop_id) VALUES (${shopKey}, ${`shop_${account}`}, ${p.shopId})
      ON CONFLICT (key) DO NOTHING`.execute(tx);
    await sql`
      INSERT INTO ledger_accounts (key, kind) VALUES ('platform:adjustments', 'adjustments')
      ON CONFLICT (key) DO NOTHING`.execute(tx);
    const { rows } = await sql<{ id: number }>`
      INSERT INTO ledger_transactions (kind, source_id, order_id, shop_id, memo, created_at)
      VALUES (${p.kind}, ${`${p.kind}:${p.shopId}:${p.at}:${p.amount}`}, ${p.orderId ?? null},
              ${p.shopId}, ${p.memo ?? 'test posting'}, ${p.at})
      RETURNING id`.execute(tx);
    const id = rows[0]!.id;
    await sql`
      INSERT INTO ledger_entries (transaction_id, account_id, amount, created_at)
      SELECT ${id}, a.id, v.amount, ${p.at}
        FROM (VALUES (${shopKey}, ${p.amount}::bigint), ('platform:adjustments', ${-p.amount}::bigint))
             AS v (key, amount)
        JOIN ledger_accounts a ON a.key = v.key`.execute(tx);
  });
}

export async function getStatement(
  app: HttpApp,
  user: TestUser,
  shopId: string,
  from: string,
  to: string,
): Promise<Statement> {
  const res = await app.inject({
    url: `/api/v1/shops/${shopId}/statement?from=${encodeURIComponent(from)}&to=${encodeURIComponent(to)}`,
    headers: user.auth,
  });
  if (res.statusCode !== 200) throw new Error(`statement: ${res.statusCode} ${res.body}`);
  return res.json() as Statement;
}

/** Today's Dhaka date ± days, YYYY-MM-DD. */
export function dhakaDay(offsetDays = 0): string {
  return new Date(Date.now() + 6 * 3600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
}
