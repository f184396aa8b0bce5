import type { KeyValueStore } from '../../platform/kv/index.ts';
import { AppError } from '../../platform/errors.ts';

export type Limit = { name: string; max: number; windowMs: number };

const MINUTE = 60_000;

/** Documented in docs/identity.md; counters live in ctx.kv (Redis or memory). */
export const limits = {
  loginAccount: { name: 'login:acct', max: 5, windowMs: 15 * MINUTE },
  loginIp: { name: 'login:ip', max: 20, windowMs: 15 * MINUTE },
  registerIp: { name: 'register:ip', max: 30, windowMs: 60 * MINUTE },
  registerEmail: { name: 'register:email', max: 5, windowMs: 60 * MINUTE },
  otpSendAccount: { name: 'otp-send:acct', max: 5, windowMs: 60 * MINUTE },
  otpSendIp: { name: 'otp-send:ip', max: 20, windowMs: 60 * MINUTE },
  otpVerifyIp: { name: 'otp-verify:ip', max: 30, windowMs: 15 * MINUTE },
  forgotIdentifier: { name: 'forgot:id', max: 5, windowMs: 60 * MINUTE },
  forgotIp: { name: 'forgot:ip', max: 20, windowMs: 60 * MINUTE },
  resetIp: { name: 'reset:ip', max: 20, windowMs: 15 * MINUTE },
  unlockSendIdentifier: { name: 'unlock-send:id', max: 5, windowMs: 60 * MINUTE },
  unlockSendIp: { name: 'unlock-send:ip', max: 10, windowMs: 60 * MINUTE },
  unlockIp: { name: 'unlock:ip', max: 20, windowMs: 15 * MINUTE },
} satisfies Record<string, Limit>;

export const RESEND_COOLDOWN_MS = 60_000;

const key = (limit: Limit, subject: string) => `rl:${limit.name}:${subject}`;

function limited(ttlMs: number, details: Record<string, unknown> = {}): AppError {
  return new AppError('RATE_LIMITED', {
    retryAfter: Math.max(1, Math.ceil(ttlMs / 1000)),
    ...details,
  });
}

/** Refuses when `subject` has already used up the limit (counts failures recorded with `recordHit`). */
export async function assertNotLimited(
  kv: KeyValueStore,
  limit: Limit,
  subject: string,
  details?: Record<string, unknown>,
) {
  const k = key(limit, subject);
  const count = Number((await kv.get(k)) ?? 0);
  if (count >= limit.max) throw limited(await kv.ttlMs(k), details);
}

export async function recordHit(kv: KeyValueStore, limit: Limit, subject: string) {
  await kv.increment(key(limit, subject), limit.windowMs);
}

export async function clearHits(kv: KeyValueStore, limit: Limit, subject: string) {
  await kv.delete(key(limit, subject));
}

/** Counts this attempt and refuses it when it goes over the limit (for sends and verifications). */
export async function consume(kv: KeyValueStore, limit: Limit, subject: string) {
  const { count, ttlMs } = await kv.increment(key(limit, subject), limit.windowMs);
  if (count > limit.max) throw limited(ttlMs);
}

/** One send per `RESEND_COOLDOWN_MS` per subject. */
export async function cooldown(kv: KeyValueStore, name: string, subject: string) {
  const k = `cooldown:${name}:${subject}`;
  if (!(await kv.setIfAbsent(k, '1', RESEND_COOLDOWN_MS))) throw limited(await kv.ttlMs(k));
}
