import { sql } from 'kysely';
import type { Executor } from '../../platform/db/index.ts';
import './finance.tables.ts';

const shopAccounts = ['shop_payable', 'shop_receivable', 'shop_cod_cash'] as const;
const num = (v: string | null | undefined) => Number(v ?? 0);

/** Σ of the shop's entries (the platform's signs) before `at`. */
export async function shopSumBefore(db: Executor, shopId: string, at: Date): Promise<number> {
  const row = await db
    .selectFrom('ledger_entries as e')
    .innerJoin('ledger_accounts as a', 'a.id', 'e.account_id')
    .select(sql<string>`coalesce(sum(e.amount), 0)::text`.as('sum'))
    .where('a.shop_id', '=', shopId)
    .where('a.kind', 'in', shopAccounts)
    .where('e.created_at', '<', at)
    .executeTakeFirstOrThrow();
  return num(row.sum);
}

/** The shop's entries in [from, to), oldest first, with their transaction and order number. */
export async function shopEntries(db: Executor, shopId: string, from: Date, to: Date) {
  return db
    .selectFrom('ledger_entries as e')
    .innerJoin('ledger_accounts as a', 'a.id', 'e.account_id')
    .innerJoin('ledger_transactions as t', 't.id', 'e.transaction_id')
    .leftJoin('finance_orders as o', 'o.id', 't.order_id')
    .select([
      'e.id',
      'e.transaction_id',
      'e.amount',
      'e.created_at',
      'a.kind as account',
      't.kind',
      't.memo',
      't.order_id',
      'o.number as order_number',
    ])
    .where('a.shop_id', '=', shopId)
    .where('a.kind', 'in', shopAccounts)
    .where('e.created_at', '>=', from)
    .where('e.created_at', '<', to)
    .orderBy('e.created_at')
    .orderBy('e.id')
    .execute();
}

/** Commission and delivery-fee lines of these transactions, summed per transaction. */
export async function platformLines(db: Executor, transactionIds: number[]) {
  if (transactionIds.length === 0)
    return new Map<number, { commission: number; delivery: number }>();
  const rows = await db
    .selectFrom('ledger_entries as e')
    .innerJoin('ledger_accounts as a', 'a.id', 'e.account_id')
    .select(['e.transaction_id', 'a.kind', sql<string>`sum(e.amount)::text`.as('sum')])
    .where('e.transaction_id', '=', sql<number>`any(${transactionIds}::bigint[])`)
    .where('a.kind', 'in', ['platform_commission', 'delivery_fees'])
    .groupBy(['e.transaction_id', 'a.kind'])
    .execute();
  const out = new Map<number, { commission: number; delivery: number }>();
  for (const r of rows) {
    const cur = out.get(r.transaction_id) ?? { commission: 0, delivery: 0 };
    if (r.kind === 'platform_commission') cur.commission += num(r.sum);
    else cur.delivery += num(r.sum);
    out.set(r.transaction_id, cur);
  }
  return out;
}

export async function shopDetails(db: Executor, shopId: string) {
  return db.selectFrom('finance_shops').selectAll().where('id', '=', shopId).executeTakeFirst();
}

/** Net commission (Σ of the commission account's credits) per Dhaka month of `year`. */
export async function commissionByMonth(db: Executor, shopId: string, from: Date, to: Date) {
  const { rows } = await sql<{ month: string; commission: string }>`
    SELECT to_char(t.created_at AT TIME ZONE 'Asia/Dhaka', 'YYYY-MM') AS month,
           (-sum(e.amount))::text AS commission
      FROM ledger_transactions t
      JOIN ledger_entries e ON e.transaction_id = t.id
      JOIN ledger_accounts a ON a.id = e.account_id
     WHERE t.shop_id = ${shopId} AND a.kind = 'platform_commission'
       AND t.created_at >= ${from} AND t.created_at < ${to}
     GROUP BY 1 ORDER BY 1`.execute(db);
  return rows.map((r) => ({ month: r.month, commission: num(r.commission) }));
}

/** The lines of the orders whose payment the ledger captured in [from, to). */
export async function capturedLines(db: Executor, shopId: string, from: Date, to: Date) {
  return db
    .selectFrom('ledger_transactions as t')
    .innerJoin('finance_orders as o', 'o.id', 't.order_id')
    .innerJoin('finance_order_lines as l', 'l.order_id', 'o.id')
    .select([
      't.id as transaction_id',
      't.created_at',
      'o.number',
      'l.id',
      'l.name',
      'l.line_total',
      'l.commission_bp',
      'l.commission_fixed',
    ])
    .where('t.shop_id', '=', shopId)
    .where('t.kind', '=', 'payment.captured')
    .where('t.created_at', '>=', from)
    .where('t.created_at', '<', to)
    .orderBy('t.created_at')
    .orderBy('t.id')
    .orderBy('l.id')
    .execute();
}

/** Commission given back in [from, to): every other transaction of the shop that debits it. */
export async function commissionReversals(db: Executor, shopId: string, from: Date, to: Date) {
  const { rows } = await sql<{
    transaction_id: number;
    kind: string;
    created_at: Date;
    number: string | null;
    amount: string;
  }>`
    SELECT t.id AS transaction_id, t.kind, t.created_at, o.number, sum(e.amount)::text AS amount
      FROM ledger_transactions t
      JOIN ledger_entries e ON e.transaction_id = t.id
      JOIN ledger_accounts a ON a.id = e.account_id AND a.kind = 'platform_commission'
      LEFT JOIN finance_orders o ON o.id = t.order_id
     WHERE t.shop_id = ${shopId} AND t.kind <> 'payment.captured'
       AND t.created_at >= ${from} AND t.created_at < ${to}
     GROUP BY t.id, t.kind, t.created_at, o.number
    HAVING sum(e.amount) <> 0
     ORDER BY t.created_at, t.id`.execute(db);
  return rows.map((r) => ({ ...r, amount: num(r.amount) }));
}

/** Σ of one kind of platform account's entries in [from, to) (or before `to` when from is null). */
export async function accountKindSum(
  db: Executor,
  kind: string,
  from: Date | null,
  to: Date,
  sign: 'all' | 'debits' | 'credits' = 'all',
) {
  let q = db
    .selectFrom('ledger_entries as e')
    .innerJoin('ledger_accounts as a', 'a.id', 'e.account_id')
    .select(sql<string>`coalesce(sum(e.amount), 0)::text`.as('sum'))
    .where('a.kind', '=', kind as 'refunds')
    .where('e.created_at', '<', to);
  if (from) q = q.where('e.created_at', '>=', from);
  if (sign === 'debits') q = q.where('e.amount', '>', 0);
  if (sign === 'credits') q = q.where('e.amount', '<', 0);
  return num((await q.executeTakeFirstOrThrow()).sum);
}

/** Every shop's account balances at `to`, the largest net first. */
export async function shopBalancesAt(db: Executor, to: Date, limit: number) {
  const { rows } = await sql<{
    shop_id: string;
    name_bn: string | null;
    name_en: string | null;
    payable: string;
    receivable: string;
    cod_cash: string;
  }>`
    SELECT a.shop_id, s.name_bn, s.name_en,
           (-coalesce(sum(e.amount) FILTER (WHERE a.kind = 'shop_payable'), 0))::text AS payable,
           coalesce(sum(e.amount) FILTER (WHERE a.kind = 'shop_receivable'), 0)::text AS receivable,
           coalesce(sum(e.amount) FILTER (WHERE a.kind = 'shop_cod_cash'), 0)::text AS cod_cash
      FROM ledger_accounts a
      JOIN ledger_entries e ON e.account_id = a.id AND e.created_at < ${to}
      LEFT JOIN finance_shops s ON s.id = a.shop_id
     WHERE a.shop_id IS NOT NULL
     GROUP BY a.shop_id, s.name_bn, s.name_en
     ORDER BY -sum(e.amount) DESC, a.shop_id
     LIMIT ${limit}`.execute(db);
  return rows.map((r) => {
    const payable = num(r.payable);
    const receivable = num(r.receivable);
    const codCash = num(r.cod_cash);
    return {
      shopId: r.shop_id,
      nameBn: r.name_bn ?? '',
      nameEn: r.name_en ?? '',
      payable,
      receivable,
      codCash,
      net: payable - receivable - codCash,
    };
  });
}
