import type { FastifyRequest } from 'fastify';
import type { Config } from '../config.ts';
import type { AppContext } from '../context.ts';
import { AppError } from '../errors.ts';
import type { KeyValueStore } from '../kv/index.ts';

/** A fixed-window counter in ctx.kv (Redis in production, so every API process shares it). */
export type RateLimit = { name: string; max: number; windowMs: number };

const MINUTE = 60_000;

/**
 * Request limits of expensive public and upload routes, per signed-in user, or per client IP
 * (`request.ip`, see TRUST_PROXY) for anonymous callers. Documented in docs/security.md.
 */
export const requestLimits = {
  /** Product images and review photos: each is decoded and re-encoded (CPU, memory). */
  imageUpload: (config: Config): RateLimit => ({
    name: 'upload:image',
    max: config.IMAGE_UPLOAD_LIMIT_PER_MINUTE,
    windowMs: MINUTE,
  }),
  /** Search, nearby products and shops in a map box: full-text and geo queries. */
  search: (config: Config): RateLimit => ({
    name: 'search',
    max: config.SEARCH_LIMIT_PER_MINUTE,
    windowMs: MINUTE,
  }),
  /** Autocomplete: one request per typed character, so a larger allowance. */
  suggest: (config: Config): RateLimit => ({
    name: 'suggest',
    max: config.SUGGEST_LIMIT_PER_MINUTE,
    windowMs: MINUTE,
  }),
} satisfies Record<string, (config: Config) => RateLimit>;

/** Counts this request and refuses it (429 RATE_LIMITED, Retry-After) past the limit. */
export async function consumeLimit(kv: KeyValueStore, limit: RateLimit, subject: string) {
  const { count, ttlMs } = await kv.increment(`rl:${limit.name}:${subject}`, limit.windowMs);
  if (count > limit.max) {
    throw new AppError('RATE_LIMITED', { retryAfter: Math.max(1, Math.ceil(ttlMs / 1000)) });
  }
}

/** Whose allowance a request uses: the signed-in user's, else the client IP's. */
export function limitSubject(request: FastifyRequest): string {
  return request.user ? `user:${request.user.id}` : `ip:${request.ip}`;
}

/**
 * A preHandler for a route: runs after authentication and validation, before the handler reads
 * an upload's body or queries anything.
 */
export function rateLimit(ctx: AppContext, limit: (config: Config) => RateLimit) {
  const resolved = limit(ctx.config);
  return async (request: FastifyRequest) => {
    try {
      await consumeLimit(ctx.kv, resolved, limitSubject(request));
    } catch (error) {
      if (error instanceof AppError && error.code === 'RATE_LIMITED') throw error;
      // These limits shed load; they must not take search or uploads down with Redis
      // (docs/reliability.md). Login, OTP and SMS limits stay strict: they guard accounts and money.
      request.log.warn(
        { err: error, limit: resolved.name },
        'rate limit not counted: store unavailable',
      );
    }
  };
}
