import { audit, type AuditActor } from '../../platform/audit.ts';
import type { Executor } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors.ts';
import type { AuthUser } from '../../platform/http/auth.ts';
import { emitEvent } from '../../platform/outbox.ts';
import { normalizeBdPhone } from '../../platform/phone.ts';
import { normalizeText } from '../../platform/text.ts';
import { canSetRider, riderStatuses } from './orders.policy.ts';
import * as repo from './orders.repo.ts';
import { getOrder } from './orders.service.ts';

export type RiderInput = { name?: string | null; phone: string | null };

/**
 * PUT /orders/{id}/rider: the shop (its owner, or an admin) says who carries the order — a
 * Bangladeshi mobile number, normalised to E.164, and optionally a name — or, with no phone, that
 * nobody is given any more. Only while the order is packed or on its way; audited
 * (`order.rider_changed`, before and after) in the same transaction, and a new number while it is
 * on its way tells the customer (`order.rider_assigned`).
 */
export async function setRider(
  db: Executor,
  user: AuthUser,
  actor: AuditActor,
  orderId: string,
  input: RiderInput,
) {
  const o = await repo.findOrder(db, orderId);
  if (!o || !canSetRider(user, o)) throw new AppError('ORDER_NOT_FOUND');
  const phone = input.phone?.trim() ? normalizeBdPhone(input.phone) : null;
  if (input.phone?.trim() && !phone) throw new AppError('PHONE_INVALID', { field: 'phone' });
  const name = phone && input.name ? normalizeText(input.name) || null : null;
  await db.transaction().execute(async (tx) => {
    const before = await tx
      .selectFrom('orders')
      .select(['status', 'rider_name', 'rider_phone'])
      .where('id', '=', orderId)
      .forUpdate()
      .executeTakeFirstOrThrow();
    if (!riderStatuses.includes(before.status))
      throw new AppError('RIDER_NOT_NOW', { status: before.status });
    await tx
      .updateTable('orders')
      .set({ rider_name: name, rider_phone: phone, updated_at: new Date() })
      .where('id', '=', orderId)
      .execute();
    await audit(tx, {
      ...actor,
      action: 'order.rider_changed',
      targetType: 'order',
      targetId: orderId,
      details: {
        status: before.status,
        before: before.rider_phone ? { name: before.rider_name, phone: before.rider_phone } : null,
        after: phone ? { name, phone } : null,
      },
    });
    // The customer hears of a new rider while the order is on its way (not of one only renamed).
    if (phone && phone !== before.rider_phone && before.status === 'out_for_delivery')
      await emitEvent(tx, 'order.rider_assigned', {
        orderId,
        orderNumber: o.number,
        shopId: o.shop_id,
        customerId: o.customer_id,
        riderName: name,
        riderPhone: phone,
      });
  });
  return getOrder(db, user, orderId);
}
