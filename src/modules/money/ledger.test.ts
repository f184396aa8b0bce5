import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppContext } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import { createTestContext } from '../../../test/helpers/app.ts';
import { account } from './accounts.ts';
import { lineCommission } from './commission.ts';
import { postLedger, verifyLedger } from './ledger.ts';
import { proportional } from './postings.ts';

let ctx: AppContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(() => ctx.close());

async function entriesOf(kind: string, sourceId: string) {
  return ctx.db
    .selectFrom('ledger_entries as e')
    .innerJoin('ledger_transactions as t', 't.id', 'e.transaction_id')
    .innerJoin('ledger_accounts as a', 'a.id', 'e.account_id')
    .select(['a.key', 'e.amount'])
    .where('t.kind', '=', kind)
    .where('t.source_id', '=', sourceId)
    .orderBy('e.id')
    .execute();
}

const shopId = randomUUID();

function capture(sourceId: string, amounts = [10_000, -9_000, -1_000]) {
  return {
    kind: 'test.capture',
    sourceId,
    shopId,
    memo: 'test posting',
    entries: [
      { account: account.clearing('bkash'), amount: amounts[0]! },
      { account: account.payable(shopId), amount: amounts[1]! },
      { account: account.commission, amount: amounts[2]! },
    ],
  };
}

describe('postLedger', () => {
  it('writes a balanced posting, creating accounts on first use', async () => {
    const id = randomUUID();
    const result = await ctx.db.transaction().execute((tx) => postLedger(tx, capture(id)));
    expect(result).toMatchObject({ replayed: false });
    expect(await entriesOf('test.capture', id)).toEqual([
      { key: 'clearing:bkash', amount: 10_000 },
      { key: `shop:${shopId}:payable`, amount: -9_000 },
      { key: 'platform:platform_commission', amount: -1_000 },
    ]);
  });

  it('refuses an unbalanced posting with a stable code and writes nothing', async () => {
    const id = randomUUID();
    const error = await ctx.db
      .transaction()
      .execute((tx) => postLedger(tx, capture(id, [10_000, -9_000, -999])))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('LEDGER_UNBALANCED');
    expect((error as AppError).details).toMatchObject({ sum: 1 });
    expect(await entriesOf('test.capture', id)).toEqual([]);
  });

  it('refuses amounts that are not safe integers (poisha only)', async () => {
    for (const bad of [0.5, Number.NaN, 2 ** 60]) {
      const error = await ctx.db
        .transaction()
        .execute((tx) => postLedger(tx, capture(randomUUID(), [bad, -bad, 0])))
        .catch((e: unknown) => e);
      expect((error as AppError).code).toBe('LEDGER_POSTING_INVALID');
    }
  });

  it('posts a replayed event once', async () => {
    const id = randomUUID();
    const first = await ctx.db.transaction().execute((tx) => postLedger(tx, capture(id)));
    // The replay even carries different amounts: the first posting stands.
    const again = await ctx.db
      .transaction()
      .execute((tx) => postLedger(tx, capture(id, [20_000, -18_000, -2_000])));
    expect(again).toEqual({ transactionId: first!.transactionId, replayed: true });
    expect((await entriesOf('test.capture', id)).map((e) => e.amount)).toEqual([
      10_000, -9_000, -1_000,
    ]);
  });

  it('posts concurrent copies of one event once', async () => {
    const id = randomUUID();
    const results = await Promise.all(
      [1, 2, 3].map(() => ctx.db.transaction().execute((tx) => postLedger(tx, capture(id)))),
    );
    expect(results.filter((r) => r && !r.replayed)).toHaveLength(1);
    expect(await entriesOf('test.capture', id)).toHaveLength(3);
  });

  it('drops zero lines and writes nothing when nothing moves', async () => {
    const id = randomUUID();
    await ctx.db.transaction().execute((tx) => postLedger(tx, capture(id, [5_000, -5_000, 0])));
    expect(await entriesOf('test.capture', id)).toHaveLength(2);
    const none = randomUUID();
    expect(
      await ctx.db.transaction().execute((tx) => postLedger(tx, capture(none, [0, 0, 0]))),
    ).toBeNull();
    expect(await entriesOf('test.capture', none)).toEqual([]);
  });
});

describe('the database keeps the ledger append-only and balanced', () => {
  it('refuses UPDATE, DELETE and TRUNCATE of entries and transactions', async () => {
    const id = randomUUID();
    const posted = await ctx.db.transaction().execute((tx) => postLedger(tx, capture(id)));
    const tid = posted!.transactionId;
    const attempts = [
      sql`UPDATE ledger_entries SET amount = amount + 1 WHERE transaction_id = ${tid}`,
      sql`DELETE FROM ledger_entries WHERE transaction_id = ${tid}`,
      sql`UPDATE ledger_transactions SET memo = 'changed' WHERE id = ${tid}`,
      sql`DELETE FROM ledger_transactions WHERE id = ${tid}`,
      sql`TRUNCATE ledger_entries`,
    ];
    for (const q of attempts) {
      await expect(q.execute(ctx.db)).rejects.toThrow(/append-only/);
    }
    expect(await entriesOf('test.capture', id)).toHaveLength(3);
  });

  it('refuses at commit a transaction written around postLedger that does not sum to zero', async () => {
    const id = randomUUID();
    const write = ctx.db.transaction().execute(async (tx) => {
      const t = await tx
        .insertInto('ledger_transactions')
        .values({ kind: 'test.raw', source_id: id, memo: 'by hand' })
        .returning('id')
        .executeTakeFirstOrThrow();
      const a = await tx
        .insertInto('ledger_accounts')
        .values({ key: 'platform:adjustments', kind: 'adjustments' })
        .onConflict((oc) => oc.column('key').doUpdateSet({ kind: 'adjustments' }))
        .returning('id')
        .executeTakeFirstOrThrow();
      await tx
        .insertInto('ledger_entries')
        .values([
          { transaction_id: t.id, account_id: a.id, amount: 100 },
          { transaction_id: t.id, account_id: a.id, amount: -99 },
        ])
        .execute();
    });
    await expect(write).rejects.toThrow(/unbalanced/);
    const left = await ctx.db
      .selectFrom('ledger_transactions')
      .select('id')
      .where('kind', '=', 'test.raw')
      .where('source_id', '=', id)
      .execute();
    expect(left).toEqual([]);
  });

  it('refuses a transaction with no entries at commit', async () => {
    const write = ctx.db
      .insertInto('ledger_transactions')
      .values({ kind: 'test.raw', source_id: randomUUID(), memo: 'empty' })
      .execute();
    await expect(write).rejects.toThrow(/unbalanced/);
  });

  it('verifyLedger finds every transaction balanced', async () => {
    const v = await verifyLedger(ctx.db);
    expect(v.unbalanced).toEqual([]);
    expect(v.totalSum).toBe(0);
    expect(v.ok).toBe(true);
  });
});

describe('arithmetic in poisha', () => {
  it('lineCommission rounds half up, adds the fixed fee, never exceeds the line', () => {
    expect(lineCommission(10_000, 500, 0)).toBe(500);
    expect(lineCommission(1_010, 250, 0)).toBe(25); // 25.25
    expect(lineCommission(1_030, 250, 0)).toBe(26); // 25.75
    expect(lineCommission(200, 5000, 0)).toBe(100);
    expect(lineCommission(10_000, 500, 300)).toBe(800);
    expect(lineCommission(100, 9000, 500)).toBe(100);
    expect(lineCommission(0, 1000, 0)).toBe(0);
  });

  it('proportional splits exactly, largest remainders first', () => {
    expect(proportional([9_000, 1_000], 10_000)).toEqual([9_000, 1_000]);
    expect(proportional([9_000, 1_000], 5_000)).toEqual([4_500, 500]);
    expect(proportional([1, 1, 1], 2)).toEqual([1, 1, 0]);
    expect(proportional([2, 1], 2)).toEqual([1, 1]);
    expect(proportional([7_333, 2_667], 101)).toEqual([74, 27]);
    expect(proportional([0, 0], 10)).toEqual([0, 0]);
    for (const [w, t] of [
      [[3, 5, 7], 11],
      [[12_345, 678, 9], 9_999],
    ] as const) {
      expect(proportional([...w], t).reduce((a, b) => a + b, 0)).toBe(t);
    }
  });
});
