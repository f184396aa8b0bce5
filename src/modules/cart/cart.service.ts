import { sql } from 'kysely';
import type { Executor } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors.ts';
import { cartRows, sellableVariants, type CartRow } from './cart.repo.ts';

/** No single line may exceed this, whatever the stock (a shop is not a wholesaler). */
export const MAX_QUANTITY_PER_ITEM = 100;
export const MAX_CART_LINES = 50;

export type CartChange =
  | { variantId: string; kind: 'price_changed'; was: number; now: number }
  | { variantId: string; kind: 'quantity_reduced'; was: number; now: number }
  | { variantId: string; kind: 'unavailable' };

export type CartLine = {
  variantId: string;
  productId: string;
  shopId: string;
  shopName: string;
  name: string;
  variantLabel: string | null;
  quantity: number;
  unitPrice: number;
  compareAtPrice: number | null;
  lineTotal: number;
  available: boolean;
  onHand: number;
};

export function present(row: CartRow): CartLine {
  return {
    variantId: row.variantId,
    productId: row.productId,
    shopId: row.shopId,
    shopName: row.shopNameBn || row.shopNameEn,
    name: row.nameBn ?? row.nameEn ?? '',
    variantLabel: row.variantLabel,
    quantity: row.quantity,
    unitPrice: row.price,
    compareAtPrice: row.compareAtPrice,
    lineTotal: row.price * row.quantity,
    available: row.sellable && row.onHand >= row.quantity,
    onHand: row.onHand,
  };
}

/** Differences between what the customer last saw and what holds now. */
export function changesOf(rows: CartRow[]): CartChange[] {
  const changes: CartChange[] = [];
  for (const r of rows) {
    if (!r.sellable || r.onHand === 0)
      changes.push({ variantId: r.variantId, kind: 'unavailable' });
    else if (r.onHand < r.quantity)
      changes.push({
        variantId: r.variantId,
        kind: 'quantity_reduced',
        was: r.quantity,
        now: r.onHand,
      });
    if (r.sellable && r.price !== r.priceSeen)
      changes.push({
        variantId: r.variantId,
        kind: 'price_changed',
        was: r.priceSeen,
        now: r.price,
      });
  }
  return changes;
}

export async function getCart(db: Executor, customerId: string) {
  const rows = await cartRows(db, customerId);
  const items = rows.map(present);
  return {
    items,
    subtotal: items.filter((i) => i.available).reduce((s, i) => s + i.lineTotal, 0),
    changes: changesOf(rows),
  };
}

async function loadVariant(db: Executor, variantId: string) {
  const v = await sellableVariants(db).where('v.id', '=', variantId).executeTakeFirst();
  if (!v || !v.sellable) throw new AppError('PRODUCT_UNAVAILABLE', { variantId });
  return v;
}

function assertQuantity(quantity: number, onHand: number, variantId: string) {
  if (quantity > MAX_QUANTITY_PER_ITEM)
    throw new AppError('QUANTITY_OVER_LIMIT', { limit: MAX_QUANTITY_PER_ITEM, variantId });
  if (quantity > onHand) throw new AppError('QUANTITY_OVER_STOCK', { onHand, variantId });
}

async function upsertLine(
  db: Executor,
  customerId: string,
  variantId: string,
  quantity: number,
  price: number,
) {
  await db
    .insertInto('cart_items')
    .values({ customer_id: customerId, variant_id: variantId, quantity, price_seen: price })
    .onConflict((oc) =>
      oc
        .columns(['customer_id', 'variant_id'])
        .doUpdateSet({ quantity, price_seen: price, updated_at: sql`now()` }),
    )
    .execute();
}

async function assertRoom(db: Executor, customerId: string, variantId: string) {
  const { n } = await db
    .selectFrom('cart_items')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('customer_id', '=', customerId)
    .where('variant_id', '!=', variantId)
    .executeTakeFirstOrThrow();
  if (Number(n) >= MAX_CART_LINES) throw new AppError('CART_TOO_LARGE', { limit: MAX_CART_LINES });
}

/** Sets a line's quantity (the customer now sees the current price). */
export async function setItem(
  db: Executor,
  customerId: string,
  variantId: string,
  quantity: number,
) {
  const v = await loadVariant(db, variantId);
  assertQuantity(quantity, v.onHand, variantId);
  await assertRoom(db, customerId, variantId);
  await upsertLine(db, customerId, variantId, quantity, v.price);
  return getCart(db, customerId);
}

/** Adds to a line (or creates it). */
export async function addItem(
  db: Executor,
  customerId: string,
  variantId: string,
  quantity: number,
) {
  const existing = await db
    .selectFrom('cart_items')
    .select('quantity')
    .where('customer_id', '=', customerId)
    .where('variant_id', '=', variantId)
    .executeTakeFirst();
  return setItem(db, customerId, variantId, (existing?.quantity ?? 0) + quantity);
}

export async function removeItem(db: Executor, customerId: string, variantId: string) {
  await db
    .deleteFrom('cart_items')
    .where('customer_id', '=', customerId)
    .where('variant_id', '=', variantId)
    .execute();
  return getCart(db, customerId);
}

export async function clearCart(db: Executor, customerId: string) {
  await db.deleteFrom('cart_items').where('customer_id', '=', customerId).execute();
}

export type MergeAdjustment = {
  variantId: string;
  result: 'added' | 'reduced' | 'dropped';
  quantity: number;
};

/**
 * Merges a guest cart kept in the browser (at login): quantities add up to what is in stock and the
 * per-item limit; unknown or unsellable items are dropped. Each item says what happened to it.
 */
export async function mergeCart(
  db: Executor,
  customerId: string,
  items: { variantId: string; quantity: number }[],
  replace = false,
) {
  const adjustments: MergeAdjustment[] = [];
  await db.transaction().execute(async (tx) => {
    if (replace) await clearCart(tx, customerId);
    const wanted = new Map<string, number>();
    for (const i of items) wanted.set(i.variantId, (wanted.get(i.variantId) ?? 0) + i.quantity);
    for (const [variantId, quantity] of wanted) {
      const v = await sellableVariants(tx).where('v.id', '=', variantId).executeTakeFirst();
      if (!v || !v.sellable || v.onHand === 0) {
        adjustments.push({ variantId, result: 'dropped', quantity: 0 });
        continue;
      }
      const existing = await tx
        .selectFrom('cart_items')
        .select('quantity')
        .where('customer_id', '=', customerId)
        .where('variant_id', '=', variantId)
        .executeTakeFirst();
      const want = (existing?.quantity ?? 0) + quantity;
      const allowed = Math.min(want, v.onHand, MAX_QUANTITY_PER_ITEM);
      if (!existing) {
        const { n } = await tx
          .selectFrom('cart_items')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .where('customer_id', '=', customerId)
          .executeTakeFirstOrThrow();
        if (Number(n) >= MAX_CART_LINES) {
          adjustments.push({ variantId, result: 'dropped', quantity: 0 });
          continue;
        }
      }
      await upsertLine(tx, customerId, variantId, allowed, v.price);
      adjustments.push({
        variantId,
        result: allowed < want ? 'reduced' : 'added',
        quantity: allowed,
      });
    }
  });
  return { ...(await getCart(db, customerId)), adjustments };
}
