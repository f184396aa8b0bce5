import { sql } from 'kysely';
import type { Executor } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors.ts';
import type { CommissionScope } from './money.tables.ts';

/** The commission fixed onto one order line. */
export type LineRate = { bp: number; fixed: number; ruleId: string | null };
const NONE: LineRate = { bp: 0, fixed: 0, ruleId: null };

/**
 * Commission of one line in poisha: the percentage rounded half up, plus the fixed fee, never
 * more than the line itself.
 */
export function lineCommission(lineTotal: number, bp: number, fixed: number): number {
  const pct = (BigInt(lineTotal) * BigInt(bp) + 5000n) / 10000n;
  return Math.min(lineTotal, Number(pct) + fixed);
}

type RuleRow = {
  id: string;
  scope: CommissionScope;
  shop_type: string | null;
  category_id: string | null;
  shop_id: string | null;
  rate_bp: number;
  fixed_fee: number;
};

/**
 * The rate of each product's line for an order of this shop placed now (the caller's transaction
 * time): the most specific rule in effect wins: the shop's own, then the product's category (the
 * nearest category up its tree), then the shop's type, then the platform default; none → 0.
 */
export async function resolveCommissions(
  tx: Executor,
  shopId: string,
  productIds: string[],
): Promise<Map<string, LineRate>> {
  const result = new Map<string, LineRate>();
  if (productIds.length === 0) return result;
  const shop = await tx
    .selectFrom('money_shops')
    .select('type')
    .where('id', '=', shopId)
    .executeTakeFirst();
  const { rows: rules } = await sql<RuleRow>`
    SELECT id, scope, shop_type, category_id, shop_id, rate_bp, fixed_fee
      FROM commission_rules
     WHERE effective_from <= now() AND (effective_to IS NULL OR effective_to > now())
       AND (scope IN ('default', 'category')
            OR (scope = 'shop' AND shop_id = ${shopId})
            OR (scope = 'shop_type' AND shop_type = ${shop?.type ?? null}))`.execute(tx);
  const { rows: chains } = await sql<{ product_id: string; category_id: string; depth: number }>`
    WITH RECURSIVE chain AS (
      SELECT p.id AS product_id, p.category_id, 0 AS depth
        FROM money_products p
       WHERE p.id = ANY(${productIds}::uuid[]) AND p.category_id IS NOT NULL
      UNION ALL
      SELECT ch.product_id, c.parent_id, ch.depth + 1
        FROM chain ch JOIN money_categories c ON c.id = ch.category_id
       WHERE c.parent_id IS NOT NULL AND ch.depth < 20
    )
    SELECT product_id, category_id, depth FROM chain ORDER BY product_id, depth`.execute(tx);
  const rate = (r: RuleRow | undefined): LineRate =>
    r ? { bp: r.rate_bp, fixed: r.fixed_fee, ruleId: r.id } : NONE;
  const shopRule = rules.find((r) => r.scope === 'shop');
  const typeRule = rules.find((r) => r.scope === 'shop_type');
  const defaultRule = rules.find((r) => r.scope === 'default');
  const byCategory = new Map(
    rules.filter((r) => r.scope === 'category').map((r) => [r.category_id!, r]),
  );
  for (const productId of productIds) {
    if (shopRule) {
      result.set(productId, rate(shopRule));
      continue;
    }
    const nearest = chains
      .filter((c) => c.product_id === productId)
      .map((c) => byCategory.get(c.category_id))
      .find((r) => r !== undefined);
    result.set(productId, rate(nearest ?? typeRule ?? defaultRule));
  }
  return result;
}

export type RuleInput = {
  scope: CommissionScope;
  shopType?: string | null;
  categoryId?: string | null;
  shopId?: string | null;
  rateBp: number;
  fixedFee: number;
  effectiveFrom: Date;
  effectiveTo?: Date | null;
};

function target(r: RuleInput) {
  return `${r.scope}:${r.shopType ?? r.categoryId ?? r.shopId ?? ''}`;
}

/** Two rules for the same target may not be in effect at the same moment. */
export function assertNoOverlap(rules: RuleInput[]) {
  const sorted = [...rules].sort(
    (a, b) =>
      target(a).localeCompare(target(b)) || a.effectiveFrom.getTime() - b.effectiveFrom.getTime(),
  );
  for (let i = 1; i < sorted.length; i++) {
    const prev = sorted[i - 1]!;
    const cur = sorted[i]!;
    if (target(prev) !== target(cur)) continue;
    if (!prev.effectiveTo || prev.effectiveTo > cur.effectiveFrom) {
      throw new AppError('COMMISSION_RULES_OVERLAP', {
        scope: cur.scope,
        target: cur.shopType ?? cur.categoryId ?? cur.shopId ?? null,
        effectiveFrom: cur.effectiveFrom.toISOString(),
      });
    }
  }
}

export async function listRules(db: Executor) {
  return db
    .selectFrom('commission_rules')
    .selectAll()
    .orderBy('scope')
    .orderBy('effective_from')
    .orderBy('id')
    .execute();
}

/** Replaces the whole rule set (the caller's transaction; audited by the caller). */
export async function replaceRules(tx: Executor, rules: RuleInput[], adminId: string | null) {
  assertNoOverlap(rules);
  await tx.deleteFrom('commission_rules').execute();
  if (rules.length > 0) {
    await tx
      .insertInto('commission_rules')
      .values(
        rules.map((r) => ({
          scope: r.scope,
          shop_type: r.scope === 'shop_type' ? r.shopType! : null,
          category_id: r.scope === 'category' ? r.categoryId! : null,
          shop_id: r.scope === 'shop' ? r.shopId! : null,
          rate_bp: r.rateBp,
          fixed_fee: r.fixedFee,
          effective_from: r.effectiveFrom,
          effective_to: r.effectiveTo ?? null,
          updated_by: adminId,
        })),
      )
      .execute();
  }
  return listRules(tx);
}
