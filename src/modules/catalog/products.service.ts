import { sql } from 'kysely';
import type { z } from 'zod';
import { isUniqueViolation, type Db, type Executor } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors.ts';
import type { AuthUser } from '../../platform/http/auth.ts';
import { idCursor } from '../../platform/http/cursor.ts';
import { refreshProductSearch } from '../search/index.ts';
import { canManageShop, findShopRef as findShop, type ShopRef } from '../shops/index.ts';
import { canViewProduct } from './catalog.policy.ts';
import {
  findProduct,
  imagesOf,
  variantsOf,
  type ImageRow,
  type ProductRow,
  type VariantRow,
} from './catalog.repo.ts';
import {
  kindWithAttributes,
  type Availability,
  type productCreateBody,
  type ProductDto,
  type productUpdateBody,
  type variantInput,
  type variantUpdateBody,
} from './catalog.schema.ts';
import type { ProductKind, ProductStatus, ProductUnit } from './catalog.tables.ts';
import { adjustStock } from './stock.service.ts';

export type ProductCreate = z.output<typeof productCreateBody>;
export type ProductUpdate = z.output<typeof productUpdateBody>;
export type VariantCreate = z.output<typeof variantInput>;
export type VariantUpdate = z.output<typeof variantUpdateBody>;

/** Validates attributes against the kind (zod discriminated union); returns the cleaned object. */
export function parseAttributes(kind: ProductKind, attributes: unknown): Record<string, unknown> {
  const parsed = kindWithAttributes.safeParse({ kind, attributes });
  if (!parsed.success) {
    throw new AppError('PRODUCT_ATTRIBUTES_INVALID', {
      kind,
      issues: parsed.error.issues.map((i) => ({
        path: i.path.filter((p) => p !== 'attributes').join('.'),
        message: i.message,
      })),
    });
  }
  return parsed.data.attributes;
}

/** Unique violations on SKU become a clear SKU_TAKEN; anything else is rethrown. */
export async function mapSkuConflict<T>(work: () => Promise<T>, sku?: string): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (
      isUniqueViolation(error) &&
      (error.constraint === 'products_shop_sku' || error.constraint === 'product_variants_shop_sku')
    ) {
      throw new AppError('SKU_TAKEN', { sku });
    }
    throw error;
  }
}

export function imageUrls(productId: string, imageId: string) {
  const base = `/api/v1/products/${productId}/images/${imageId}`;
  return { large: `${base}/large`, medium: `${base}/medium`, thumb: `${base}/thumb` };
}

/** Up to this many units on hand, the public sees `few_left` (documented in docs/catalog.md). */
export const FEW_LEFT_MAX = 5;

export function availabilityOf(onHand: number): Availability {
  if (onHand <= 0) return 'out_of_stock';
  return onHand <= FEW_LEFT_MAX ? 'few_left' : 'in_stock';
}

/**
 * Whose view of stock a presenter gives: `exact` (the owning seller, admins) adds the counts; the
 * public sees the availability level only, so competitors cannot read a shop's stock.
 */
export type StockView = { exact: boolean };

export function presentVariant(v: VariantRow, view: StockView = { exact: true }) {
  return {
    id: v.id,
    sku: v.sku,
    label: v.label,
    price: v.price,
    compareAtPrice: v.compare_at_price,
    availability: availabilityOf(v.on_hand),
    ...(view.exact && {
      onHand: v.on_hand,
      lowStockThreshold: v.low_stock_threshold,
      lowStock: v.on_hand <= v.low_stock_threshold,
    }),
  };
}

export function presentImage(image: ImageRow) {
  return {
    id: image.id,
    position: image.position,
    status: image.status,
    width: image.width,
    height: image.height,
    urls: image.status === 'ready' ? imageUrls(image.product_id, image.id) : null,
  };
}

export async function presentProducts(
  db: Executor,
  rows: ProductRow[],
  view: StockView,
  options: { images?: boolean } = {},
): Promise<ProductDto[]> {
  const ids = rows.map((r) => r.id);
  const [variants, images] = await Promise.all([
    variantsOf(db, ids),
    options.images === false ? [] : imagesOf(db, ids),
  ]);
  return rows.map((p) => ({
    id: p.id,
    shopId: p.shop_id,
    sku: p.sku,
    nameBn: p.name_bn,
    nameEn: p.name_en,
    descriptionBn: p.description_bn,
    descriptionEn: p.description_en,
    categoryId: p.category_id,
    status: p.status,
    hidden: p.hidden_at !== null,
    hiddenReason: p.hidden_at !== null ? p.hidden_reason : null,
    hiddenAt: p.hidden_at?.toISOString() ?? null,
    unit: p.unit,
    kind: p.kind,
    attributes: p.attributes,
    variants: variants.filter((v) => v.product_id === p.id).map((v) => presentVariant(v, view)),
    images: images.filter((i) => i.product_id === p.id).map(presentImage),
    createdAt: p.created_at.toISOString(),
    updatedAt: p.updated_at.toISOString(),
  }));
}

/** A product as its manager (owning seller, admin) sees it, unless `view` says otherwise. */
export async function presentProduct(
  db: Executor,
  row: ProductRow,
  view: StockView = { exact: true },
): Promise<ProductDto> {
  return (await presentProducts(db, [row], view))[0]!;
}

/** The shop, if the user may manage its catalog. Unknown shop → 404, someone else's → 403. */
export async function managedShop(db: Executor, user: AuthUser, shopId: string): Promise<ShopRef> {
  const shop = await findShop(db, shopId);
  if (!shop) throw new AppError('SHOP_NOT_FOUND');
  if (!canManageShop(user, shop)) throw new AppError('SHOP_NOT_OWNED');
  return shop;
}

/**
 * A product the user may manage. Someone else's product answers 404 like a missing one, so ids
 * of other shops' drafts cannot be probed.
 */
export async function managedProduct(
  db: Executor,
  user: AuthUser,
  productId: string,
  options: { lock?: boolean } = {},
): Promise<{ product: ProductRow; shop: ShopRef }> {
  const product = await findProduct(db, productId, options);
  const shop = product && (await findShop(db, product.shop_id));
  if (!product || !shop || !canManageShop(user, shop)) throw new AppError('PRODUCT_NOT_FOUND');
  return { product, shop };
}

/** A product the user may see (public rules, or owner/admin). */
export async function visibleProduct(db: Executor, user: AuthUser | null, productId: string) {
  const product = await findProduct(db, productId);
  const shop = product && (await findShop(db, product.shop_id));
  if (!product || !shop || !canViewProduct(user, { ...product, shop })) {
    throw new AppError('PRODUCT_NOT_FOUND');
  }
  return { product, shop };
}

async function assertCategory(db: Executor, categoryId: string | null | undefined) {
  if (!categoryId) return;
  const found = await db
    .selectFrom('categories')
    .select('id')
    .where('id', '=', categoryId)
    .executeTakeFirst();
  if (!found) throw new AppError('CATEGORY_NOT_FOUND', { categoryId });
}

export async function insertVariant(
  tx: Executor,
  product: { id: string; shop_id: string },
  v: VariantCreate,
  actorUserId: string | null,
  position: number,
) {
  const row = await mapSkuConflict(
    () =>
      tx
        .insertInto('product_variants')
        .values({
          product_id: product.id,
          shop_id: product.shop_id,
          sku: v.sku,
          label: v.label ?? null,
          price: v.price,
          compare_at_price: v.compareAtPrice ?? null,
          low_stock_threshold: v.lowStockThreshold ?? 0,
          position,
        })
        .returningAll()
        .executeTakeFirstOrThrow(),
    v.sku,
  );
  if (v.initialStock) {
    const result = await adjustStock(tx, {
      variantId: row.id,
      delta: v.initialStock,
      reason: 'restock',
      actorUserId,
      note: 'initial stock',
    });
    if (!result.ok) throw new Error('initial stock could not be recorded');
  }
  return row;
}

export async function createProduct(db: Db, user: AuthUser, input: ProductCreate) {
  const { shopId, ...fields } = input;
  return db.transaction().execute(async (tx) => {
    const shop = await managedShop(tx, user, shopId);
    return createProductIn(tx, shop.id, fields, user.id);
  });
}

/**
 * Creates a product with its variants in the caller's transaction, for a shop whose access the
 * caller has checked: the one path of the seller's form and of other modules (a pharmacy's product
 * linked to its medicine master entry). Same validation, stock ledger and search refresh.
 */
export async function createProductIn(
  tx: Executor,
  shopId: string,
  input: Omit<ProductCreate, 'shopId'>,
  actorUserId: string | null,
  link: { medicineId?: string | null } = {},
): Promise<ProductDto> {
  if (!input.nameBn && !input.nameEn) throw new AppError('PRODUCT_NAME_REQUIRED');
  const attributes = parseAttributes(input.kind, input.attributes);
  const skus = input.variants.map((v) => v.sku);
  const duplicate = skus.find((s, i) => skus.indexOf(s) !== i);
  if (duplicate) throw new AppError('SKU_TAKEN', { sku: duplicate });
  await assertCategory(tx, input.categoryId);
  const product = await mapSkuConflict(
    () =>
      tx
        .insertInto('products')
        .values({
          shop_id: shopId,
          sku: input.sku,
          name_bn: input.nameBn ?? null,
          name_en: input.nameEn ?? null,
          description_bn: input.descriptionBn || null,
          description_en: input.descriptionEn || null,
          category_id: input.categoryId ?? null,
          status: input.status,
          unit: input.unit,
          kind: input.kind,
          attributes: JSON.stringify(attributes),
          medicine_id: link.medicineId ?? null,
        })
        .returningAll()
        .executeTakeFirstOrThrow(),
    input.sku,
  );
  for (const [index, v] of input.variants.entries()) {
    await insertVariant(tx, product, v, actorUserId, index);
  }
  await refreshProductSearch(tx, [product.id]);
  return presentProduct(tx, product);
}

/**
 * The shop's product linked to a master entry with this unit (not archived), with its first
 * variant: where a pharmacy's new stock of that medicine goes instead of a duplicate product.
 */
export async function findLinkedProduct(
  tx: Executor,
  shopId: string,
  medicineId: string,
  unit: ProductUnit,
): Promise<{ productId: string; variantId: string } | undefined> {
  const row = await tx
    .selectFrom('products as p')
    .innerJoin('product_variants as v', 'v.product_id', 'p.id')
    .select(['p.id as productId', 'v.id as variantId'])
    .where('p.shop_id', '=', shopId)
    .where('p.medicine_id', '=', medicineId)
    .where('p.unit', '=', unit)
    .where('p.status', '!=', 'archived')
    .orderBy('p.created_at')
    .orderBy('v.position')
    .limit(1)
    .executeTakeFirst();
  return row;
}

/** A category's id by its slug (the default tree's slugs are stable), or null. */
export async function categoryIdBySlug(db: Executor, slug: string): Promise<string | null> {
  const row = await db
    .selectFrom('categories')
    .select('id')
    .where('slug', '=', slug)
    .executeTakeFirst();
  return row?.id ?? null;
}

export async function getProduct(db: Db, user: AuthUser | null, id: string) {
  const { product, shop } = await visibleProduct(db, user, id);
  return presentProduct(db, product, { exact: canManageShop(user, shop) });
}

export async function updateProduct(db: Db, user: AuthUser, id: string, input: ProductUpdate) {
  return db.transaction().execute((tx) => updateProductIn(tx, user, id, input));
}

/** `updateProduct` inside the caller's transaction (the product editor's save, product-save.ts). */
export async function updateProductIn(
  tx: Executor,
  user: AuthUser,
  id: string,
  input: ProductUpdate,
) {
  {
    const { product } = await managedProduct(tx, user, id, { lock: true });
    const kind = input.kind ?? product.kind;
    // Changing the kind needs attributes valid for the new kind; otherwise keep the stored ones.
    const attributes =
      input.attributes !== undefined || input.kind !== undefined
        ? parseAttributes(kind, input.attributes ?? product.attributes)
        : undefined;
    const nameBn = input.nameBn !== undefined ? input.nameBn : product.name_bn;
    const nameEn = input.nameEn !== undefined ? input.nameEn : product.name_en;
    if (!nameBn && !nameEn) throw new AppError('PRODUCT_NAME_REQUIRED');
    if (input.categoryId !== undefined) await assertCategory(tx, input.categoryId);
    const row = await mapSkuConflict(
      () =>
        tx
          .updateTable('products')
          .set({
            ...(input.sku !== undefined && { sku: input.sku }),
            name_bn: nameBn,
            name_en: nameEn,
            ...(input.descriptionBn !== undefined && {
              description_bn: input.descriptionBn || null,
            }),
            ...(input.descriptionEn !== undefined && {
              description_en: input.descriptionEn || null,
            }),
            ...(input.categoryId !== undefined && { category_id: input.categoryId }),
            ...(input.status !== undefined && { status: input.status }),
            ...(input.unit !== undefined && { unit: input.unit }),
            kind,
            ...(attributes !== undefined && { attributes: JSON.stringify(attributes) }),
            updated_at: sql<Date>`now()`,
          })
          .where('id', '=', product.id)
          .returningAll()
          .executeTakeFirstOrThrow(),
      input.sku,
    );
    await refreshProductSearch(tx, [row.id]);
    return presentProduct(tx, row);
  }
}

export async function archiveProduct(db: Db, user: AuthUser, id: string) {
  return updateProduct(db, user, id, { status: 'archived' });
}

/** A shop's products, newest first. The public sees active ones of an approved shop only. */
export async function listShopProducts(
  db: Db,
  user: AuthUser | null,
  shopId: string,
  query: { limit: number; cursor?: string; status?: ProductStatus },
) {
  const shop = await findShop(db, shopId);
  if (!shop) throw new AppError('SHOP_NOT_FOUND');
  const manager = canManageShop(user, shop);
  if (!manager && shop.status !== 'approved') throw new AppError('SHOP_NOT_FOUND');
  let q = db.selectFrom('products').selectAll().where('shop_id', '=', shop.id);
  if (manager) {
    if (query.status) q = q.where('status', '=', query.status);
  } else {
    q = q.where('status', '=', 'active').where('hidden_at', 'is', null);
  }
  // The cursor is the last product's id; the page continues below its exact (created_at, id) read
  // back from the row, because timestamptz has microseconds that a JS Date would round away.
  const after = idCursor.decode(query.cursor);
  if (after) {
    q = q.where(
      sql<boolean>`(created_at, id) < (SELECT p.created_at, p.id FROM products p WHERE p.id = ${after[0]}::uuid AND p.shop_id = ${shop.id})`,
    );
  }
  const rows = await q
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(query.limit + 1)
    .execute();
  const page = rows.slice(0, query.limit);
  return {
    items: await presentProducts(db, page, { exact: manager }),
    nextCursor: rows.length > query.limit ? idCursor.encode([page[page.length - 1]!.id]) : null,
  };
}
