import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { createUser, TEST_PASSWORD, type TestUser } from '../../../test/helpers/factories.ts';
import { createShop } from '../../../test/helpers/shops.ts';
import { audit } from '../../platform/audit.ts';

let t: TestApp;
let admin: TestUser;
let customer: TestUser;

beforeAll(async () => {
  t = await createTestApp();
  admin = await createUser(t.ctx, { role: 'admin' });
  customer = await createUser(t.ctx, { role: 'customer' });
});
afterAll(() => t.close());

type Entry = {
  id: string;
  actorId: string | null;
  actorRole: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  ip: string | null;
  userAgent: string | null;
  details: Record<string, unknown>;
};

async function search(query: Record<string, string>, user: TestUser = admin) {
  const res = await t.app.inject({
    method: 'GET',
    url: `/api/v1/admin/audit?${new URLSearchParams(query)}`,
    headers: user.auth,
  });
  return res;
}
async function entries(query: Record<string, string>) {
  const res = await search(query);
  expect(res.statusCode).toBe(200);
  return res.json() as { items: Entry[]; nextCursor: string | null };
}

describe('GET /admin/audit', () => {
  it('is for admins only', async () => {
    expect((await search({}, customer)).statusCode).toBe(403);
    const seller = await createUser(t.ctx, { role: 'seller' });
    expect((await search({}, seller)).statusCode).toBe(403);
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/v1/admin/audit' });
    expect(anonymous.statusCode).toBe(401);
  });

  it('records successful and failed logins with ip and user agent', async () => {
    const user = await createUser(t.ctx);
    const login = (password: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        headers: { 'user-agent': 'audit-test/1.0' },
        payload: { identifier: user.phone, password },
      });
    expect((await login('wrong-password-1')).statusCode).toBe(401);
    expect((await login(TEST_PASSWORD)).statusCode).toBe(200);

    const { items } = await entries({ actorId: user.id });
    expect(items.map((e) => e.action)).toEqual(['login.succeeded', 'login.failed']);
    expect(items[1]).toMatchObject({
      actorRole: 'customer',
      targetType: 'user',
      targetId: user.id,
      ip: '127.0.0.1',
      userAgent: 'audit-test/1.0',
      details: { identifier: user.phone, reason: 'wrong_password' },
    });
    expect(JSON.stringify(items)).not.toContain('wrong-password-1');
  });

  it('records a failed login for an unknown account without an actor', async () => {
    const phone = `+8801${String(Date.now()).slice(-9)}`;
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { identifier: phone, password: 'whatever-it-is' },
    });
    const { items } = await entries({ action: 'login.failed', limit: '200' });
    const entry = items.find((e) => e.details.identifier === phone);
    expect(entry).toMatchObject({ actorId: null, details: { reason: 'unknown_account' } });
  });

  it('records a password change', async () => {
    const user = await createUser(t.ctx);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/password',
      headers: user.auth,
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'a-new-long-password-7' },
    });
    expect(res.statusCode).toBe(204);
    const { items } = await entries({ actorId: user.id, action: 'password.changed' });
    expect(items).toHaveLength(1);
    expect(JSON.stringify(items)).not.toContain('a-new-long-password-7');
  });

  it('records shop approval, rejection and admin edits, searchable by target', async () => {
    const seller = await createUser(t.ctx, { role: 'seller' });
    const approved = await createShop(t, seller);
    const rejected = await createShop(t, seller);
    const post = (url: string, payload?: object) =>
      t.app.inject({ method: 'POST', url, headers: admin.auth, payload });
    expect((await post(`/api/v1/admin/shops/${approved.id}/approve`)).statusCode).toBe(200);
    expect(
      (await post(`/api/v1/admin/shops/${rejected.id}/reject`, { reason: 'ছবি অস্পষ্ট' })).statusCode,
    ).toBe(200);
    const edit = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/shops/${approved.id}`,
      headers: admin.auth,
      payload: { address: 'নতুন ঠিকানা, ঢাকা' },
    });
    expect(edit.statusCode).toBe(200);
    // The owner moving the approved shop is not an admin action, but it sends the shop back to
    // review, and that is recorded as the seller's.
    await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/shops/${approved.id}`,
      headers: seller.auth,
      payload: { address: 'আবার নতুন ঠিকানা, ঢাকা' },
    });

    const forApproved = await entries({ targetType: 'shop', targetId: approved.id });
    expect(forApproved.items.map((e) => [e.action, e.actorId])).toEqual([
      ['shop.sent_for_review', seller.id],
      ['shop.updated_by_admin', admin.id],
      ['shop.approved', admin.id],
    ]);
    expect(forApproved.items[1]!.details).toEqual({ fields: ['address'] });
    const forRejected = await entries({ targetType: 'shop', targetId: rejected.id });
    expect(forRejected.items).toHaveLength(1);
    expect(forRejected.items[0]).toMatchObject({
      action: 'shop.rejected',
      actorRole: 'admin',
      details: { reason: 'ছবি অস্পষ্ট' },
    });
  });

  it('pages newest first without gaps or repeats', async () => {
    const targetId = randomUUID();
    for (let i = 0; i < 5; i++) {
      await audit(t.ctx.db, {
        actorId: admin.id,
        actorRole: 'admin',
        action: 'admin.edited',
        targetType: 'setting',
        targetId,
        details: { n: i },
      });
    }
    const seen: number[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const query: Record<string, string> = { targetId, limit: '2' };
      if (cursor) query.cursor = cursor;
      const page = await entries(query);
      seen.push(...page.items.map((e) => e.details.n as number));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(seen).toEqual([4, 3, 2, 1, 0]);
    expect(pages).toBe(3);
  });

  it('filters by time range', async () => {
    const targetId = randomUUID();
    const entry = { actorId: null, actorRole: null, action: 'admin.edited' as const, targetId };
    await audit(t.ctx.db, entry);
    const row = await t.ctx.db
      .selectFrom('audit_log')
      .select('created_at')
      .where('target_id', '=', targetId)
      .executeTakeFirstOrThrow();
    const at = row.created_at.getTime();
    const iso = (ms: number) => new Date(ms).toISOString();
    expect((await entries({ targetId, from: iso(at), to: iso(at + 1) })).items).toHaveLength(1);
    expect((await entries({ targetId, from: iso(at + 1) })).items).toHaveLength(0);
    expect((await entries({ targetId, to: iso(at) })).items).toHaveLength(0);
    const backwards = await search({ from: iso(at + 1000), to: iso(at) });
    expect(backwards.statusCode).toBe(400);
  });
});

describe('append-only', () => {
  it('refuses UPDATE, DELETE and TRUNCATE in the database itself', async () => {
    const targetId = randomUUID();
    await audit(t.ctx.db, { actorId: null, actorRole: null, action: 'admin.edited', targetId });
    await expect(
      t.ctx.db
        .updateTable('audit_log')
        .set({ action: 'login.succeeded' })
        .where('target_id', '=', targetId)
        .execute(),
    ).rejects.toThrow(/append-only/);
    await expect(
      t.ctx.db.deleteFrom('audit_log').where('target_id', '=', targetId).execute(),
    ).rejects.toThrow(/append-only/);
    await expect(sql`TRUNCATE audit_log`.execute(t.ctx.db)).rejects.toThrow(/append-only/);
    const still = await t.ctx.db
      .selectFrom('audit_log')
      .select('action')
      .where('target_id', '=', targetId)
      .execute();
    expect(still).toEqual([{ action: 'admin.edited' }]);
  });

  it('has no HTTP route that changes or deletes entries', async () => {
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE'] as const) {
      const res = await t.app.inject({ method, url: '/api/v1/admin/audit', headers: admin.auth });
      expect(res.statusCode).toBe(404);
    }
  });

  it('rolls back with the action it belongs to', async () => {
    const targetId = randomUUID();
    await expect(
      t.ctx.db.transaction().execute(async (tx) => {
        await audit(tx, { actorId: null, actorRole: null, action: 'admin.edited', targetId });
        throw new Error('the action failed');
      }),
    ).rejects.toThrow('the action failed');
    expect((await entries({ targetId })).items).toHaveLength(0);
  });
});
