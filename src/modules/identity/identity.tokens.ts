import { createHash, createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import type { LinkPurpose } from './identity.tables.ts';

export const REFRESH_TOKEN_TTL_MS = 30 * 24 * 60 * 60 * 1000;
export const OTP_TTL_MS = 10 * 60 * 1000;
export const OTP_MAX_ATTEMPTS = 5;
export const LINK_TTL_MS: Record<LinkPurpose, number> = {
  email_verify: 24 * 60 * 60 * 1000,
  password_reset: 60 * 60 * 1000,
  unlock: 15 * 60 * 1000,
};

export function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/** An opaque refresh token (256 random bits); only its sha256 is stored. */
export function newRefreshToken(): string {
  return randomBytes(32).toString('base64url');
}

export function newOtpCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}

/**
 * A 6-digit code has only a million values, so a plain hash would be reversible from a database
 * dump: codes are stored as an HMAC keyed by the server secret and bound to the code row.
 */
export function otpHash(secret: Uint8Array, codeId: string, code: string): string {
  return createHmac('sha256', secret).update(`${codeId}:${code}`).digest('hex');
}

export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

const LINK_ISSUER = 'haat';
const LINK_AUDIENCE = 'haat-link';

/** A signed (HS256) link token; its id is the link_tokens row that makes it single-use. */
export async function signLinkToken(
  secret: Uint8Array,
  claims: { id: string; userId: string; purpose: LinkPurpose; ttlMs: number },
): Promise<string> {
  return new SignJWT({ purpose: claims.purpose })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setJti(claims.id)
    .setSubject(claims.userId)
    .setIssuer(LINK_ISSUER)
    .setAudience(LINK_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(Math.floor((Date.now() + claims.ttlMs) / 1000))
    .sign(secret);
}

/** Checks signature, expiry and purpose; returns the row id, or null for anything wrong. */
export async function verifyLinkToken(
  secret: Uint8Array,
  token: string,
  purpose: LinkPurpose,
): Promise<{ id: string; userId: string } | null> {
  try {
    const { payload } = await jwtVerify(token, secret, {
      algorithms: ['HS256'],
      issuer: LINK_ISSUER,
      audience: LINK_AUDIENCE,
    });
    if (payload.purpose !== purpose || !payload.jti || !payload.sub) return null;
    return { id: payload.jti, userId: payload.sub };
  } catch {
    return null;
  }
}
