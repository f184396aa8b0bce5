import { audit, type AuditActor } from '../../platform/audit.ts';
import type { Executor } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors.ts';
import type { AuthUser } from '../../platform/http/auth.ts';
import { normalizeBdPhone } from '../../platform/phone.ts';
import { assertShopAccess } from '../shops/index.ts';
import type { PayoutMethodBody } from './payouts.schema.ts';
import type { Destination, PayoutMethodsTable } from './payouts.tables.ts';

type Row = Omit<PayoutMethodsTable, 'updated_at'> & { updated_at: Date };

export function presentMethod(r: Row | undefined) {
  if (!r) return null;
  return {
    kind: r.kind,
    msisdn: r.bkash_msisdn,
    accountName: r.account_name,
    accountNumber: r.account_number,
    bankName: r.bank_name,
    branchName: r.branch_name,
    routingNumber: r.routing_number,
    updatedAt: r.updated_at.toISOString(),
  };
}

export function findMethod(db: Executor, shopId: string) {
  return db
    .selectFrom('payout_methods')
    .selectAll()
    .where('shop_id', '=', shopId)
    .executeTakeFirst();
}

/** The destination a payout is sent to, as the method stands now. */
export function destinationOf(r: Row): Destination {
  if (r.kind === 'bkash') return { kind: 'bkash', msisdn: r.bkash_msisdn! };
  return {
    kind: 'bank',
    accountName: r.account_name!,
    accountNumber: r.account_number!,
    bankName: r.bank_name!,
    branchName: r.branch_name,
    routingNumber: r.routing_number!,
  };
}

/** A wallet or account number with all but its last digits hidden (lists, logs). */
export function maskDestination(d: Destination): string {
  const tail = (s: string) => `${'•'.repeat(Math.max(0, Math.min(6, s.length - 4)))}${s.slice(-4)}`;
  return d.kind === 'bkash' ? `bKash ${tail(d.msisdn)}` : `${d.bankName} ${tail(d.accountNumber)}`;
}

/** GET /shops/{id}/payout-method: its owner or an admin. */
export async function getMethod(db: Executor, user: AuthUser, shopId: string) {
  await assertShopAccess(db, user, shopId);
  return { method: presentMethod(await findMethod(db, shopId)) };
}

/** PUT /shops/{id}/payout-method: the shop's owner only (an admin cannot redirect a shop's money). */
export async function putMethod(
  db: Executor,
  user: AuthUser,
  actor: AuditActor,
  shopId: string,
  body: PayoutMethodBody,
) {
  await assertShopAccess(db, user, shopId, { access: 'owner' });
  let values: Omit<PayoutMethodsTable, 'updated_at' | 'shop_id' | 'updated_by'>;
  if (body.kind === 'bkash') {
    const msisdn = normalizeBdPhone(body.msisdn);
    if (!msisdn) throw new AppError('PAYOUT_METHOD_INVALID', { field: 'msisdn' });
    values = {
      kind: 'bkash',
      bkash_msisdn: msisdn,
      account_name: null,
      account_number: null,
      bank_name: null,
      branch_name: null,
      routing_number: null,
    };
  } else {
    values = {
      kind: 'bank',
      bkash_msisdn: null,
      account_name: body.accountName,
      account_number: body.accountNumber,
      bank_name: body.bankName,
      branch_name: body.branchName ?? null,
      routing_number: body.routingNumber,
    };
  }
  return db.transaction().execute(async (tx) => {
    const before = await findMethod(tx, shopId);
    const row = await tx
      .insertInto('payout_methods')
      .values({ shop_id: shopId, ...values, updated_by: user.id })
      .onConflict((oc) =>
        oc
          .column('shop_id')
          .doUpdateSet({ ...values, updated_by: user.id, updated_at: new Date() }),
      )
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(tx, {
      ...actor,
      action: 'payout.method_changed',
      targetType: 'shop',
      targetId: shopId,
      // Masked: the audit log is read more widely than the method itself.
      details: {
        before: before ? maskDestination(destinationOf(before)) : null,
        after: maskDestination(destinationOf(row)),
      },
    });
    return { method: presentMethod(row) };
  });
}
