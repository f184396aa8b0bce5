import type { AppContext } from '../../platform/context.ts';
import { AppError } from '../../platform/errors.ts';
import type { Bucket } from '../../platform/kv/index.ts';

const HOUR = 60 * 60_000;
const DAY = 24 * HOUR;

/** Who an SMS is for and who asked for it; each present part has its own hourly and daily cap. */
export type SmsSubject = { to: string; userId?: string | null; ip?: string | null };

type Cap = 'number' | 'account' | 'ip' | 'global';

/**
 * The caps on SMS that anyone can make Haat send (SMS pumping: a paid message per request). All
 * buckets are counted in one atomic step of the key-value store, and only when none is full, so a
 * refusal by one cap never spends another's budget. Limits come from SMS_LIMIT_* (docs/identity.md).
 */
function buckets(ctx: AppContext, subject: SmsSubject): { cap: Cap; bucket: Bucket }[] {
  const c = ctx.config;
  const pair = (cap: Cap, id: string, hour: number, day: number) => [
    { cap, bucket: { key: `sms:${cap}:h:${id}`, max: hour, windowMs: HOUR } },
    { cap, bucket: { key: `sms:${cap}:d:${id}`, max: day, windowMs: DAY } },
  ];
  return [
    ...pair('number', subject.to, c.SMS_LIMIT_NUMBER_HOUR, c.SMS_LIMIT_NUMBER_DAY),
    ...(subject.userId
      ? pair('account', subject.userId, c.SMS_LIMIT_ACCOUNT_HOUR, c.SMS_LIMIT_ACCOUNT_DAY)
      : []),
    ...(subject.ip ? pair('ip', subject.ip, c.SMS_LIMIT_IP_HOUR, c.SMS_LIMIT_IP_DAY) : []),
    ...pair('global', 'all', c.SMS_LIMIT_GLOBAL_HOUR, c.SMS_LIMIT_GLOBAL_DAY),
  ];
}

/**
 * Takes one SMS from every budget the message falls under, or refuses with 429 SMS_LIMIT (and a
 * Retry-After) when one is used up: then nothing is counted and nothing must be sent.
 */
export async function reserveSms(ctx: AppContext, subject: SmsSubject): Promise<void> {
  const list = buckets(ctx, subject);
  const result = await ctx.kv.consumeAll(list.map((b) => b.bucket));
  if (result.ok) return;
  const cap = list[result.index]!.cap;
  ctx.metrics.business.sms.inc({ outcome: 'refused', reason: cap });
  ctx.logger.warn({ cap, userId: subject.userId ?? undefined }, 'sms refused by its cap');
  const retryAfter = Math.max(1, Math.ceil(result.ttlMs / 1000));
  throw new AppError('SMS_LIMIT', {
    limit: cap,
    retryAfter,
    retryAfterMinutes: Math.ceil(retryAfter / 60),
  });
}

/** Sends a reserved SMS and counts the outcome. */
export async function sendSms(ctx: AppContext, message: { to: string; body: string }) {
  try {
    await ctx.sms.send(message);
    ctx.metrics.business.sms.inc({ outcome: 'sent', reason: 'none' });
  } catch (error) {
    ctx.metrics.business.sms.inc({ outcome: 'failed', reason: 'none' });
    throw error;
  }
}
