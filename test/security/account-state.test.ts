import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { liveBus } from '../../src/modules/notifications/notifications.live.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { createUser, type TestUser } from '../helpers/factories.ts';
import { lastMailTo, PASSWORD, randomIp, registerUser, tokenFrom } from '../helpers/identity.ts';
import { dropRedisNamespace } from '../helpers/processes.ts';
import { postShop } from '../helpers/shops.ts';
import { openNotificationStream, type EventStream } from '../helpers/streams.ts';

/**
 * Stale powers: a token is signed for 15 minutes, but a block, a deletion, a demotion, a logout or a
 * password change must take effect on the very next request, and close the notification streams
 * the account holds open. Each attack is one test.
 */

let t: TestApp;
let baseUrl: string;
let admin: TestUser;
const open: EventStream[] = [];

beforeAll(async () => {
  t = await createTestApp();
  baseUrl = await t.app.listen({ host: '127.0.0.1', port: 0 });
  admin = await createUser(t.ctx, { role: 'admin' });
});
afterAll(async () => {
  for (const s of open) s.close();
  await t?.close();
});

async function stream(auth: { authorization: string }, app = t) {
  const s = await openNotificationStream(app.app, baseUrl, auth);
  open.push(s);
  return s;
}

function block(userId: string, app = t, by = admin) {
  return app.app.inject({
    method: 'POST',
    url: `/api/v1/admin/users/${userId}/block`,
    headers: by.auth,
    payload: { reason: 'fraud report' },
  });
}

/** A notification pushed to the user's streams right now: proves a stream is still open. */
async function stillOpen(s: EventStream, userId: string) {
  const id = randomUUID();
  await liveBus(t.ctx).publish(userId, {
    id,
    kind: 'welcome',
    title: 'ping',
    body: 'ping',
    link: null,
    createdAt: new Date().toISOString(),
  });
  const got = await s.waitFor(
    (e) => e.event === 'notification' && (e.data as { id: string }).id === id,
  );
  return got !== undefined;
}

const login = (identifier: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { identifier, password: PASSWORD },
    remoteAddress: randomIp(),
  });

describe('stale powers in still-valid tokens', () => {
  it('disabled seller cannot create a shop with a still-valid access token', async () => {
    const seller = await createUser(t.ctx, { role: 'seller' });
    expect((await t.app.inject({ url: '/api/v1/me', headers: seller.auth })).statusCode).toBe(200);
    expect((await block(seller.id)).statusCode).toBe(200);

    const res = await postShop(t, seller.auth, { nameEn: 'Shop after block' });
    expect(res.statusCode).toBe(401);
    expect(res.json().error).toMatchObject({
      code: 'UNAUTHENTICATED',
      details: { reason: 'account_disabled' },
    });
    const shops = await t.ctx.db
      .selectFrom('shops')
      .select('id')
      .where('owner_id', '=', seller.id)
      .execute();
    expect(shops).toEqual([]);
  });

  it('demoted seller loses seller routes at once', async () => {
    const seller = await createUser(t.ctx, { role: 'seller' });
    expect((await postShop(t, seller.auth, { nameEn: 'Before' })).statusCode).toBe(201);
    const demote = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/admin/users/${seller.id}/role`,
      headers: admin.auth,
      payload: { role: 'customer' },
    });
    expect(demote.json()).toMatchObject({ id: seller.id, role: 'customer' });

    const res = await postShop(t, seller.auth, { nameEn: 'After' });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('FORBIDDEN');
    // The token still says "seller"; the request runs as what the account is now.
    const me = await t.app.inject({ url: '/api/v1/me', headers: seller.auth });
    expect(me.json().user.role).toBe('customer');
  });

  it('a customer promoted to admin by a forged claim gains nothing: the role comes from the account', async () => {
    const customer = await createUser(t.ctx);
    const { signAccessToken } = await import('../../src/platform/http/auth.ts');
    const token = await signAccessToken(t.ctx.jwtSecret, { id: customer.id, role: 'admin' });
    const res = await t.app.inject({
      url: '/api/v1/admin/users',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.statusCode).toBe(403);
  });

  it('deleted user cannot read notifications with an old token', async () => {
    const user = await registerUser(t.app);
    expect(
      (await t.app.inject({ url: '/api/v1/notifications', headers: user.auth })).statusCode,
    ).toBe(200);
    const del = await t.app.inject({
      method: 'DELETE',
      url: '/api/v1/me',
      headers: user.auth,
      payload: { password: PASSWORD },
    });
    expect(del.statusCode).toBe(204);

    const res = await t.app.inject({ url: '/api/v1/notifications', headers: user.auth });
    expect(res.statusCode).toBe(401);
    expect(res.json().error).toMatchObject({
      code: 'UNAUTHENTICATED',
      details: { reason: 'account_deleted' },
    });
    const refresh = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      payload: { refreshToken: user.refreshToken },
    });
    expect(refresh.statusCode).toBe(401);
  });

  it("blocked user's open notification stream is closed", async () => {
    const user = await createUser(t.ctx);
    const s = await stream(user.auth);
    expect((await block(user.id)).statusCode).toBe(200);
    expect(await s.closedReason()).toBe('account_blocked');
    expect(s.ended).toBe(true);
    // A ticket asked for before the block does not open a new one either.
    const late = await t.app.inject({
      method: 'POST',
      url: '/api/v1/notifications/stream-ticket',
      headers: user.auth,
    });
    expect(late.statusCode).toBe(401);
  });

  it('a stream ticket taken before a block does not open a stream after it', async () => {
    const user = await createUser(t.ctx);
    const ticket = await t.app.inject({
      method: 'POST',
      url: '/api/v1/notifications/stream-ticket',
      headers: user.auth,
    });
    await block(user.id);
    const res = await fetch(
      `${baseUrl}/api/v1/notifications/stream?ticket=${ticket.json().ticket as string}`,
    );
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe('STREAM_TICKET_INVALID');
  });

  it('logout closes the notification stream', async () => {
    const user = await registerUser(t.app);
    const other = await login(user.user.email);
    const mine = await stream(user.auth);
    const theirs = await stream({ authorization: `Bearer ${other.json().accessToken}` });

    const out = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      payload: { refreshToken: user.refreshToken },
    });
    expect(out.statusCode).toBe(204);
    expect(await mine.closedReason()).toBe('logged_out');
    // Only the stream of the session that logged out: the other device stays connected.
    expect(await stillOpen(theirs, user.user.id)).toBe(true);
  });

  it('password change closes other streams', async () => {
    const user = await registerUser(t.app);
    const other = await login(user.user.email);
    const otherAuth = { authorization: `Bearer ${other.json().accessToken}` };
    const mine = await stream(user.auth);
    const theirs = await stream(otherAuth);

    const change = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/password',
      headers: user.auth,
      payload: { currentPassword: PASSWORD, newPassword: 'a-whole-new-secret-7' },
    });
    expect(change.statusCode).toBe(204);
    expect(await theirs.closedReason()).toBe('password_changed');
    expect(await stillOpen(mine, user.user.id)).toBe(true);
    // The other session's access token is dead at once, not in 15 minutes.
    const res = await t.app.inject({ url: '/api/v1/me', headers: otherAuth });
    expect(res.statusCode).toBe(401);
    expect(res.json().error.details.reason).toBe('token_revoked');
  });

  it('a password reset (account takeover suspected) ends every access token and stream at once', async () => {
    const user = await registerUser(t.app);
    const s = await stream(user.auth);
    const ip = randomIp();
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password/forgot',
      payload: { identifier: user.user.email },
      remoteAddress: ip,
    });
    const token = tokenFrom((await lastMailTo(t.ctx, user.user.email))!.text_body);
    const reset = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password/reset',
      payload: { token, newPassword: 'taken-back-account-4' },
      remoteAddress: ip,
    });
    expect(reset.statusCode).toBe(204);
    expect(await s.closedReason()).toBe('password_changed');
    const me = await t.app.inject({ url: '/api/v1/me', headers: user.auth });
    expect(me.statusCode).toBe(401);
    expect(me.json().error.details.reason).toBe('token_revoked');
  });

  it('31 streams for one user are not all kept open', async () => {
    const user = await createUser(t.ctx);
    const streams: EventStream[] = [];
    for (let i = 0; i < 31; i++) streams.push(await stream(user.auth));
    const oldest = streams.slice(0, 26);
    const newest = streams.slice(26);
    for (const s of oldest) expect(await s.closedReason()).toBe('too_many_streams');
    for (const s of newest) expect(await stillOpen(s, user.id)).toBe(true);
  });
});

describe.skipIf(!process.env.REDIS_URL)('two API processes sharing Redis', () => {
  const namespace = `acct-${randomUUID()}`;
  let a: TestApp;
  let b: TestApp;
  let baseB: string;

  beforeAll(async () => {
    // Two processes of one deployment: same Redis namespace, same signing key.
    const env = { REDIS_NAMESPACE: namespace, JWT_SECRET: randomUUID() + randomUUID() };
    a = await createTestApp(env);
    b = await createTestApp(env);
    baseB = await b.app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    await dropRedisNamespace(process.env.REDIS_URL, namespace);
  });

  it('a block on one API process is seen by the other at once (requests and streams)', async () => {
    const user = await createUser(a.ctx, { role: 'seller' });
    // Process B has the account's state cached as active.
    expect((await b.app.inject({ url: '/api/v1/me', headers: user.auth })).statusCode).toBe(200);
    const s = await openNotificationStream(b.app, baseB, user.auth);
    open.push(s);

    const res = await block(user.id, a, await createUser(a.ctx, { role: 'admin' }));
    expect(res.statusCode).toBe(200);

    const after = await b.app.inject({ url: '/api/v1/me', headers: user.auth });
    expect(after.statusCode).toBe(401);
    expect(after.json().error.details.reason).toBe('account_disabled');
    expect(await s.closedReason()).toBe('account_blocked');
  });
});
