import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { randomUUID } from 'node:crypto';
import { loadConfig } from '../../src/platform/config.ts';
import { createContext, type AppContext } from '../../src/platform/context.ts';
import { loggerOptions } from '../../src/platform/logger.ts';
import type { HttpApp } from '../../src/platform/http/types.ts';
import { buildServer } from '../../src/server.ts';
import {
  codeFrom,
  lastSmsTo,
  PASSWORD,
  randomIp,
  registerUser,
  rememberContext,
} from '../helpers/identity.ts';
import { randomEmail, randomPhone } from '../helpers/factories.ts';

/**
 * OWASP API8 (security misconfiguration) and the secrets half of API2: security headers on API and
 * web responses, the CORS policy, and what reaches the log. The app here is built with a logger
 * writing every line (trace level) into memory, and the web app served from a stub build.
 */

const SECRETS = {
  JWT_SECRET: `jwt-${randomUUID()}-${randomUUID()}`,
  BKASH_APP_SECRET: `bkash-secret-${randomUUID()}`,
  BKASH_PASSWORD: `bkash-password-${randomUUID()}`,
  SMTP_URL: `smtp://haat:smtp-password-${randomUUID().slice(0, 8)}@127.0.0.1:1`,
};

let ctx: AppContext;
let app: HttpApp;
let webDir: string;
let logText = '';

beforeAll(async () => {
  webDir = await mkdtemp(path.join(tmpdir(), 'haat-web-stub-'));
  await writeFile(
    path.join(webDir, 'index.html'),
    '<!doctype html><title>Haat</title><div id="root"></div>',
  );
  const sink = new Writable({
    write(chunk, _encoding, done) {
      logText += chunk.toString();
      done();
    },
  });
  const config = loadConfig({
    ...process.env,
    NODE_ENV: 'test',
    LOG_LEVEL: 'trace',
    DATABASE_URL: inject('databaseUrl'),
    WEB_DIST_DIR: webDir,
    ...SECRETS,
  });
  ctx = await createContext(config, {
    migrate: false,
    namespace: `test-${randomUUID()}`,
    logger: pino(loggerOptions('trace'), sink),
  });
  app = await buildServer(ctx);
  await app.ready();
  rememberContext(app, ctx);
});
afterAll(async () => {
  await app?.close();
  await ctx?.close();
  await rm(webDir, { recursive: true, force: true });
});

describe('security headers', () => {
  it('API answers carry nosniff, no framing, a referrer policy and no X-Powered-By', async () => {
    const res = await app.inject({ url: '/api/v1/categories' });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('the web app is served with a CSP that forbids inline and foreign scripts and framing', async () => {
    const res = await app.inject({ url: '/' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/html/);
    const csp = String(res.headers['content-security-policy']);
    const directive = (name: string) =>
      csp
        .split(';')
        .map((d) => d.trim())
        .find((d) => d.startsWith(`${name} `)) ?? '';
    expect(directive('script-src')).toBe("script-src 'self'");
    expect(directive('default-src')).toBe("default-src 'self'");
    expect(directive('object-src')).toBe("object-src 'none'");
    expect(directive('frame-ancestors')).toBe("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-eval');
  });

  it('error answers carry no stack trace or internals', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: '{"x":',
      headers: { 'content-type': 'application/json' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.body).not.toMatch(/at \w+ \(|node_modules|\.ts:\d+/);
  });
});

describe('CORS', () => {
  it('a preflight from a foreign origin gets no Access-Control-Allow-Origin', async () => {
    const res = await app.inject({
      method: 'OPTIONS',
      url: '/api/v1/me',
      headers: {
        origin: 'https://evil.example',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization',
      },
    });
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    expect(res.headers['access-control-allow-credentials']).toBeUndefined();
  });

  it('a cross-origin request is answered without CORS headers, so the browser withholds it', async () => {
    const res = await app.inject({
      url: '/api/v1/categories',
      headers: { origin: 'https://evil.example' },
    });
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    expect(res.headers['access-control-allow-credentials']).toBeUndefined();
  });
});

describe('secrets absent from logs', () => {
  it('passwords, codes, tokens, cookies and configured secrets never reach a log line', async () => {
    const ip = randomIp();
    const phone = randomPhone().replace('+88', '');
    const email = randomEmail();
    const session = await registerUser(app, { name: 'Log Test', phone, email }, ip);
    // The registration code (already used), and a phone code sent after registration.
    const otp = codeFrom((await lastSmsTo(ctx, session.user.phone))!.body);
    const auth = { authorization: `Bearer ${session.accessToken}` };
    await app.inject({
      method: 'POST',
      url: '/api/v1/auth/verify/phone',
      headers: auth,
      payload: { code: otp },
    });
    const login = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { identifier: email, password: PASSWORD },
      remoteAddress: ip,
    });
    const refreshToken = (login.json() as { refreshToken: string }).refreshToken;
    const refreshed = await app.inject({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      payload: { refreshToken },
    });
    expect(refreshed.statusCode).toBe(200);
    await app.inject({
      url: '/api/v1/me',
      headers: { ...auth, cookie: `haat_refresh=${refreshed.json().refreshToken}` },
    });
    await app.inject({
      method: 'POST',
      url: '/api/v1/auth/password/forgot',
      payload: { identifier: session.user.phone },
      remoteAddress: ip,
    });
    const resetCode = codeFrom((await lastSmsTo(ctx, session.user.phone))!.body);
    await app.inject({
      method: 'POST',
      url: '/api/v1/auth/password/reset',
      payload: { phone: session.user.phone, code: resetCode, newPassword: 'a-new-password-2026' },
      remoteAddress: ip,
    });
    // A failed login logs the attempt: with the identifier, never the password tried.
    await app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { identifier: email, password: 'Wrong-Password-Tried-77' },
      remoteAddress: ip,
    });

    expect(logText.length).toBeGreaterThan(1000); // the requests were logged at all
    const forbidden = [
      PASSWORD,
      'a-new-password-2026',
      'Wrong-Password-Tried-77',
      otp,
      resetCode,
      session.accessToken,
      session.refreshToken,
      refreshToken,
      refreshed.json().refreshToken,
      ...Object.values(SECRETS),
      'smtp-password',
    ];
    const leaked = forbidden.filter((secret) => logText.includes(secret));
    expect(leaked).toEqual([]);
  });
});
