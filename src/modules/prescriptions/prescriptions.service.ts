import type { AppContext } from '../../platform/context.ts';
import type { Executor } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors.ts';
import type { AuthUser } from '../../platform/http/auth.ts';
import { emitEvent } from '../../platform/outbox.ts';
import {
  findOrderRef,
  orderEventPayload,
  paymentGateway,
  refundPayment,
  refuseOrder,
  setPrescriptionStatus,
  type OrderRef,
} from '../orders/index.ts';
import {
  checkFile,
  MAX_PRESCRIPTION_FILES,
  readStored,
  removeFiles,
  storeFiles,
} from './prescriptions.files.ts';
import { pharmacistOf } from './pharmacist.service.ts';
import {
  canReadPrescription,
  isBuyer,
  isShopOwner,
  openForPrescription,
} from './prescriptions.policy.ts';
import type { ReviewDecision } from './prescriptions.tables.ts';

/** The timeline reason of an order ended by a rejected prescription (its own notice tells why). */
export const PRESCRIPTION_REJECTED = 'prescription_rejected';

async function readableOrder(db: Executor, user: AuthUser, orderId: string) {
  const order = await findOrderRef(db, orderId);
  if (!order || !canReadPrescription(user, order)) throw new AppError('ORDER_NOT_FOUND');
  return order;
}

const fileUrl = (orderId: string, fileId: string) =>
  `/api/v1/orders/${orderId}/prescriptions/${fileId}`;

/** An order's prescription as its buyer or its pharmacy sees it: status, files, decision. */
export async function orderPrescription(db: Executor, user: AuthUser, orderId: string) {
  const order = await readableOrder(db, user, orderId);
  return present(db, order);
}

async function present(db: Executor, order: OrderRef) {
  const [files, review, pharmacist] = await Promise.all([
    db
      .selectFrom('prescription_files')
      .select(['id', 'content_type', 'size_bytes', 'created_at'])
      .where('order_id', '=', order.id)
      .orderBy('created_at')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('prescription_reviews')
      .selectAll()
      .where('order_id', '=', order.id)
      .executeTakeFirst(),
    pharmacistOf(db, order.shop_id),
  ]);
  return {
    orderId: order.id,
    status: order.prescription_status,
    files: files.map((f) => ({
      id: f.id,
      contentType: f.content_type,
      sizeBytes: f.size_bytes,
      createdAt: f.created_at.toISOString(),
      url: fileUrl(order.id, f.id),
    })),
    review: review
      ? {
          decision: review.decision,
          reason: review.reason,
          pharmacistName: review.pharmacist_name,
          pharmacistRegistrationNo: review.pharmacist_registration_no,
          at: review.created_at.toISOString(),
        }
      : null,
    pharmacist: pharmacist && { name: pharmacist.name, registrationNo: pharmacist.registrationNo },
  };
}

/**
 * The buyer adds prescription files to an order that needs one, before the pharmacy decided:
 * checked by content, stored privately, the status moves to `submitted` and the shop is told.
 */
export async function uploadForOrder(
  ctx: AppContext,
  user: AuthUser,
  orderId: string,
  uploads: Buffer[],
) {
  const before = await findOrderRef(ctx.db, orderId);
  if (!before || !isBuyer(user, before)) throw new AppError('ORDER_NOT_FOUND');
  assertOpen(before);
  const checked = [];
  for (const data of uploads) checked.push(await checkFile(data));
  const stored = await storeFiles(ctx, checked);
  try {
    await ctx.db.transaction().execute(async (tx) => {
      // The order's row lock serializes uploads and reviews of this order.
      const order = (await findOrderRef(tx, orderId, { lock: true }))!;
      assertOpen(order);
      const { n } = await tx
        .selectFrom('prescription_files')
        .select((eb) => eb.fn.countAll<string>().as('n'))
        .where('order_id', '=', orderId)
        .executeTakeFirstOrThrow();
      if (Number(n) + stored.length > MAX_PRESCRIPTION_FILES)
        throw new AppError('PRESCRIPTION_FILE_LIMIT', { max: MAX_PRESCRIPTION_FILES });
      await tx
        .insertInto('prescription_files')
        .values(
          stored.map((s) => ({
            order_id: orderId,
            request_id: null,
            uploaded_by: user.id,
            content_type: s.file.type,
            size_bytes: s.file.data.length,
            storage_key: s.key,
          })),
        )
        .execute();
      if (order.prescription_status === 'required') {
        await setPrescriptionStatus(tx, orderId, 'submitted');
        await emitEvent(tx, 'prescription.submitted', await orderEventPayload(tx, orderId));
      }
    });
  } catch (error) {
    await removeFiles(
      ctx,
      stored.map((s) => s.key),
    );
    throw error;
  }
  return present(ctx.db, (await findOrderRef(ctx.db, orderId))!);
}

function assertOpen(order: OrderRef) {
  if (!order.prescription_status) throw new AppError('PRESCRIPTION_NOT_REQUIRED');
  if (order.prescription_status === 'approved' || order.prescription_status === 'rejected')
    throw new AppError('PRESCRIPTION_ALREADY_REVIEWED');
  if (!(openForPrescription as readonly string[]).includes(order.status))
    throw new AppError('PRESCRIPTION_CLOSED', { status: order.status });
}

/** One prescription file's bytes, for the buyer and the shop's owner only. */
export async function fileForOrder(
  ctx: AppContext,
  user: AuthUser,
  orderId: string,
  fileId: string,
) {
  await readableOrder(ctx.db, user, orderId);
  const row = await ctx.db
    .selectFrom('prescription_files')
    .select(['content_type', 'storage_key'])
    .where('id', '=', fileId)
    .where('order_id', '=', orderId)
    .executeTakeFirst();
  const data = row && (await readStored(ctx, row.storage_key));
  if (!row || !data) throw new AppError('PRESCRIPTION_FILE_NOT_FOUND');
  return { contentType: row.content_type, data };
}

/**
 * The pharmacy's decision, by the shop's owner under its registered pharmacist's name. Approve
 * lets the order be accepted; reject (with a reason) ends the order through the ordinary steps
 * (stock back, payment voided or refunded) and tells the customer why. One decision per order: a
 * replay of the same decision answers as the first did; a different one is refused. The order's
 * row lock makes concurrent reviews take turns.
 */
export async function reviewPrescription(
  ctx: AppContext,
  user: AuthUser,
  orderId: string,
  input: { decision: ReviewDecision; reason: string | null },
) {
  const before = await findOrderRef(ctx.db, orderId);
  if (!before || !isShopOwner(user, before)) throw new AppError('ORDER_NOT_FOUND');
  if (input.decision === 'reject' && !input.reason)
    throw new AppError('PRESCRIPTION_REASON_REQUIRED');
  const refundPaymentId = await ctx.db.transaction().execute(async (tx) => {
    const order = (await findOrderRef(tx, orderId, { lock: true }))!;
    const existing = await tx
      .selectFrom('prescription_reviews')
      .select('decision')
      .where('order_id', '=', orderId)
      .executeTakeFirst();
    if (existing) {
      if (existing.decision === input.decision) return null;
      throw new AppError('PRESCRIPTION_ALREADY_REVIEWED');
    }
    if (!order.prescription_status) throw new AppError('PRESCRIPTION_NOT_REQUIRED');
    if (order.prescription_status === 'required') throw new AppError('PRESCRIPTION_NOT_SUBMITTED');
    if (!(openForPrescription as readonly string[]).includes(order.status))
      throw new AppError('PRESCRIPTION_CLOSED', { status: order.status });
    const pharmacist = await pharmacistOf(tx, order.shop_id);
    if (!pharmacist) throw new AppError('PHARMACIST_REQUIRED');
    await tx
      .insertInto('prescription_reviews')
      .values({
        order_id: orderId,
        decision: input.decision,
        reason: input.reason,
        reviewer_id: user.id,
        pharmacist_name: pharmacist.name,
        pharmacist_registration_no: pharmacist.registrationNo,
        request_id: null,
      })
      .execute();
    const payload = await orderEventPayload(tx, orderId);
    if (input.decision === 'approve') {
      await setPrescriptionStatus(tx, orderId, 'approved');
      await emitEvent(tx, 'prescription.approved', payload);
      return null;
    }
    await setPrescriptionStatus(tx, orderId, 'rejected');
    const outcome = await refuseOrder(
      tx,
      orderId,
      { id: user.id, role: 'seller' },
      PRESCRIPTION_REJECTED,
    );
    await emitEvent(tx, 'prescription.rejected', { ...payload, reason: input.reason });
    return outcome.refundPaymentId;
  });
  if (refundPaymentId) await refundPayment(ctx, paymentGateway(ctx), refundPaymentId);
  return present(ctx.db, (await findOrderRef(ctx.db, orderId))!);
}
