import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { createUser, type TestUser } from '../../../test/helpers/factories.ts';
import { createProduct, insertShop } from '../catalog/test-support.ts';
import { handleEvent } from '../notifications/notifications.handlers.ts';
import { sendBagReminders } from './reminders.jobs.ts';
import { optOutToken } from './reminders.settings.ts';

let t: TestApp;
let variants: string[];
const HOUR = 3_600_000;

// Far ahead of every other test file's bags (they are older than a week at these instants), so
// the job here only ever sees this file's customers. 12:00 in Dhaka.
const NOON = new Date('2031-01-10T06:00:00Z');

beforeAll(async () => {
  t = await createTestApp({ BAG_REMINDER_IDLE_HOURS: '6' });
  const seller = await createUser(t.ctx, { role: 'seller' });
  const shopId = await insertShop(t.ctx, seller.id);
  const p = await createProduct(t.app, seller.auth, shopId, {
    variants: [
      { sku: `R-${shopId.slice(0, 6)}-1`, label: '1 kg', price: 8500, initialStock: 20 },
      { sku: `R-${shopId.slice(0, 6)}-2`, label: '5 kg', price: 40000, initialStock: 20 },
    ],
  });
  variants = p.variants.map((v) => v.id);
});
afterAll(async () => {
  await t.close();
});

/** A customer whose bag was last touched at `touched`, with `lines` of quantity 1. */
async function bagOwner(
  touched: Date,
  lines = 1,
  overrides: Parameters<typeof createUser>[1] = {},
) {
  const customer = await createUser(t.ctx, { locale: 'en', ...overrides });
  for (const variantId of variants.slice(0, lines))
    await t.ctx.db
      .insertInto('cart_items')
      .values({
        customer_id: customer.id,
        variant_id: variantId,
        quantity: 1,
        price_seen: 8500,
        added_at: touched,
        updated_at: touched,
      })
      .execute();
  return customer;
}

async function reminderEvents(customer: TestUser) {
  const rows = await t.ctx.db
    .selectFrom('outbox_events')
    .select(['id', 'topic', 'payload'])
    .where('topic', '=', 'cart.reminder')
    .where(sql<string>`payload->>'customerId'`, '=', customer.id)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    ...r,
    id: Number(r.id),
    payload: r.payload as Record<string, unknown>,
  }));
}

const deliveries = (customer: TestUser) =>
  t.ctx.db
    .selectFrom('notification_deliveries')
    .select('channel')
    .where('recipient_id', '=', customer.id)
    .where('kind', '=', 'bag_reminder')
    .orderBy('channel')
    .execute();

const api = (
  user: TestUser | null,
  method: 'GET' | 'PUT' | 'POST',
  url: string,
  payload?: object,
) =>
  t.app.inject({
    method,
    url: `/api/v1${url}`,
    headers: { ...(user?.auth ?? {}), 'accept-language': 'en' },
    ...(payload ? { payload: payload as Record<string, unknown> } : {}),
  });

describe('an abandoned bag gets one reminder', () => {
  it('once for a bag left idle, never again for the same lines, again for a changed bag', async () => {
    const customer = await bagOwner(new Date(NOON.getTime() - 7 * HOUR), 2);
    const fresh = await bagOwner(new Date(NOON.getTime() - 1 * HOUR));

    await sendBagReminders(t.ctx, NOON);
    expect(await reminderEvents(customer)).toHaveLength(1);
    expect(await reminderEvents(fresh)).toHaveLength(0); // not idle long enough

    // Re-runs (another worker, the next tick, later in the week) send nothing for the same bag.
    await sendBagReminders(t.ctx, NOON);
    await sendBagReminders(t.ctx, new Date(NOON.getTime() + 30 * HOUR));
    expect(await reminderEvents(customer)).toHaveLength(1);

    // Touched without a change (the same lines): still the same bag.
    await t.ctx.db
      .updateTable('cart_items')
      .set({ updated_at: new Date(NOON.getTime() + HOUR) })
      .where('customer_id', '=', customer.id)
      .execute();
    await sendBagReminders(t.ctx, new Date(NOON.getTime() + 8 * HOUR));
    expect(await reminderEvents(customer)).toHaveLength(1);

    // A changed bag is a new bag: once it too is left idle, it gets its own reminder.
    await t.ctx.db
      .updateTable('cart_items')
      .set({ quantity: 3, updated_at: new Date(NOON.getTime() + 2 * HOUR) })
      .where('customer_id', '=', customer.id)
      .where('variant_id', '=', variants[0]!)
      .execute();
    await sendBagReminders(t.ctx, new Date(NOON.getTime() + 9 * HOUR));
    expect(await reminderEvents(customer)).toHaveLength(2);
  });

  it('goes in-app and by email (their order choice), not also by SMS; a replay sends nothing', async () => {
    const customer = await bagOwner(new Date(NOON.getTime() - 7 * HOUR), 2);
    await sendBagReminders(t.ctx, NOON);
    const [event] = await reminderEvents(customer);
    expect(event!.payload).toMatchObject({ itemCount: 2 });
    await handleEvent(t.ctx, event!);
    await handleEvent(t.ctx, event!);
    expect((await deliveries(customer)).map((d) => d.channel)).toEqual(['email', 'in_app']);
    const inbox = (await api(customer, 'GET', '/notifications')).json().items;
    expect(inbox).toEqual([expect.objectContaining({ kind: 'bag_reminder', link: '/cart' })]);
    const mail = await t.ctx.db
      .selectFrom('dev_mailbox')
      .select('text_body')
      .where('to_address', '=', customer.email)
      .execute();
    expect(mail).toHaveLength(1);
    expect(mail[0]!.text_body).toContain('/bag-reminders/off?token=');
  });

  it('goes by SMS to a customer who turned order emails off', async () => {
    const customer = await bagOwner(new Date(NOON.getTime() - 7 * HOUR));
    await t.ctx.db
      .insertInto('notification_preferences')
      .values({ user_id: customer.id, group_name: 'orders', in_app: true, email: false, sms: true })
      .execute();
    await sendBagReminders(t.ctx, NOON);
    const [event] = await reminderEvents(customer);
    await handleEvent(t.ctx, event!);
    expect((await deliveries(customer)).map((d) => d.channel)).toEqual(['in_app', 'sms']);
  });

  it('is not sent to sellers or for a bag older than a week', async () => {
    const seller = await bagOwner(new Date(NOON.getTime() - 7 * HOUR), 1, { role: 'seller' });
    const stale = await bagOwner(new Date(NOON.getTime() - 8 * 24 * HOUR));
    await sendBagReminders(t.ctx, NOON);
    expect(await reminderEvents(seller)).toHaveLength(0);
    expect(await reminderEvents(stale)).toHaveLength(0);
  });
});

describe('quiet hours', () => {
  it('defers a reminder due at night to the morning', async () => {
    const night = new Date('2031-01-10T17:00:00Z'); // 23:00 in Dhaka
    const customer = await bagOwner(new Date(night.getTime() - 7 * HOUR));
    await sendBagReminders(t.ctx, night);
    expect(await reminderEvents(customer)).toHaveLength(0);
    await sendBagReminders(t.ctx, new Date('2031-01-10T23:00:00Z')); // 05:00 Dhaka: still quiet
    expect(await reminderEvents(customer)).toHaveLength(0);
    await sendBagReminders(t.ctx, new Date('2031-01-11T02:15:00Z')); // 08:15 Dhaka
    expect(await reminderEvents(customer)).toHaveLength(1);
  });

  it("keeps the customer's own quiet hours", async () => {
    const customer = await bagOwner(new Date(NOON.getTime() - 7 * HOUR));
    const set = await api(customer, 'PUT', '/me/bag-reminders', {
      quietHours: { from: '11:30', to: '13:00' },
    });
    expect(set.statusCode).toBe(200);
    expect(set.json()).toEqual({ enabled: true, quietHours: { from: '11:30', to: '13:00' } });
    await sendBagReminders(t.ctx, NOON);
    expect(await reminderEvents(customer)).toHaveLength(0);
    await sendBagReminders(t.ctx, new Date(NOON.getTime() + 1.5 * HOUR));
    expect(await reminderEvents(customer)).toHaveLength(1);
  });

  it('are none when they start and end at the same time', async () => {
    const customer = await bagOwner(new Date('2031-01-10T11:00:00Z'));
    await api(customer, 'PUT', '/me/bag-reminders', { quietHours: { from: '00:00', to: '00:00' } });
    await sendBagReminders(t.ctx, new Date('2031-01-10T18:00:00Z')); // midnight in Dhaka
    expect(await reminderEvents(customer)).toHaveLength(1);
  });
});

describe('opting out', () => {
  it('in the account: no reminder, and on again brings them back', async () => {
    const customer = await bagOwner(new Date(NOON.getTime() - 7 * HOUR));
    expect((await api(customer, 'GET', '/me/bag-reminders')).json()).toEqual({
      enabled: true,
      quietHours: { from: '22:00', to: '08:00' },
    });
    const off = await api(customer, 'PUT', '/me/bag-reminders', { enabled: false });
    expect(off.json().enabled).toBe(false);
    await sendBagReminders(t.ctx, NOON);
    expect(await reminderEvents(customer)).toHaveLength(0);
    await api(customer, 'PUT', '/me/bag-reminders', { enabled: true });
    await sendBagReminders(t.ctx, NOON);
    expect(await reminderEvents(customer)).toHaveLength(1);
  });

  it('by the link, without signing in; a forged or foreign link is refused', async () => {
    const customer = await bagOwner(new Date(NOON.getTime() - 7 * HOUR));
    const other = await createUser(t.ctx);
    const token = optOutToken(t.ctx, customer.id);
    const forged = `${other.id}.${token.split('.')[1]}`;
    for (const bad of [forged, 'nonsense', `${customer.id}.x`]) {
      const res = await api(null, 'POST', '/bag-reminders/opt-out', { token: bad });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.code).toBe('BAG_REMINDER_LINK_INVALID');
    }
    expect((await api(other, 'GET', '/me/bag-reminders')).json().enabled).toBe(true);
    expect((await api(null, 'POST', '/bag-reminders/opt-out', { token })).statusCode).toBe(204);
    expect((await api(null, 'POST', '/bag-reminders/opt-out', { token })).statusCode).toBe(204);
    expect((await api(customer, 'GET', '/me/bag-reminders')).json().enabled).toBe(false);
    await sendBagReminders(t.ctx, NOON);
    expect(await reminderEvents(customer)).toHaveLength(0);
  });

  it('refuses bad settings and other roles', async () => {
    const customer = await createUser(t.ctx);
    const seller = await createUser(t.ctx, { role: 'seller' });
    const bad = await api(customer, 'PUT', '/me/bag-reminders', {
      quietHours: { from: '25:00', to: '08:00' },
    });
    expect(bad.statusCode).toBe(400);
    expect((await api(null, 'GET', '/me/bag-reminders')).statusCode).toBe(401);
    expect((await api(seller, 'GET', '/me/bag-reminders')).statusCode).toBe(403);
  });
});
