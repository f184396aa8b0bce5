import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { createUser, type TestUser } from '../../../test/helpers/factories.ts';
import { PASSWORD, randomIp, registerUser } from '../../../test/helpers/identity.ts';
import { insertShop } from '../catalog/test-support.ts';

let t: TestApp;
let admin: TestUser;
beforeAll(async () => {
  t = await createTestApp();
  admin = await createUser(t.ctx, { role: 'admin' });
});
afterAll(() => t?.close());

const get = (url: string, user: TestUser = admin) =>
  t.app.inject({ url: `/api/v1${url}`, headers: user.auth });
const send = (method: 'POST' | 'PUT', url: string, payload?: unknown, user: TestUser = admin) =>
  t.app.inject({
    method,
    url: `/api/v1${url}`,
    headers: user.auth,
    ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
  });

const bengali = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(0x09e6 + Number(d)));

async function auditRows(targetId: string) {
  return t.ctx.db
    .selectFrom('audit_log')
    .select(['action', 'actor_id', 'details'])
    .where('target_id', '=', targetId)
    .where('action', 'in', ['user.blocked', 'user.unblocked', 'role.changed'])
    .orderBy('id')
    .execute();
}

describe('GET /admin/users', () => {
  it('finds a user by phone typed in Bengali digits, by part of the email in any case and by name', async () => {
    const marker = randomUUID().slice(0, 8);
    const user = await createUser(t.ctx, { name: `Rahima ${marker}` });
    const local = user.phone.replace(/^\+88/, '');
    for (const q of [bengali(local), `+88 ${local.slice(0, 5)}-${local.slice(5)}`, user.phone]) {
      const res = await get(`/admin/users?q=${encodeURIComponent(q)}`);
      expect(res.statusCode).toBe(200);
      expect(res.json().items.map((u: { id: string }) => u.id)).toEqual([user.id]);
    }
    const byEmail = await get(`/admin/users?q=${encodeURIComponent(user.email.toUpperCase())}`);
    expect(byEmail.json().items.map((u: { id: string }) => u.id)).toEqual([user.id]);
    const byName = await get(`/admin/users?q=${encodeURIComponent(`rahima ${marker}`)}`);
    expect(byName.json().items).toEqual([
      {
        id: user.id,
        name: `Rahima ${marker}`,
        phone: user.phone,
        email: user.email,
        role: 'customer',
        status: 'active',
        createdAt: expect.any(String),
        lastLoginAt: null,
      },
    ]);
    // LIKE wildcards typed by the admin are plain characters.
    expect((await get('/admin/users?q=%25%25')).json().items).toEqual([]);
  });

  it('pages newest first with an opaque cursor, and refuses a forged one with 400', async () => {
    const marker = `Pager ${randomUUID().slice(0, 8)}`;
    const made: string[] = [];
    for (let i = 0; i < 3; i++) made.push((await createUser(t.ctx, { name: `${marker} ${i}` })).id);
    const q = `q=${encodeURIComponent(marker)}&limit=2`;
    const first = await get(`/admin/users?${q}`);
    expect(first.json().items.map((u: { id: string }) => u.id)).toEqual([made[2], made[1]]);
    const cursor = first.json().nextCursor as string;
    expect(cursor).toEqual(expect.any(String));
    const second = await get(`/admin/users?${q}&cursor=${cursor}`);
    expect(second.json()).toMatchObject({ items: [{ id: made[0] }], nextCursor: null });

    for (const bad of ['not-a-cursor', Buffer.from('["x"]').toString('base64url')]) {
      const res = await get(`/admin/users?cursor=${bad}`);
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('INVALID_CURSOR');
    }
  });

  it('filters by role and status', async () => {
    const marker = `Filter ${randomUUID().slice(0, 8)}`;
    const seller = await createUser(t.ctx, { role: 'seller', name: `${marker} s` });
    const customer = await createUser(t.ctx, { name: `${marker} c` });
    await send('POST', `/admin/users/${customer.id}/block`, { reason: 'spam' });
    const q = `q=${encodeURIComponent(marker)}`;
    const ids = async (extra: string) =>
      (await get(`/admin/users?${q}&${extra}`)).json().items.map((u: { id: string }) => u.id);
    expect(await ids('role=seller')).toEqual([seller.id]);
    expect(await ids('status=blocked')).toEqual([customer.id]);
    expect(await ids('status=active')).toEqual([seller.id]);
    expect(await ids('status=deleted')).toEqual([]);
  });

  it('customers and sellers get 403 on every admin user route', async () => {
    const target = await createUser(t.ctx);
    for (const role of ['customer', 'seller'] as const) {
      const user = await createUser(t.ctx, { role });
      const answers = [
        await get('/admin/users', user),
        await get(`/admin/users/${target.id}`, user),
        await send('POST', `/admin/users/${target.id}/block`, { reason: 'x' }, user),
        await send('POST', `/admin/users/${target.id}/unblock`, undefined, user),
        await send('PUT', `/admin/users/${target.id}/role`, { role: 'admin' }, user),
        await send('PUT', `/admin/users/${user.id}/role`, { role: 'admin' }, user),
      ];
      expect(answers.map((a) => a.statusCode)).toEqual([403, 403, 403, 403, 403, 403]);
    }
    expect((await get(`/admin/users/${target.id}`)).json().role).toBe('customer');
  });
});

describe('GET /admin/users/{id}', () => {
  it('shows the shops a user owns and how many orders they placed; 404 for an unknown id', async () => {
    const seller = await createUser(t.ctx, { role: 'seller' });
    const shopId = await insertShop(t.ctx, seller.id);
    const res = await get(`/admin/users/${seller.id}`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      id: seller.id,
      role: 'seller',
      status: 'active',
      shops: [{ id: shopId, name: expect.any(String), status: expect.any(String) }],
      orderCount: 0,
    });
    const missing = await get(`/admin/users/${randomUUID()}`);
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('USER_NOT_FOUND');
  });
});

describe('block, unblock, role', () => {
  it('blocks (tokens and refresh tokens dead, login refused), unblocks (login again), each audited', async () => {
    const user = await registerUser(t.app);
    const blocked = await send('POST', `/admin/users/${user.user.id}/block`, {
      reason: '  repeated fake orders ',
    });
    expect(blocked.statusCode).toBe(200);
    expect(blocked.json()).toMatchObject({ id: user.user.id, status: 'blocked' });

    const me = await t.app.inject({ url: '/api/v1/me', headers: user.auth });
    expect(me.statusCode).toBe(401);
    expect(me.json().error).toMatchObject({
      code: 'UNAUTHENTICATED',
      details: { reason: 'account_disabled' },
    });
    const refresh = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      payload: { refreshToken: user.refreshToken },
    });
    expect(refresh.statusCode).toBe(401);
    const login = () =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { identifier: user.user.email, password: PASSWORD },
        remoteAddress: randomIp(),
      });
    expect((await login()).json().error.code).toBe('ACCOUNT_DISABLED');

    const unblocked = await send('POST', `/admin/users/${user.user.id}/unblock`);
    expect(unblocked.json()).toMatchObject({ id: user.user.id, status: 'active' });
    const again = await login();
    expect(again.statusCode).toBe(200);
    expect(
      (
        await t.app.inject({
          url: '/api/v1/me',
          headers: { authorization: `Bearer ${again.json().accessToken}` },
        })
      ).statusCode,
    ).toBe(200);
    // The token from before the block stays dead.
    expect((await t.app.inject({ url: '/api/v1/me', headers: user.auth })).statusCode).toBe(401);
    const detail = await get(`/admin/users/${user.user.id}`);
    expect(detail.json().lastLoginAt).toEqual(expect.any(String));

    const rows = await auditRows(user.user.id);
    expect(rows.map((r) => [r.action, r.actor_id])).toEqual([
      ['user.blocked', admin.id],
      ['user.unblocked', admin.id],
    ]);
    expect(rows[0]!.details).toMatchObject({ reason: 'repeated fake orders' });
  });

  it('grants and revokes roles (audited with from and to), and validates the body', async () => {
    const user = await createUser(t.ctx);
    const up = await send('PUT', `/admin/users/${user.id}/role`, { role: 'seller' });
    expect(up.json()).toMatchObject({ id: user.id, role: 'seller' });
    const down = await send('PUT', `/admin/users/${user.id}/role`, { role: 'customer' });
    expect(down.json().role).toBe('customer');
    const same = await send('PUT', `/admin/users/${user.id}/role`, { role: 'customer' });
    expect(same.statusCode).toBe(200);
    expect((await auditRows(user.id)).map((r) => r.details)).toEqual([
      { from: 'customer', to: 'seller' },
      { from: 'seller', to: 'customer' },
    ]);
    const bad = await send('PUT', `/admin/users/${user.id}/role`, { role: 'superuser' });
    expect(bad.statusCode).toBe(400);
    const noReason = await send('POST', `/admin/users/${user.id}/block`, { reason: '  ' });
    expect(noReason.statusCode).toBe(400);
    const unknown = await send('POST', `/admin/users/${randomUUID()}/block`, { reason: 'x' });
    expect(unknown.json().error.code).toBe('USER_NOT_FOUND');
  });

  it('an admin cannot block or demote themself', async () => {
    const me = await createUser(t.ctx, { role: 'admin' });
    const blockSelf = await send('POST', `/admin/users/${me.id}/block`, { reason: 'x' }, me);
    expect(blockSelf.statusCode).toBe(409);
    expect(blockSelf.json().error.code).toBe('CANNOT_CHANGE_OWN_ACCOUNT');
    const demoteSelf = await send('PUT', `/admin/users/${me.id}/role`, { role: 'customer' }, me);
    expect(demoteSelf.json().error.code).toBe('CANNOT_CHANGE_OWN_ACCOUNT');
    expect((await get('/admin/users?limit=1', me)).statusCode).toBe(200);
    expect(await auditRows(me.id)).toEqual([]);
    // Another admin can.
    const other = await send('PUT', `/admin/users/${me.id}/role`, { role: 'customer' });
    expect(other.json().role).toBe('customer');
    expect((await get('/admin/users?limit=1', me)).statusCode).toBe(403);
  });
});
