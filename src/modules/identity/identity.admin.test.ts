import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { createUser, randomEmail, randomPhone } from '../../../test/helpers/factories.ts';
import { randomIp } from '../../../test/helpers/identity.ts';
import { createAdmin, DEMO_PASSWORD, identityModule } from './index.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('admin accounts (CLI)', () => {
  it('creates a verified admin who can sign in and use admin routes', async () => {
    const phone = randomPhone();
    const { user, generated } = await createAdmin(t.ctx, {
      phone: phone.replace('+88', ''),
      email: randomEmail(),
      name: 'Ops',
      password: 'ops-password-2026',
    });
    expect(generated).toBe(false);
    expect(user).toMatchObject({ role: 'admin', phone, phoneVerified: true, emailVerified: true });
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { identifier: phone, password: 'ops-password-2026' },
      remoteAddress: randomIp(),
    });
    expect(login.json().user.role).toBe('admin');
    const mail = await t.app.inject({
      url: '/api/v1/admin/dev/mail',
      headers: { authorization: `Bearer ${login.json().accessToken}` },
    });
    expect(mail.statusCode).toBe(200);
  });

  it('generates a password when none is given and refuses a taken phone', async () => {
    const phone = randomPhone();
    const made = await createAdmin(t.ctx, { phone, name: 'Ops 2' });
    expect(made.generated).toBe(true);
    expect(made.password.length).toBeGreaterThanOrEqual(16);
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { identifier: phone, password: made.password },
      remoteAddress: randomIp(),
    });
    expect(login.statusCode).toBe(200);
    await expect(createAdmin(t.ctx, { phone, name: 'Again' })).rejects.toMatchObject({
      code: 'PHONE_TAKEN',
    });
  });
});

describe('dev outbox', () => {
  it('pages the SMS outbox newest first with a cursor', async () => {
    const admin = await createUser(t.ctx, { role: 'admin' });
    const phone = randomPhone();
    for (let i = 1; i <= 3; i++) await t.ctx.sms.send({ to: phone, body: `message ${i}` });
    const to = randomEmail();
    await t.ctx.mailer.send({ to, subject: 'Hello', text: 'Body' });

    // Other test files write to the same outbox concurrently: walk the pages until ours are seen.
    const seen: { id: number; to: string; body: string }[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 50 && seen.filter((m) => m.to === phone).length < 3; page++) {
      const res = await t.app.inject({
        url: `/api/v1/admin/dev/sms?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
        headers: admin.auth,
      });
      expect(res.statusCode).toBe(200);
      const { items, nextCursor } = res.json() as { items: typeof seen; nextCursor: string | null };
      expect(items.length).toBeLessThanOrEqual(2);
      seen.push(...items);
      cursor = nextCursor;
      if (!cursor) break;
    }
    const ids = seen.map((m) => m.id);
    expect(ids).toEqual([...ids].sort((a, b) => b - a)); // newest first, no page overlaps
    expect(new Set(ids).size).toBe(ids.length);
    expect(seen.filter((m) => m.to === phone).map((m) => m.body)).toEqual([
      'message 3',
      'message 2',
      'message 1',
    ]);

    const mail = await t.app.inject({
      url: `/api/v1/admin/dev/mail?to=${encodeURIComponent(to)}`,
      headers: admin.auth,
    });
    expect(mail.json().items).toHaveLength(1);
    const item = mail.json().items[0];
    expect(item).toMatchObject({ subject: 'Hello', text: 'Body', html: null });
    expect(typeof item.createdAt).toBe('string');
  });

  it('narrows the outbox to one recipient, a phone in any common form or an email in any case', async () => {
    const admin = await createUser(t.ctx, { role: 'admin' });
    const phone = randomPhone(); // +8801XXXXXXXXX
    const other = randomPhone();
    await t.ctx.sms.send({ to: phone, body: 'first' });
    await t.ctx.sms.send({ to: other, body: 'not for us' });
    await t.ctx.sms.send({ to: phone, body: 'second' });
    const bengaliDigits = phone
      .replace(/^\+88/, '')
      .replace(/\d/g, (d) => String.fromCharCode(0x09e6 + Number(d)));
    for (const typed of [phone, phone.replace(/^\+88/, ''), bengaliDigits]) {
      const res = await t.app.inject({
        url: `/api/v1/admin/dev/sms?to=${encodeURIComponent(typed)}`,
        headers: admin.auth,
      });
      expect(res.statusCode).toBe(200);
      expect(res.json().items.map((m: { body: string }) => m.body)).toEqual(['second', 'first']);
    }
    const firstPage = await t.app.inject({
      url: `/api/v1/admin/dev/sms?limit=1&to=${encodeURIComponent(phone)}`,
      headers: admin.auth,
    });
    const { items, nextCursor } = firstPage.json();
    expect(items.map((m: { body: string }) => m.body)).toEqual(['second']);
    const secondPage = await t.app.inject({
      url: `/api/v1/admin/dev/sms?limit=1&to=${encodeURIComponent(phone)}&cursor=${nextCursor}`,
      headers: admin.auth,
    });
    expect(secondPage.json()).toMatchObject({ items: [{ body: 'first' }], nextCursor: null });

    const email = randomEmail();
    await t.ctx.mailer.send({ to: email, subject: 'Only this', text: 'Body' });
    const mail = await t.app.inject({
      url: `/api/v1/admin/dev/mail?to=${encodeURIComponent(email.toUpperCase())}`,
      headers: admin.auth,
    });
    expect(mail.json().items.map((m: { subject: string }) => m.subject)).toEqual(['Only this']);

    const tooLong = await t.app.inject({
      url: `/api/v1/admin/dev/sms?to=${'9'.repeat(300)}`,
      headers: admin.auth,
    });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.json().error.code).toBe('VALIDATION_FAILED');
  });
});

describe('seed', () => {
  it('creates the three verified demo accounts once and prints their logins', async () => {
    const lines = await identityModule.seed!(t.ctx);
    const again = await identityModule.seed!(t.ctx);
    expect(again).toEqual(lines);
    expect(lines[0]).toBe('admin    01700000001 / admin@haat.test     password haat-demo-2026');
    const rows = await t.ctx.db
      .selectFrom('users')
      .select(['role', 'phone', 'email', 'phone_verified_at', 'email_verified_at'])
      .where('phone', 'in', ['+8801700000001', '+8801700000002', '+8801700000003'])
      .orderBy('phone')
      .execute();
    expect(rows.map((r) => [r.role, r.email])).toEqual([
      ['admin', 'admin@haat.test'],
      ['seller', 'seller@haat.test'],
      ['customer', 'customer@haat.test'],
    ]);
    expect(rows.every((r) => r.phone_verified_at && r.email_verified_at)).toBe(true);
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { identifier: '০১৭০০০০০০০২', password: DEMO_PASSWORD },
      remoteAddress: randomIp(),
    });
    expect(login.json().user.role).toBe('seller');
  });
});
