/**
 * A product linked to a medicine master entry (src/modules/pharmacy): the catalog writes its own
 * table, the pharmacy module says what the master knows (attributes, the MRP of each variant).
 */
import { sql } from 'kysely';
import type { Executor } from '../../platform/db/index.ts';
import { refreshProductSearch } from '../search/index.ts';
import { medicineAttributes } from './catalog.schema.ts';
import type { ProductUnit } from './catalog.tables.ts';

export type MasterFacts = {
  medicineId: string;
  /** Typed medicine attributes; they win over what the seller typed. */
  attributes: Record<string, unknown>;
  /** The MRP in poisha of one variant, or null when it cannot be known (no cap then). */
  mrpOf?: (variant: { sku: string; label: string | null; unit: ProductUnit }) => number | null;
};

export type LinkResult = { linked: boolean; pricesCapped: number };

/**
 * Links a product to its master entry: sets medicine_id, the master's attributes (kind medicine)
 * and caps every variant's price at its MRP. Runs in the caller's transaction and rebuilds the
 * product's search document (the generic name becomes searchable).
 */
export async function linkProductToMedicine(
  tx: Executor,
  productId: string,
  facts: MasterFacts,
): Promise<LinkResult> {
  const product = await tx
    .selectFrom('products')
    .select(['id', 'unit', 'attributes'])
    .where('id', '=', productId)
    .forUpdate()
    .executeTakeFirst();
  if (!product) return { linked: false, pricesCapped: 0 };
  const attributes = medicineAttributes.parse({ ...product.attributes, ...facts.attributes });
  await tx
    .updateTable('products')
    .set({
      medicine_id: facts.medicineId,
      kind: 'medicine',
      attributes: JSON.stringify(attributes),
      updated_at: sql<Date>`now()`,
    })
    .where('id', '=', productId)
    .execute();
  let pricesCapped = 0;
  if (facts.mrpOf) {
    const variants = await tx
      .selectFrom('product_variants')
      .select(['id', 'sku', 'label', 'price', 'compare_at_price'])
      .where('product_id', '=', productId)
      .execute();
    for (const v of variants) {
      const mrp = facts.mrpOf({ sku: v.sku, label: v.label, unit: product.unit as ProductUnit });
      if (mrp === null || Number(v.price) <= mrp) continue;
      await tx
        .updateTable('product_variants')
        .set({
          price: mrp,
          compare_at_price:
            v.compare_at_price !== null && Number(v.compare_at_price) > mrp
              ? null
              : v.compare_at_price,
          updated_at: sql<Date>`now()`,
        })
        .where('id', '=', v.id)
        .execute();
      pricesCapped++;
    }
  }
  await refreshProductSearch(tx, [productId]);
  return { linked: true, pricesCapped };
}

/**
 * After the master entry changed (an admin's class, a re-import): merges `attributes` into every
 * product linked to it. Returns the products changed.
 */
export async function updateLinkedProducts(
  tx: Executor,
  medicineId: string,
  attributes: Record<string, unknown>,
): Promise<string[]> {
  const rows = await tx
    .updateTable('products')
    .set({
      attributes: sql`attributes || ${JSON.stringify(attributes)}::jsonb`,
      updated_at: sql<Date>`now()`,
    })
    .where('medicine_id', '=', medicineId)
    .returning('id')
    .execute();
  const ids = rows.map((r) => r.id);
  await refreshProductSearch(tx, ids);
  return ids;
}
