import { createHash, randomBytes } from 'node:crypto';
import { publicUrl } from '../../platform/config.ts';
import { sql } from 'kysely';
import type { AppContext } from '../../platform/context.ts';
import type { Executor } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors.ts';
import { emitEvent } from '../../platform/outbox.ts';
import { reserveStock } from '../catalog/index.ts';
import { resolveCommissions } from '../money/index.ts';
import { orderPromotionColumns, redeemPromotions } from '../promotions/index.ts';
import { providerUsable, type PaymentGateway } from '../payments/index.ts';
import { guardCodCheckout, recordCodVerdict } from '../risk/index.ts';
import { snapshot } from './addresses.service.ts';
import { createAdvance } from './advance.records.ts';
import { initiateAdvances } from './advance.service.ts';
import { runOrderCreatedHooks } from './placed-hooks.ts';
import { assertWithinHoldLimits, lockVerifiedCustomer } from './hold-limits.ts';
import { priceCart, type QuoteInput } from './quote.service.ts';
import { orderEventPayload, recordEvent } from './transitions.service.ts';

export type CheckoutInput = QuoteInput & {
  /** The grand total the customer was quoted: another total refuses the checkout (QUOTE_CHANGED). */
  expectedTotal?: number;
  /** Pay by bKash the advance a shop's risk policy asks of a COD order (src/modules/risk). */
  codAdvance?: boolean;
};

const ALNUM = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** Short alphanumeric id per payment attempt (Nagad: 5–20 chars, unique per day). */
export function merchantTxnId(): string {
  const bytes = randomBytes(14);
  return 'HT' + Array.from(bytes, (b) => ALNUM[b % ALNUM.length]).join('');
}

function requestHash(input: CheckoutInput): string {
  const canonical = {
    addressId: input.addressId,
    payment: input.payment,
    shops: [...(input.shops ?? [])]
      .map((s) => ({ shopId: s.shopId, delivery: s.delivery ?? null, payment: s.payment ?? null }))
      .sort((a, b) => a.shopId.localeCompare(b.shopId)),
    // Only when sent, so the hash of a request without it is what it always was.
    ...(input.expectedTotal !== undefined ? { expectedTotal: input.expectedTotal } : {}),
    ...(input.couponCode !== undefined ? { couponCode: input.couponCode } : {}),
    ...(input.codAdvance !== undefined ? { codAdvance: input.codAdvance } : {}),
  };
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}

/** HT-YYMM-NNNNNN, month in Asia/Dhaka. */
async function nextOrderNumber(tx: Executor): Promise<string> {
  const { rows } = await sql<{ n: string; ym: string }>`
    SELECT nextval('order_number_seq')::text AS n,
           to_char(now() AT TIME ZONE 'Asia/Dhaka', 'YYMM') AS ym`.execute(tx);
  return `HT-${rows[0]!.ym}-${rows[0]!.n.padStart(6, '0')}`;
}

/**
 * Places one order per shop from the customer's cart in ONE transaction: totals from current prices
 * on the server, delivery per shop, stock reserved with reserveStock (the variant's row lock makes
 * concurrent buyers of the last units queue on the row lock: no oversell), a payment row per order,
 * the cart lines removed. The customer's row is locked first (a verified phone is required, and
 * the per-customer hold limits are counted with no other checkout of theirs in between); then the
 * Idempotency-Key row is inserted: a concurrent retry waits and then sees the committed checkout.
 * Provider calls happen after commit.
 */
export async function checkout(
  ctx: AppContext,
  gateway: PaymentGateway,
  customerId: string,
  idempotencyKey: string,
  input: CheckoutInput,
  origin?: string,
): Promise<{ checkoutId: string; replayed: boolean }> {
  const hash = requestHash(input);
  const existing = await findCheckout(ctx.db, customerId, idempotencyKey);
  if (existing) return replay(ctx, gateway, existing, hash, origin);

  let checkoutId: string | null = null;
  try {
    checkoutId = await ctx.db.transaction().execute(async (tx) => {
      // First, and held to the end: a verified phone, and one checkout of this customer at a time.
      await lockVerifiedCustomer(tx, customerId);
      const row = await tx
        .insertInto('checkouts')
        .values({ customer_id: customerId, idempotency_key: idempotencyKey, request_hash: hash })
        .onConflict((oc) => oc.columns(['customer_id', 'idempotency_key']).doNothing())
        .returning('id')
        .executeTakeFirst();
      if (!row) return null; // a concurrent request with this key committed first
      await placeOrders(ctx, tx, customerId, row.id, input);
      return row.id;
    });
  } catch (error) {
    if (error instanceof AppError && error.code === 'CART_CHANGED') {
      // The customer has now been shown the new prices: remember them so a retry can go through.
      await ctx.db
        .updateTable('cart_items as c')
        .from('product_variants as v')
        .set({ price_seen: sql`v.price` })
        .whereRef('v.id', '=', 'c.variant_id')
        .where('c.customer_id', '=', customerId)
        .execute();
    }
    throw error;
  }
  if (!checkoutId) {
    const winner = await findCheckout(ctx.db, customerId, idempotencyKey);
    return replay(ctx, gateway, winner!, hash);
  }
  await initiatePayments(ctx, gateway, checkoutId, origin);
  return { checkoutId, replayed: false };
}

async function findCheckout(db: Executor, customerId: string, key: string) {
  return db
    .selectFrom('checkouts')
    .select(['id', 'request_hash'])
    .where('customer_id', '=', customerId)
    .where('idempotency_key', '=', key)
    .executeTakeFirst();
}

async function replay(
  ctx: AppContext,
  gateway: PaymentGateway,
  existing: { id: string; request_hash: string },
  hash: string,
  origin?: string,
) {
  if (existing.request_hash !== hash) throw new AppError('IDEMPOTENCY_KEY_REUSED');
  await initiatePayments(ctx, gateway, existing.id, origin);
  return { checkoutId: existing.id, replayed: true };
}

async function placeOrders(
  ctx: AppContext,
  tx: Executor,
  customerId: string,
  checkoutId: string,
  input: CheckoutInput,
) {
  // The same pricing the quote endpoint shows, read inside this transaction.
  const cart = await priceCart(tx, customerId, input, (p) => providerUsable(ctx.config, p));
  await assertShopsSelling(
    tx,
    cart.shops.map((s) => s.shopId),
  );
  if (cart.changes.length > 0) throw new AppError('CART_CHANGED', { changes: cart.changes });
  if (input.expectedTotal !== undefined && input.expectedTotal !== cart.total)
    throw new AppError('QUOTE_CHANGED', { expected: input.expectedTotal, total: cart.total });
  // Nothing is reserved for a shop that cannot take the order (e.g. no provider for its payment).
  for (const q of cart.shops) if (q.problem) throw new AppError(q.problem.code, q.problem.details);
  await assertWithinHoldLimits(tx, ctx.config, customerId, cart);
  // Cash-on-delivery risk (src/modules/risk): may refuse COD; the verdicts are kept per order.
  const codVerdicts = await guardCodCheckout(ctx, tx, customerId, cart, {
    accepted: input.codAdvance === true,
    usable: providerUsable(ctx.config, 'bkash'),
  });
  const { address, rows } = cart;

  const holdMinutes = ctx.config.ORDER_PAYMENT_HOLD_MINUTES;

  // Reserve in a fixed variant order so two multi-item carts cannot deadlock each other.
  for (const q of [...cart.shops].sort((a, b) => (a.shopId < b.shopId ? -1 : 1))) {
    if (q.problem) throw new AppError(q.problem.code, q.problem.details);
    const { shopId, lines, payment, subtotal, weightGrams, total } = q;
    const quote = q.delivery!;
    const cod = q.codCharge;
    // A COD order whose shop asks an advance waits for it like an online payment.
    const advancePoisha = codVerdicts.get(shopId)?.advancePoisha ?? 0;
    const status = payment === 'cod' && advancePoisha === 0 ? 'placed' : 'pending_payment';
    const order = await tx
      .insertInto('orders')
      .values({
        number: await nextOrderNumber(tx),
        checkout_id: checkoutId,
        customer_id: customerId,
        shop_id: shopId,
        status,
        payment_method: payment,
        delivery_method: quote.method,
        delivery_zone: quote.zone,
        distance_m: quote.distanceM,
        weight_grams: weightGrams,
        subtotal,
        delivery_charge: quote.chargePoisha,
        cod_charge: cod,
        total,
        ...orderPromotionColumns(q.promotions),
        address: JSON.stringify(snapshot(address)),
        // A prescription-only line: the order waits for an approved prescription before it can be
        // accepted (src/modules/prescriptions).
        prescription_status: q.prescriptionRequired ? 'required' : null,
        shop_opens_at: q.shopOpensAt,
        expires_at:
          status === 'pending_payment'
            ? sql<Date>`now() + make_interval(mins => ${holdMinutes})`
            : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    // The commission in effect now is fixed onto each line and never changes after.
    const rates = await resolveCommissions(
      tx,
      shopId,
      lines.map((l) => l.productId),
    );
    for (const l of [...lines].sort((a, b) => a.variantId.localeCompare(b.variantId))) {
      const rate = rates.get(l.productId);
      const item = await tx
        .insertInto('order_items')
        .values({
          order_id: order.id,
          product_id: l.productId,
          variant_id: l.variantId,
          name: l.nameBn ?? l.nameEn ?? '',
          variant_label: l.variantLabel,
          unit_price: l.price,
          quantity: l.quantity,
          line_total: l.price * l.quantity,
          commission_bp: rate?.bp ?? 0,
          commission_fixed: rate?.fixed ?? 0,
          commission_rule_id: rate?.ruleId ?? null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      // Batched stock (medicines) goes first-expiring first and never from an expired batch.
      const reserved = await reserveStock(tx, {
        variantId: l.variantId,
        quantity: l.quantity,
        actorUserId: customerId,
        orderId: order.id,
        orderItemId: item.id,
      });
      if (!reserved.ok) {
        const onHand = reserved.error.code === 'INSUFFICIENT_STOCK' ? reserved.error.onHand : 0;
        throw new AppError('OUT_OF_STOCK', { variantId: l.variantId, onHand });
      }
    }
    await tx
      .insertInto('payments')
      .values({
        order_id: order.id,
        provider: payment,
        merchant_txn_id: merchantTxnId(),
        amount: total,
        status: 'pending',
        raw: null,
        provider_ref: null,
        provider_txn_id: null,
        redirect_url: null,
        refund_ref: null,
        flagged_reason: null,
        captured_at: null,
        refunded_at: null,
      })
      .execute();
    if (advancePoisha > 0) await createAdvance(tx, order.id, advancePoisha, merchantTxnId());
    await recordEvent(tx, order.id, null, status, { id: customerId, role: 'customer' }, null);
    await recordCodVerdict(tx, order.id, shopId, codVerdicts.get(shopId));
    if (q.prescriptionRequired) {
      await runOrderCreatedHooks(tx, {
        orderId: order.id,
        customerId,
        shopId,
        prescriptionVariantIds: q.prescriptionVariantIds,
      });
    }
    if (status === 'placed')
      await emitEvent(tx, 'order.placed', await orderEventPayload(tx, order.id));
  }
  // Coupon uses and flash-sale units taken atomically; what each order was given written on it.
  await redeemPromotions(tx, customerId, checkoutId, cart);
  await tx
    .deleteFrom('cart_items')
    .where('customer_id', '=', customerId)
    .where(
      'variant_id',
      'in',
      rows.map((r) => r.variantId),
    )
    .execute();
}

/**
 * Where providers send the buyer back. PUBLIC_URL when set (always in production). Without it (a
 * demo or a developer's machine) the address the buyer's browser used for the checkout, so the
 * return lands where their session cookie is: opened at http://192.168.1.5:3000 on a phone, the
 * buyer comes back there, not to a "localhost" that logs them out or does not exist.
 */
export function callbackBase(ctx: AppContext, origin?: string): string {
  const base = ctx.config.PUBLIC_URL || !origin ? publicUrl(ctx.config) : origin;
  return `${base}/api/v1/payments`;
}

/** Starts the provider side of every online payment of a checkout that has not started yet. */
export async function initiatePayments(
  ctx: AppContext,
  gateway: PaymentGateway,
  checkoutId: string,
  origin?: string,
) {
  const pending = await ctx.db
    .selectFrom('payments as p')
    .innerJoin('orders as o', 'o.id', 'p.order_id')
    .innerJoin('users as u', 'u.id', 'o.customer_id')
    .select([
      'p.id',
      'p.provider',
      'p.merchant_txn_id',
      'p.amount',
      'o.number',
      'o.address',
      'u.name',
      'u.phone',
      'u.email',
    ])
    .where('o.checkout_id', '=', checkoutId)
    .where('p.provider', '!=', 'cod')
    .where('p.provider_ref', 'is', null)
    .where('p.status', '=', 'pending')
    // A retry starts the provider side of a payment that has none yet, within the order's hold: it
    // never moves expires_at, so re-initiating cannot renew the reservation.
    .where('o.status', '=', 'pending_payment')
    .where('o.expires_at', '>', sql<Date>`now()`)
    .execute();
  await initiateAdvances(ctx, gateway, checkoutId, callbackBase(ctx, origin));
  for (const p of pending) {
    const base = `${callbackBase(ctx, origin)}/${p.provider}`;
    try {
      const provider = await gateway.provider(p.provider);
      const started = await provider.initiate({
        merchantTxnId: p.merchant_txn_id,
        amountPoisha: p.amount,
        currency: 'BDT',
        customer: {
          name: p.address.recipientName || p.name,
          phone: p.address.phone || p.phone || '+8801700000000',
          email: p.email ?? undefined,
          address: p.address.addressLine,
        },
        callbackUrls: {
          success: `${base}/callback`,
          failure: `${base}/callback`,
          cancel: `${base}/callback`,
          ipn: `${base}/ipn`,
        },
        description: `Haat order ${p.number}`,
      });
      await ctx.db
        .updateTable('payments')
        .set({
          provider_ref: started.providerRef,
          redirect_url: started.redirectUrl,
          updated_at: sql`now()`,
        })
        .where('id', '=', p.id)
        .where('provider_ref', 'is', null)
        .execute();
    } catch (error) {
      // The order stays pending_payment (and expires); replaying the same request retries this.
      ctx.logger.warn({ err: error, paymentId: p.id }, 'payment initiation failed');
    }
  }
}

/**
 * A cart may still hold items of a shop an admin suspended (or that is otherwise off the
 * marketplace): the customer is told which shop, rather than a generic "cart changed".
 */
async function assertShopsSelling(tx: Executor, shopIds: string[]) {
  if (shopIds.length === 0) return;
  const closed = await tx
    .selectFrom('shops')
    .select(['id', 'name_bn', 'name_en', 'status'])
    .where('id', 'in', shopIds)
    .where('status', '<>', 'approved')
    .orderBy('id')
    .executeTakeFirst();
  if (closed) {
    throw new AppError('SHOP_NOT_SELLING', {
      shopId: closed.id,
      shopNameBn: closed.name_bn,
      shopNameEn: closed.name_en,
    });
  }
}
