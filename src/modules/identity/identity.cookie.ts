import type { FastifyReply, FastifyRequest } from 'fastify';
import { publicUrl, type Config } from '../../platform/config.ts';
import { REFRESH_TOKEN_TTL_MS } from './identity.tokens.ts';

export const REFRESH_COOKIE = 'haat_rt';
const COOKIE_PATH = '/api/v1/auth';

/** Reads haat_rt from the Cookie header (the token is base64url, so no decoding is needed). */
export function readRefreshCookie(request: FastifyRequest): string | undefined {
  const header = request.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === REFRESH_COOKIE) return rest.join('=') || undefined;
  }
  return undefined;
}

function attributes(config: Config, maxAgeSeconds: number): string {
  const secure = publicUrl(config).startsWith('https:') ? '; Secure' : '';
  return `Path=${COOKIE_PATH}; HttpOnly; SameSite=Strict; Max-Age=${maxAgeSeconds}${secure}`;
}

export function setRefreshCookie(reply: FastifyReply, config: Config, token: string) {
  void reply.header(
    'set-cookie',
    `${REFRESH_COOKIE}=${token}; ${attributes(config, Math.floor(REFRESH_TOKEN_TTL_MS / 1000))}`,
  );
}

export function clearRefreshCookie(reply: FastifyReply, config: Config) {
  void reply.header('set-cookie', `${REFRESH_COOKIE}=; ${attributes(config, 0)}`);
}
