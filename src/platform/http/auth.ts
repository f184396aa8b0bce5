import type { FastifyInstance, FastifyRequest } from 'fastify';
import { errors as joseErrors, jwtVerify, SignJWT } from 'jose';
import { AppError } from '../errors.ts';

export const roles = ['customer', 'seller', 'admin'] as const;
export type Role = (typeof roles)[number];

/** Who may call a route: everyone, or any signed-in user holding one of these roles. */
export type RouteAuth = 'public' | readonly Role[];

export type AuthUser = { id: string; role: Role };

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
  }
}

export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
const ISSUER = 'haat';
const AUDIENCE = 'haat-api';

/** `sessionId` (claim `sid`) names the refresh-token family the token was issued with, if any. */
export async function signAccessToken(
  secret: Uint8Array,
  user: AuthUser,
  ttlSeconds = ACCESS_TOKEN_TTL_SECONDS,
  sessionId?: string,
) {
  return new SignJWT(sessionId ? { role: user.role, sid: sessionId } : { role: user.role })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(user.id)
    .setIssuer(ISSUER)
    .setAudience(AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${ttlSeconds}s`)
    .sign(secret);
}

/** Verifies signature (HS256 only: `alg: none` and other algorithms are refused), issuer, audience, expiry. */
export async function verifyAccessToken(secret: Uint8Array, token: string): Promise<AuthUser> {
  try {
    const { payload } = await jwtVerify(token, secret, {
      algorithms: ['HS256'],
      issuer: ISSUER,
      audience: AUDIENCE,
    });
    const role = payload.role;
    if (typeof payload.sub !== 'string' || !roles.includes(role as Role)) {
      throw new AppError('UNAUTHENTICATED', { reason: 'invalid_token' });
    }
    return { id: payload.sub, role: role as Role };
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
 * Every route under /api must declare `config.auth`; a route that forgets fails at start, not in
 * production. Requests to role-restricted routes need a valid access token with one of the roles.
 */
export function registerAuth(app: FastifyInstance, secret: Uint8Array) {
  app.decorateRequest('user', null);
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
      if (token) request.user = await verifyAccessToken(secret, token).catch(() => null);
      return;
    }
    if (!token) throw new AppError('UNAUTHENTICATED', { reason: 'missing_token' });
    const user = await verifyAccessToken(secret, token);
    if (!auth.includes(user.role)) throw new AppError('FORBIDDEN', { requiredRoles: [...auth] });
    request.user = user;
  });
}

/** The signed-in user on a route that requires one (the onRequest hook has already checked). */
export function currentUser(request: FastifyRequest): AuthUser {
  if (!request.user) throw new AppError('UNAUTHENTICATED');
  return request.user;
}
