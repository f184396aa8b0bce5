import type { Executor } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors.ts';
import type { AuthUser } from '../../platform/http/auth.ts';
import type { Locale } from '../../platform/i18n.ts';
import { getOrder } from '../orders/index.ts';
import { renderReceipt, type ReceiptData } from './receipts.document.ts';
import * as repo from './receipts.repo.ts';

/**
 * The data of one order's receipt. Who may see it is the orders module's rule (its customer, the
 * owner of its shop, an admin); anyone else gets the same ORDER_NOT_FOUND as GET /orders/{id}.
 */
export async function receiptData(
  db: Executor,
  user: AuthUser,
  orderId: string,
  now = new Date(),
): Promise<ReceiptData> {
  const order = await getOrder(db, user, orderId);
  const extra = await repo.receiptExtras(db, orderId);
  if (!extra) throw new AppError('ORDER_NOT_FOUND');
  return {
    number: order.number,
    status: order.status,
    placedAt: new Date(order.createdAt),
    deliveredAt: extra.delivered_at ? new Date(extra.delivered_at) : null,
    printedAt: now,
    shop: {
      nameBn: extra.shop_name_bn,
      nameEn: extra.shop_name_en,
      address: extra.shop_address,
      phone: extra.shop_phone,
      bin: extra.shop_bin,
      vatRegistered: extra.shop_vat_registered,
      vatRate: extra.shop_vat_rate,
    },
    customerName: extra.customer_name,
    address: {
      recipientName: order.address.recipientName,
      phone: order.address.phone,
      addressLine: order.address.addressLine,
      landmark: order.address.landmark,
    },
    items: order.items.map((i) => ({
      name: i.name,
      variantLabel: i.variantLabel,
      quantity: i.quantity,
      unitPrice: i.unitPrice,
      lineTotal: i.lineTotal,
    })),
    subtotal: order.subtotal,
    deliveryCharge: order.deliveryCharge,
    codCharge: order.codCharge,
    total: order.total,
    paymentMethod: order.paymentMethod,
    paymentStatus: order.payment?.status ?? null,
  };
}

/** The receipt PDF in `locale`, and how long drawing it took (for the metrics and the log). */
export async function receiptPdf(db: Executor, user: AuthUser, orderId: string, locale: Locale) {
  const data = await receiptData(db, user, orderId);
  const started = performance.now();
  const pdf = await renderReceipt(data, locale);
  return { pdf, number: data.number, renderMs: performance.now() - started };
}
