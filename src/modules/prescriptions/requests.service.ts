import { sql } from 'kysely';
import { z } from 'zod';
import type { AppContext } from '../../platform/context.ts';
import type { Executor } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors.ts';
import { emitEvent } from '../../platform/outbox.ts';
import type { AuthUser } from '../../platform/http/auth.ts';
import { keyPart, keysetCursor } from '../../platform/http/cursor.ts';
import { normalizeText } from '../../platform/text.ts';
import { setCartItem } from '../cart/index.ts';
import { setPrescriptionStatus, type NewOrder } from '../orders/index.ts';
import { assertShopAccess } from '../shops/index.ts';
import { pharmacistOf } from './pharmacist.service.ts';
import { checkFile, readStored, removeFiles, storeFiles } from './prescriptions.files.ts';
import type { RequestStatus } from './prescriptions.tables.ts';

/**
 * "Send your prescription": a customer sends a prescription to one pharmacy without choosing items;
 * the pharmacy proposes items and quantities from its own products; the customer confirms, the items
 * go to the bag, and the order the checkout makes from them carries the prescription, approved.
 */

const listCursor = keysetCursor(z.tuple([keyPart.pgTimestamp, keyPart.id]));
/** A confirmed proposal is attached to an order placed within this time. */
export const CONFIRMED_REQUEST_DAYS = 7;

type RequestRow = {
  id: string;
  customer_id: string;
  shop_id: string;
  shop_owner_id: string;
  shop_name_bn: string;
  shop_name_en: string;
  status: RequestStatus;
  note: string | null;
  pharmacist_note: string | null;
  order_id: string | null;
  created_at: Date;
  cursor_ts: string;
};

function requestsQuery(db: Executor) {
  return db
    .selectFrom('prescription_requests as r')
    .innerJoin('shops as s', 's.id', 'r.shop_id')
    .select([
      'r.id',
      'r.customer_id',
      'r.shop_id',
      's.owner_id as shop_owner_id',
      's.name_bn as shop_name_bn',
      's.name_en as shop_name_en',
      'r.status',
      'r.note',
      'r.pharmacist_note',
      'r.order_id',
      'r.created_at',
      sql<string>`r.created_at::text`.as('cursor_ts'),
    ]);
}

const isCustomer = (user: AuthUser, r: { customer_id: string }) =>
  user.role === 'customer' && r.customer_id === user.id;
const isPharmacy = (user: AuthUser, r: { shop_owner_id: string }) =>
  user.role === 'seller' && r.shop_owner_id === user.id;

async function readable(db: Executor, user: AuthUser, id: string, lock = false) {
  let q = requestsQuery(db).where('r.id', '=', id);
  if (lock) q = q.forUpdate('r');
  const r = (await q.executeTakeFirst()) as RequestRow | undefined;
  if (!r || !(isCustomer(user, r) || isPharmacy(user, r)))
    throw new AppError('PRESCRIPTION_REQUEST_NOT_FOUND');
  return r;
}

function summary(r: RequestRow) {
  return {
    id: r.id,
    shopId: r.shop_id,
    shopName: r.shop_name_bn || r.shop_name_en,
    status: r.status,
    note: r.note,
    orderId: r.order_id,
    createdAt: r.created_at.toISOString(),
  };
}

async function present(db: Executor, r: RequestRow) {
  const [files, items] = await Promise.all([
    db
      .selectFrom('prescription_files')
      .select(['id', 'content_type', 'size_bytes', 'created_at'])
      .where('request_id', '=', r.id)
      .orderBy('created_at')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('prescription_request_items as i')
      .innerJoin('product_variants as v', 'v.id', 'i.variant_id')
      .innerJoin('products as p', 'p.id', 'v.product_id')
      .select([
        'i.variant_id',
        'i.quantity',
        'v.product_id',
        'v.label',
        'v.price',
        'p.name_bn',
        'p.name_en',
        sql<boolean>`coalesce((p.attributes ->> 'prescriptionRequired') = 'true', false)`.as('rx'),
      ])
      .where('i.request_id', '=', r.id)
      .orderBy('p.name_en')
      .orderBy('i.variant_id')
      .execute(),
  ]);
  return {
    ...summary(r),
    pharmacistNote: r.pharmacist_note,
    files: files.map((f) => ({
      id: f.id,
      contentType: f.content_type,
      sizeBytes: f.size_bytes,
      createdAt: f.created_at.toISOString(),
      url: `/api/v1/prescription-requests/${r.id}/files/${f.id}`,
    })),
    items: items.map((i) => ({
      variantId: i.variant_id,
      productId: i.product_id,
      name: i.name_bn ?? i.name_en ?? '',
      variantLabel: i.label,
      unitPrice: i.price,
      quantity: i.quantity,
      lineTotal: i.price * i.quantity,
      prescriptionRequired: i.rx,
    })),
  };
}

/** The customer sends a prescription (one or more files) to an approved pharmacy. */
export async function createRequest(
  ctx: AppContext,
  user: AuthUser,
  input: { shopId: string | undefined; note: string | undefined },
  uploads: Buffer[],
) {
  const shopId = z.uuid().safeParse(input.shopId);
  if (!shopId.success) throw new AppError('VALIDATION_FAILED', { fields: ['shopId'] });
  const note = input.note ? normalizeText(input.note).trim().slice(0, 500) || null : null;
  const shop = await ctx.db
    .selectFrom('shops')
    .select(['id', 'type', 'status'])
    .where('id', '=', shopId.data)
    .executeTakeFirst();
  if (!shop || shop.status !== 'approved') throw new AppError('SHOP_NOT_FOUND');
  if (shop.type !== 'pharmacy') throw new AppError('NOT_A_PHARMACY');
  const checked = [];
  for (const data of uploads) checked.push(await checkFile(data));
  const stored = await storeFiles(ctx, checked);
  try {
    const id = await ctx.db.transaction().execute(async (tx) => {
      const row = await tx
        .insertInto('prescription_requests')
        .values({ customer_id: user.id, shop_id: shop.id, note })
        .returning('id')
        .executeTakeFirstOrThrow();
      await tx
        .insertInto('prescription_files')
        .values(
          stored.map((s) => ({
            order_id: null,
            request_id: row.id,
            uploaded_by: user.id,
            content_type: s.file.type,
            size_bytes: s.file.data.length,
            storage_key: s.key,
          })),
        )
        .execute();
      // The pharmacy hears of it (in-app and SMS) through the outbox, with this transaction.
      await emitEvent(tx, 'prescription_request.submitted', {
        requestId: row.id,
        shopId: shop.id,
        customerId: user.id,
      });
      return row.id;
    });
    return getRequest(ctx.db, user, id);
  } catch (error) {
    await removeFiles(
      ctx,
      stored.map((s) => s.key),
    );
    throw error;
  }
}

export async function getRequest(db: Executor, user: AuthUser, id: string) {
  return present(db, await readable(db, user, id));
}

type Page = { limit: number; cursor?: string | undefined; status?: RequestStatus | undefined };

async function page(
  q: ReturnType<typeof requestsQuery>,
  f: Page,
): Promise<{ items: ReturnType<typeof summary>[]; nextCursor: string | null }> {
  const after = listCursor.decode(f.cursor);
  if (f.status) q = q.where('r.status', '=', f.status);
  if (after) {
    const [ts, id] = after;
    q = q.where(sql<boolean>`(r.created_at, r.id) < (${ts}::timestamptz, ${id}::uuid)`);
  }
  const rows = (await q
    .orderBy('r.created_at', 'desc')
    .orderBy('r.id', 'desc')
    .limit(f.limit + 1)
    .execute()) as RequestRow[];
  const items = rows.slice(0, f.limit);
  const last = items[items.length - 1];
  return {
    items: items.map(summary),
    nextCursor: rows.length > f.limit && last ? listCursor.encode([last.cursor_ts, last.id]) : null,
  };
}

export function listMine(db: Executor, user: AuthUser, f: Page) {
  return page(requestsQuery(db).where('r.customer_id', '=', user.id), f);
}

export async function listForShop(db: Executor, user: AuthUser, shopId: string, f: Page) {
  await assertShopAccess(db, user, shopId, { access: 'owner' });
  return page(requestsQuery(db).where('r.shop_id', '=', shopId), f);
}

export async function requestFile(ctx: AppContext, user: AuthUser, id: string, fileId: string) {
  await readable(ctx.db, user, id);
  const row = await ctx.db
    .selectFrom('prescription_files')
    .select(['content_type', 'storage_key'])
    .where('id', '=', fileId)
    .where('request_id', '=', id)
    .executeTakeFirst();
  const data = row && (await readStored(ctx, row.storage_key));
  if (!row || !data) throw new AppError('PRESCRIPTION_FILE_NOT_FOUND');
  return { contentType: row.content_type, data };
}

/**
 * The pharmacy's proposal: items and quantities from its own products on sale, replacing any earlier
 * proposal, while the customer has not confirmed. Made under the registered pharmacist's name.
 */
export async function propose(
  db: Executor,
  user: AuthUser,
  id: string,
  input: { items: { variantId: string; quantity: number }[]; note?: string | null | undefined },
) {
  await db.transaction().execute(async (tx) => {
    const r = await readable(tx, user, id, true);
    if (!isPharmacy(user, r)) throw new AppError('PRESCRIPTION_REQUEST_NOT_FOUND');
    if (r.status !== 'submitted' && r.status !== 'proposed')
      throw new AppError('PRESCRIPTION_REQUEST_CLOSED', { status: r.status });
    if (!(await pharmacistOf(tx, r.shop_id))) throw new AppError('PHARMACIST_REQUIRED');
    const ids = [...new Set(input.items.map((i) => i.variantId))];
    if (ids.length !== input.items.length)
      throw new AppError('VALIDATION_FAILED', { fields: ['items'], reason: 'duplicate variant' });
    const found = await tx
      .selectFrom('product_variants as v')
      .innerJoin('products as p', 'p.id', 'v.product_id')
      .select('v.id')
      .where('v.id', 'in', ids)
      .where('v.shop_id', '=', r.shop_id)
      .where('p.status', '=', 'active')
      .where('p.hidden_at', 'is', null)
      .execute();
    if (found.length !== ids.length) {
      const ok = new Set(found.map((f) => f.id));
      throw new AppError('PRESCRIPTION_ITEM_NOT_SOLD', {
        variantIds: ids.filter((v) => !ok.has(v)),
      });
    }
    await tx.deleteFrom('prescription_request_items').where('request_id', '=', id).execute();
    await tx
      .insertInto('prescription_request_items')
      .values(
        input.items.map((i) => ({ request_id: id, variant_id: i.variantId, quantity: i.quantity })),
      )
      .execute();
    await tx
      .updateTable('prescription_requests')
      .set({
        status: 'proposed',
        pharmacist_note: input.note ? normalizeText(input.note).trim() || null : null,
        proposed_at: sql`now()`,
        updated_at: sql`now()`,
      })
      .where('id', '=', id)
      .execute();
    // The customer is told the proposal is ready (again when the pharmacy replaces it).
    await emitEvent(tx, 'prescription_request.proposed', {
      requestId: id,
      shopId: r.shop_id,
      customerId: r.customer_id,
    });
  });
  return getRequest(db, user, id);
}

/**
 * The customer accepts the proposal: its lines go to the bag (current prices, stock checked), and
 * the next order from this pharmacy with those prescription-only lines carries this prescription,
 * already approved. A replay answers the same.
 */
export async function confirm(db: Executor, user: AuthUser, id: string) {
  await db.transaction().execute(async (tx) => {
    const r = await readable(tx, user, id, true);
    if (!isCustomer(user, r)) throw new AppError('PRESCRIPTION_REQUEST_NOT_FOUND');
    if (r.status === 'confirmed') return;
    if (r.status !== 'proposed')
      throw new AppError('PRESCRIPTION_REQUEST_CLOSED', { status: r.status });
    const items = await tx
      .selectFrom('prescription_request_items')
      .select(['variant_id', 'quantity'])
      .where('request_id', '=', id)
      .orderBy('variant_id')
      .execute();
    for (const i of items) await setCartItem(tx, user.id, i.variant_id, i.quantity);
    await tx
      .updateTable('prescription_requests')
      .set({ status: 'confirmed', confirmed_at: sql`now()`, updated_at: sql`now()` })
      .where('id', '=', id)
      .execute();
  });
  return getRequest(db, user, id);
}

/** Either side closes a request that was not confirmed (the pharmacy declines, the customer cancels). */
export async function closeRequest(db: Executor, user: AuthUser, id: string) {
  await db.transaction().execute(async (tx) => {
    const r = await readable(tx, user, id, true);
    if (r.status === 'declined' || r.status === 'cancelled') return;
    if (r.status === 'confirmed')
      throw new AppError('PRESCRIPTION_REQUEST_CLOSED', { status: r.status });
    await tx
      .updateTable('prescription_requests')
      .set({ status: isPharmacy(user, r) ? 'declined' : 'cancelled', updated_at: sql`now()` })
      .where('id', '=', id)
      .execute();
  });
  return getRequest(db, user, id);
}

/**
 * Checkout hook: a new order of this customer at this pharmacy whose prescription-only lines are all
 * in a recently confirmed proposal takes that request's prescription, approved by the pharmacist who
 * proposed it, instead of waiting for an upload.
 */
export async function attachConfirmedRequest(tx: Executor, order: NewOrder) {
  if (order.prescriptionVariantIds.length === 0) return;
  const candidates = await tx
    .selectFrom('prescription_requests')
    .select('id')
    .where('customer_id', '=', order.customerId)
    .where('shop_id', '=', order.shopId)
    .where('status', '=', 'confirmed')
    .where('order_id', 'is', null)
    .where('confirmed_at', '>', sql<Date>`now() - make_interval(days => ${CONFIRMED_REQUEST_DAYS})`)
    .orderBy('confirmed_at', 'desc')
    .forUpdate()
    .execute();
  for (const c of candidates) {
    const items = await tx
      .selectFrom('prescription_request_items')
      .select('variant_id')
      .where('request_id', '=', c.id)
      .execute();
    const proposed = new Set(items.map((i) => i.variant_id));
    if (!order.prescriptionVariantIds.every((v) => proposed.has(v))) continue;
    const pharmacist = await pharmacistOf(tx, order.shopId);
    if (!pharmacist) return;
    await tx
      .updateTable('prescription_files')
      .set({ order_id: order.orderId })
      .where('request_id', '=', c.id)
      .execute();
    await tx
      .insertInto('prescription_reviews')
      .values({
        order_id: order.orderId,
        decision: 'approve',
        reason: null,
        reviewer_id: null,
        pharmacist_name: pharmacist.name,
        pharmacist_registration_no: pharmacist.registrationNo,
        request_id: c.id,
      })
      .execute();
    await setPrescriptionStatus(tx, order.orderId, 'approved');
    await tx
      .updateTable('prescription_requests')
      .set({ order_id: order.orderId, updated_at: sql`now()` })
      .where('id', '=', c.id)
      .execute();
    return;
  }
}
