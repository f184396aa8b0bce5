/**
 * Admins moderating the catalog: hiding a product with a reason (its shop still sees it, with the
 * reason, and cannot unhide it), and finding any product by name, SKU, shop or hidden state.
 */
import { sql } from 'kysely';
import { audit, type AuditActor } from '../../platform/audit.ts';
import type { Db, Executor } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors.ts';
import { idCursor } from '../../platform/http/cursor.ts';
import { emitEvent } from '../../platform/outbox.ts';
import { normalizeText } from '../../platform/text.ts';
import { findProduct } from './catalog.repo.ts';
import { presentProduct } from './products.service.ts';

/**
 * Hides (with a reason) or unhides a product. Search drops a hidden product in the same
 * transaction (the product_search trigger on hidden_at), and carts refuse it at checkout.
 * Hiding a hidden product again only updates the reason.
 */
export async function setHidden(
  db: Db,
  id: string,
  hidden: boolean,
  reasonInput: string | undefined,
  by: AuditActor & { actorId: string },
) {
  const reason = hidden ? normalizeText(reasonInput ?? '') : null;
  if (hidden && !reason) throw new AppError('HIDE_REASON_REQUIRED');
  return db.transaction().execute(async (tx) => {
    const current = await findProduct(tx, id, { lock: true });
    if (!current) throw new AppError('PRODUCT_NOT_FOUND');
    if (!hidden && current.hidden_at === null) return presentProduct(tx, current);
    const row = await tx
      .updateTable('products')
      .set({
        hidden_at: hidden ? (current.hidden_at ?? sql<Date>`now()`) : null,
        hidden_by: hidden ? by.actorId : null,
        hidden_reason: reason,
        updated_at: sql<Date>`now()`,
      })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    if (hidden && current.hidden_at === null) {
      // The seller hears why (in the app and by email); payload per the notifications contract.
      await emitEvent(tx, 'product.hidden', {
        shopId: current.shop_id,
        productId: id,
        productNameBn: current.name_bn,
        productNameEn: current.name_en,
        reason,
      });
    }
    await audit(tx, {
      ...by,
      action: hidden ? 'product.hidden' : 'product.unhidden',
      targetType: 'product',
      targetId: id,
      details: hidden
        ? { reason, shopId: current.shop_id }
        : { shopId: current.shop_id, reason: current.hidden_reason },
    });
    return presentProduct(tx, row);
  });
}

/** Newest first; the cursor is the last product's id (its exact created_at is read back). */
export async function adminProducts(
  db: Executor,
  query: { q?: string; shopId?: string; hidden?: boolean; limit: number; cursor?: string },
) {
  let q = db
    .selectFrom('products as p')
    .innerJoin('shops as s', 's.id', 'p.shop_id')
    .select([
      'p.id',
      'p.sku',
      'p.name_bn',
      'p.name_en',
      'p.status',
      'p.hidden_at',
      'p.hidden_reason',
      'p.created_at',
      's.id as shop_id',
      's.name_bn as shop_name_bn',
      's.name_en as shop_name_en',
      's.status as shop_status',
      sql<
        number | null
      >`(SELECT min(v.price) FROM product_variants v WHERE v.product_id = p.id)`.as('min_price'),
    ]);
  const text = query.q ? normalizeText(query.q).toLowerCase() : '';
  if (text) {
    const like = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    // The expression of the products_admin_search_trgm index.
    q = q.where(
      sql<boolean>`lower(coalesce(p.name_bn, '') || ' ' || coalesce(p.name_en, '') || ' ' || p.sku) LIKE ${like}`,
    );
  }
  if (query.shopId) q = q.where('p.shop_id', '=', query.shopId);
  if (query.hidden !== undefined) {
    q = q.where('p.hidden_at', query.hidden ? 'is not' : 'is', null);
  }
  const after = idCursor.decode(query.cursor)?.[0];
  if (after) {
    q = q.where(
      sql<boolean>`(p.created_at, p.id) < (SELECT c.created_at, c.id FROM products c WHERE c.id = ${after})`,
    );
  }
  const rows = await q
    .orderBy('p.created_at', 'desc')
    .orderBy('p.id', 'desc')
    .limit(query.limit + 1)
    .execute();
  const page = rows.slice(0, query.limit);
  return {
    items: page.map((r) => ({
      id: r.id,
      sku: r.sku,
      nameBn: r.name_bn,
      nameEn: r.name_en,
      status: r.status,
      hidden: r.hidden_at !== null,
      hiddenReason: r.hidden_at !== null ? r.hidden_reason : null,
      hiddenAt: r.hidden_at?.toISOString() ?? null,
      minPrice: r.min_price === null ? null : Number(r.min_price),
      shop: {
        id: r.shop_id,
        nameBn: r.shop_name_bn,
        nameEn: r.shop_name_en,
        status: r.shop_status,
      },
      createdAt: r.created_at.toISOString(),
    })),
    nextCursor: rows.length > query.limit ? idCursor.encode([page[page.length - 1]!.id]) : null,
  };
}
