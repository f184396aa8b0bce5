import { createHash, randomInt, timingSafeEqual } from 'node:crypto';
import { sql } from 'kysely';
import type { AppContext } from '../../platform/context.ts';
import type { Executor } from '../../platform/db/index.ts';
import { AppError } from '../../platform/errors.ts';
import { consumeLimit } from '../../platform/http/rate-limit.ts';
import type { Locale } from '../../platform/i18n.ts';
import { normalizeBdPhone } from '../../platform/phone.ts';
import { asciiDigits, bengaliDigits } from '../../platform/text.ts';

const OTP_TTL_MINUTES = 10;
const OTP_MAX_ATTEMPTS = 5;
const RESEND_AFTER_SECONDS = 60;

const codeHash = (customerId: string, phone: string, code: string) =>
  createHash('sha256').update(`${customerId}|${phone}|${code}`).digest('hex');

/**
 * Texts a one-time code to a phone the customer wants cash-on-delivery orders delivered to (their
 * own number again when its verification is old, or another one: a relative's). One code per
 * customer and phone at a time, at most one a minute.
 */
export async function sendDeliveryPhoneOtp(
  ctx: AppContext,
  customerId: string,
  rawPhone: string,
  locale: Locale,
) {
  const phone = normalizeBdPhone(rawPhone);
  if (!phone) throw new AppError('PHONE_INVALID');
  // Many accounts must not be able to flood one number with codes either.
  await consumeLimit(ctx.kv, { name: 'risk-otp-phone', max: 5, windowMs: 3_600_000 }, phone);
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  const row = await ctx.db
    .insertInto('risk_phone_otps')
    .values({
      customer_id: customerId,
      phone,
      code_hash: codeHash(customerId, phone, code),
      expires_at: sql<Date>`now() + make_interval(mins => ${OTP_TTL_MINUTES})`,
    })
    .onConflict((oc) =>
      oc
        .columns(['customer_id', 'phone'])
        .doUpdateSet({
          code_hash: (eb) => eb.ref('excluded.code_hash'),
          expires_at: (eb) => eb.ref('excluded.expires_at'),
          attempts: 0,
          created_at: sql<Date>`now()`,
        })
        .where(
          'risk_phone_otps.created_at',
          '<',
          sql<Date>`now() - make_interval(secs => ${RESEND_AFTER_SECONDS})`,
        ),
    )
    .returning('phone')
    .executeTakeFirst();
  if (!row) throw new AppError('RISK_OTP_TOO_SOON');
  const body =
    locale === 'bn'
      ? `হাট: ক্যাশ অন ডেলিভারির নম্বর যাচাইয়ের কোড ${bengaliDigits(code)}। কাউকে বলবেন না।`
      : `Haat: your code to verify this number for cash on delivery is ${code}. Do not share it.`;
  await ctx.sms.send({ to: phone, body });
  return { phone, expiresInMinutes: OTP_TTL_MINUTES };
}

/** Checks the code; a right one marks the phone verified for this customer's COD orders. */
export async function verifyDeliveryPhone(
  ctx: AppContext,
  customerId: string,
  rawPhone: string,
  code: string,
) {
  const phone = normalizeBdPhone(rawPhone);
  if (!phone) throw new AppError('PHONE_INVALID');
  return ctx.db
    .transaction()
    .execute(async (tx) => {
      const otp = await tx
        .updateTable('risk_phone_otps')
        .set({ attempts: sql`attempts + 1` })
        .where('customer_id', '=', customerId)
        .where('phone', '=', phone)
        .where('expires_at', '>', sql<Date>`now()`)
        .where('attempts', '<', OTP_MAX_ATTEMPTS)
        .returning('code_hash')
        .executeTakeFirst();
      const given = Buffer.from(codeHash(customerId, phone, asciiDigits(code.trim())));
      if (!otp || !timingSafeEqual(Buffer.from(otp.code_hash), given)) {
        // The spent attempt is kept (commit), the answer is the same whatever was wrong.
        return null;
      }
      await tx
        .deleteFrom('risk_phone_otps')
        .where('customer_id', '=', customerId)
        .where('phone', '=', phone)
        .execute();
      const row = await tx
        .insertInto('risk_verified_phones')
        .values({ customer_id: customerId, phone })
        .onConflict((oc) =>
          oc.columns(['customer_id', 'phone']).doUpdateSet({ verified_at: sql<Date>`now()` }),
        )
        .returning(['phone', 'verified_at'])
        .executeTakeFirstOrThrow();
      return { phone: row.phone, verifiedAt: row.verified_at.toISOString() };
    })
    .then((r) => {
      if (!r) throw new AppError('RISK_OTP_INVALID');
      return r;
    });
}

/** The delivery phones a customer proved by OTP, for their data export. */
export async function deliveryPhonesForExport(db: Executor, customerId: string) {
  const rows = await db
    .selectFrom('risk_verified_phones')
    .select(['phone', 'verified_at'])
    .where('customer_id', '=', customerId)
    .orderBy('verified_at')
    .execute();
  return rows.map((r) => ({ phone: r.phone, verifiedAt: r.verified_at.toISOString() }));
}

/**
 * A deleted account's part of the COD guard: its proven phones and pending codes, and the phone
 * kept on the risk assessments of its orders (the orders keep their scores, not the number).
 */
export async function forgetRiskCustomer(tx: Executor, customerId: string) {
  await tx.deleteFrom('risk_verified_phones').where('customer_id', '=', customerId).execute();
  await tx.deleteFrom('risk_phone_otps').where('customer_id', '=', customerId).execute();
  await tx
    .updateTable('risk_assessments')
    .set({ phone: '' })
    .where('order_id', 'in', (eb) =>
      eb.selectFrom('orders').select('id').where('customer_id', '=', customerId),
    )
    .execute();
}
