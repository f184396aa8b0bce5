import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { audit, type AuditActor } from '../../platform/audit.ts';
import type { Executor } from '../../platform/db/index.ts';
import type { AuthUser } from '../../platform/http/auth.ts';
import { serialCursor } from '../../platform/http/cursor.ts';
import { assertShopAccess } from '../shops/index.ts';
import { listRules, replaceRules } from './commission.ts';
import { shopAccountSums } from './ledger.ts';
import type { LedgerQuery, RulesBody } from './money.schema.ts';
import { postAdjustment } from './postings.ts';

type RuleRow = Awaited<ReturnType<typeof listRules>>[number];

function presentRule(r: RuleRow) {
  return {
    id: r.id,
    scope: r.scope,
    shopType: r.shop_type,
    categoryId: r.category_id,
    shopId: r.shop_id,
    rateBp: r.rate_bp,
    fixedFee: r.fixed_fee,
    effectiveFrom: r.effective_from.toISOString(),
    effectiveTo: r.effective_to?.toISOString() ?? null,
  };
}

export async function getRules(db: Executor) {
  return { rules: (await listRules(db)).map(presentRule) };
}

/** PUT: the whole rule set replaced in one transaction, with the set before and after audited. */
export async function putRules(db: Executor, actor: AuditActor, body: RulesBody) {
  return db.transaction().execute(async (tx) => {
    // One replacement at a time: a concurrent PUT waits, then replaces what this one wrote.
    await sql`SELECT pg_advisory_xact_lock(hashtext('commission_rules'))`.execute(tx);
    const before = (await listRules(tx)).map(presentRule);
    const after = (
      await replaceRules(
        tx,
        body.rules.map((r) => ({
          ...r,
          effectiveFrom: new Date(r.effectiveFrom),
          effectiveTo: r.effectiveTo ? new Date(r.effectiveTo) : null,
        })),
        actor.actorId,
      )
    ).map(presentRule);
    await audit(tx, {
      ...actor,
      action: 'commission.rules_replaced',
      targetType: 'commission_rules',
      targetId: null,
      details: { before, after },
    });
    return { rules: after };
  });
}

export async function balanceOf(db: Executor, shopId: string) {
  const s = await shopAccountSums(db, shopId);
  // Accounts keep the platform's signs (a credit is negative): the seller reads them as amounts.
  const payable = -s.payable;
  return {
    shopId,
    currency: 'BDT' as const,
    payable,
    receivable: s.receivable,
    codCash: s.codCash,
    net: payable - s.receivable - s.codCash,
  };
}

/** GET /shops/{id}/balance: the shop's owner or an admin (others: SHOP_NOT_FOUND). */
export async function shopBalance(db: Executor, user: AuthUser, shopId: string) {
  await assertShopAccess(db, user, shopId);
  return balanceOf(db, shopId);
}

const accountNames = {
  shop_payable: 'payable',
  shop_receivable: 'receivable',
  shop_cod_cash: 'cod_cash',
} as const;

/** GET /shops/{id}/ledger: the entries of the shop's accounts, newest first. */
export async function shopLedger(db: Executor, user: AuthUser, shopId: string, q: LedgerQuery) {
  await assertShopAccess(db, user, shopId);
  const after = serialCursor.decode(q.cursor);
  let query = db
    .selectFrom('ledger_entries as e')
    .innerJoin('ledger_accounts as a', 'a.id', 'e.account_id')
    .innerJoin('ledger_transactions as t', 't.id', 'e.transaction_id')
    .select([
      'e.id',
      'e.transaction_id',
      'e.amount',
      'e.created_at',
      'a.kind as account',
      't.kind',
      't.memo',
      't.order_id',
    ])
    .where('a.shop_id', '=', shopId)
    .orderBy('e.id', 'desc')
    .limit(q.limit + 1);
  if (after) query = query.where('e.id', '<', after[0]);
  if (q.from) query = query.where('e.created_at', '>=', new Date(q.from));
  if (q.to) query = query.where('e.created_at', '<', new Date(q.to));
  const rows = await query.execute();
  const items = rows.slice(0, q.limit);
  const last = items[items.length - 1];
  return {
    items: items.map((r) => ({
      id: r.id,
      transactionId: r.transaction_id,
      kind: r.kind,
      account: accountNames[r.account as keyof typeof accountNames],
      amount: r.amount,
      memo: r.memo,
      orderId: r.order_id,
      createdAt: r.created_at.toISOString(),
    })),
    nextCursor: rows.length > q.limit && last ? serialCursor.encode([last.id]) : null,
  };
}

/** POST /admin/shops/{id}/ledger/adjustments: posted and audited in one transaction. */
export async function adjust(
  db: Executor,
  user: AuthUser,
  actor: AuditActor,
  shopId: string,
  body: { amount: number; reason: string; key?: string },
) {
  await assertShopAccess(db, user, shopId);
  const key = body.key ?? randomUUID();
  return db.transaction().execute(async (tx) => {
    const posted = await postAdjustment(tx, {
      shopId,
      amount: body.amount,
      reason: body.reason,
      key,
      adminId: user.id,
    });
    if (!posted.replayed) {
      await audit(tx, {
        ...actor,
        action: 'ledger.adjusted',
        targetType: 'shop',
        targetId: shopId,
        details: { amount: body.amount, reason: body.reason, transactionId: posted.transactionId },
      });
    }
    return {
      transactionId: posted.transactionId,
      replayed: posted.replayed,
      balance: await balanceOf(tx, shopId),
    };
  });
}
