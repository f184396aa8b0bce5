import type { FastifyInstance, FastifyRequest } from 'fastify';
import { errors as joseErrors, jwtVerify, SignJWT } from 'jose';
import { AppError } from '../errors.ts';

export const roles = ['customer', 'seller', 'admin'] as const;
export type Role = (typeof roles)[number];

/** Who may call a route: everyone, or any signed-in user holding one of these roles. */
export type RouteAuth = 'public' | readonly Role[];

/** `role` is the account's CURRENT role (from the database), never the token's claim. */
export type AuthUser = { id: string; role: Role; sessionId?: string };

export type AccountStatus = 'active' | 'blocked' | 'deleted';
/** What every authenticated request is checked against (kept briefly in the KV store). */
export type AccountState = { role: Role; status: AccountStatus; tokenVersion: number };
/** Looks up an account's current state; null when there is no such account. */
export type AccountStates = (userId: string) => Promise<AccountState | null>;

/** What a verified access token says: who, the role when it was issued, session and version. */
export type TokenClaims = AuthUser & { tokenVersion: number };

declare module 'fastify' {
  interface FastifyContextConfig {
    auth?: RouteAuth;
  }
  interface FastifyRequest {
    user: AuthUser | null;
  }
  interface FastifyInstance {
    /** Every API route with the roles it declared, as registered (for the security suite and docs). */
    routeAuth: { method: string; url: string; auth: RouteAuth }[];
    /** The account state source the auth hook uses (for credentials other than a bearer token). */
    accountState: AccountStates;
  }
}

export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
const ISSUER = 'haat';
const AUDIENCE = 'haat-api';

/**
 * `sessionId` (claim `sid`) names the refresh-token family the token was issued with, if any;
 * `tokenVersion` (claim `ver`, 0 when absent) must equal the account's current version.
 */
export async function signAccessToken(
  secret: Uint8Array,
  user: { id: string; role: Role },
  ttlSeconds = ACCESS_TOKEN_TTL_SECONDS,
  sessionId?: string,
  tokenVersion = 0,
) {
  return new SignJWT({
    role: user.role,
    ...(sessionId ? { sid: sessionId } : {}),
    ...(tokenVersion ? { ver: tokenVersion } : {}),
  })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(user.id)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(await hmacKey(secret));
}

/**
 * The secret as a WebCrypto HMAC key, imported once per secret: handing jose the raw bytes imports
 * the key again on every request (about half a millisecond of a busy event loop each).
 */
const hmacKeys = new WeakMap<Uint8Array, Promise<CryptoKey>>();
function hmacKey(secret: Uint8Array): Promise<CryptoKey> {
  let key = hmacKeys.get(secret);
  if (!key) {
    key = crypto.subtle.importKey(
      'raw',
      new Uint8Array(secret),
      { name: 'HMAC', hash: 'SHA-256' },
      false,
      ['sign', 'verify'],
    );
    hmacKeys.set(secret, key);
  }
  return key;
}

/** Verifies signature (HS256 only: `alg: none` and other algorithms are refused), issuer, audience, expiry. */
export async function verifyAccessToken(secret: Uint8Array, token: string): Promise<TokenClaims> {
  try {
    const { payload } = await jwtVerify(token, await hmacKey(secret), {
      algorithms: ['HS256'],
      issuer: ISSUER,
      audience: AUDIENCE,
    });
    const { role, sid, ver = 0 } = payload;
    if (
      typeof payload.sub !== 'string' ||
      !roles.includes(role as Role) ||
      (sid !== undefined && typeof sid !== 'string') ||
      typeof ver !== 'number'
    ) {
      throw new AppError('UNAUTHENTICATED', { reason: 'invalid_token' });
    }
    return {
      id: payload.sub,
      role: role as Role,
      tokenVersion: ver,
      ...(typeof sid === 'string' ? { sessionId: sid } : {}),
    };
  } catch (error) {
    if (error instanceof AppError) throw error;
    const reason = error instanceof joseErrors.JWTExpired ? 'token_expired' : 'invalid_token';
    throw new AppError('UNAUTHENTICATED', { reason });
  }
}

function bearerToken(request: FastifyRequest): string | null {
  const header = request.headers.authorization;
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match?.[1] ?? null;
}

/**
 * A verified token is not enough: the account must still be active, the token's version current
 * (a password change, block or deletion bumps it), and the role is the account's role NOW. So a
 * blocked, deleted or demoted user loses their powers on the next request, not when the token
 * expires.
 */
export async function authenticate(
  secret: Uint8Array,
  states: AccountStates,
  token: string,
): Promise<AuthUser> {
  const claims = await verifyAccessToken(secret, token);
  const state = await states(claims.id);
  if (!state) throw new AppError('UNAUTHENTICATED', { reason: 'no_account' });
  if (state.status === 'blocked') {
    throw new AppError('UNAUTHENTICATED', { reason: 'account_disabled' });
  }
  if (state.status === 'deleted') {
    throw new AppError('UNAUTHENTICATED', { reason: 'account_deleted' });
  }
  if (state.tokenVersion !== claims.tokenVersion) {
    throw new AppError('UNAUTHENTICATED', { reason: 'token_revoked' });
  }
  return {
    id: claims.id,
    role: state.role,
    ...(claims.sessionId ? { sessionId: claims.sessionId } : {}),
  };
}

/**
 * Every route under /api must declare `config.auth`; a route that forgets fails at start, not in
 * production. Requests to role-restricted routes need a valid access token of an active account
 * whose current role is one of the roles.
 */
export function registerAuth(app: FastifyInstance, secret: Uint8Array, states: AccountStates) {
  app.decorateRequest('user', null);
  app.decorate('accountState', states);
  const table: FastifyInstance['routeAuth'] = [];
  app.decorate('routeAuth', table);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/v1')) return;
    const auth = route.config?.auth;
    if (auth === undefined) {
      throw new Error(`Route ${route.method} ${route.url} does not declare config.auth`);
    }
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') table.push({ method, url: route.url, auth });
    }
  });
  app.addHook('onRequest', async (request) => {
    const auth = request.routeOptions.config?.auth;
    if (auth === undefined) return;
    const token = bearerToken(request);
    if (auth === 'public') {
      if (token) request.user = await authenticate(secret, states, token).catch(() => null);
      return;
    }
    if (!token) throw new AppError('UNAUTHENTICATED', { reason: 'missing_token' });
    const user = await authenticate(secret, states, token);
    if (!auth.includes(user.role)) throw new AppError('FORBIDDEN', { requiredRoles: [...auth] });
    request.user = user;
  });
}

/** The signed-in user on a route that requires one (the onRequest hook has already checked). */
export function currentUser(request: FastifyRequest): AuthUser {
  if (!request.user) throw new AppError('UNAUTHENTICATED');
  return request.user;
}
