import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIsolatedTestApp, type TestApp } from '../../../../test/helpers/app.ts';
import { createUser, type TestUser } from '../../../../test/helpers/factories.ts';
import { createProduct, insertShop } from '../../catalog/test-support.ts';
import { intents } from '../engine/engine.types.ts';
import { insights as insightsAt } from './insights.service.ts';

/**
 * The admins' figures on the assistant, from real conversations: counts, intents, languages,
 * hand-overs by reason and inbox, the period, and who may read them. The figures are global, so
 * the file has a database of its own.
 */

let t: TestApp;
let admin: TestUser;
let customer: TestUser;
let seller: TestUser;
let shop: { lat: number; lng: number };

type Reply = {
  sessionId: string;
  reply: { intent: string; lang: string; confidence: number };
  handoff: null | { threadId: string; inbox: 'shop' | 'admin' };
};

type Insights = {
  days: number;
  from: string;
  to: string;
  conversations: number;
  userMessages: number;
  handoffs: number;
  handoffRate: number;
  intents: { intent: string; count: number; share: number; avgConfidence: number | null }[];
  byLang: { lang: string; count: number }[];
  handoffReasons: { reason: string; count: number }[];
  handoffInboxes: { inbox: string; count: number }[];
  lowConfidenceShare: number;
  unansweredOpen: number;
};

const replies: Reply[] = [];

async function say(
  text: string,
  who: { auth?: Record<string, string>; guest?: string; sessionId?: string; here?: boolean },
) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/assistant/messages',
    headers: { ...(who.auth ?? {}), ...(who.guest ? { 'x-guest-token': who.guest } : {}) },
    payload: {
      text,
      ...(who.sessionId ? { sessionId: who.sessionId } : {}),
      ...(who.here ? { lat: shop.lat, lng: shop.lng } : {}),
    },
  });
  expect(res.statusCode, res.body).toBe(200);
  const reply = res.json() as Reply;
  replies.push(reply);
  return { reply, guest: res.headers['x-guest-token'] as string | undefined };
}

async function insights(query = '', auth: Record<string, string> | null = admin.auth) {
  return t.app.inject({
    method: 'GET',
    url: `/api/v1/admin/assistant/insights${query}`,
    headers: auth ?? {},
  });
}

const byKey = <T extends Record<string, unknown>>(rows: T[], key: keyof T) =>
  Object.fromEntries(rows.map((r) => [r[key], r.count]));

beforeAll(async () => {
  t = await createIsolatedTestApp();
  [admin, customer, seller] = await Promise.all([
    createUser(t.ctx, { role: 'admin' }),
    createUser(t.ctx),
    createUser(t.ctx, { role: 'seller' }),
  ]);
  const shopId = await insertShop(t.ctx, seller.id);
  shop = await t.ctx.db
    .selectFrom('shops')
    .select(['lat', 'lng'])
    .where('id', '=', shopId)
    .executeTakeFirstOrThrow();
  await createProduct(t.app, seller.auth, shopId, {
    nameBn: 'দেশি মুরগির ডিম',
    nameEn: 'Deshi chicken eggs',
    unit: 'dozen',
    variants: [
      { sku: `EGG-${randomUUID().slice(0, 8)}`, label: '১ ডজন', price: 15000, initialStock: 40 },
    ],
  });

  // 1. Bengali: eggs near the shop, then a person: the shop's inbox (a product was just shown).
  const a = await say('ডিম আছে?', { auth: customer.auth, here: true });
  expect(a.reply.reply.intent).toBe('product_search');
  const b = await say('আমি একজন মানুষের সাথে কথা বলতে চাই', {
    auth: customer.auth,
    sessionId: a.reply.sessionId,
  });
  expect(b.reply.handoff).toMatchObject({ inbox: 'shop' });
  // 2. English payment trouble: always the admins.
  const c = await say('payment failed but money deducted', { auth: customer.auth });
  expect(c.reply.handoff).toMatchObject({ inbox: 'admin' });
  // 3. A guest greets, then searches in English: no person needed.
  const d = await say('hello', {});
  expect(d.guest).toBeTruthy();
  const e = await say('eggs near me', { guest: d.guest, sessionId: d.reply.sessionId, here: true });
  expect(e.reply.reply.intent).toBe('product_search');
  expect(e.reply.handoff).toBeNull();
  // 4. A jumble of words the engine cannot place: unsure, so a person (and an unanswered question).
  const f = await say('bkash dim fever', { auth: customer.auth });
  expect(f.reply.reply.confidence).toBeLessThan(0.35);
  expect(f.reply.handoff).toMatchObject({ inbox: 'admin' });

  // An older conversation, 40 days ago, handed over for a complaint.
  const old = new Date(Date.now() - 40 * 24 * 60 * 60 * 1000);
  const session = await t.ctx.db
    .insertInto('assistant_sessions')
    .values({ user_id: customer.id, created_at: old, updated_at: old })
    .returning('id')
    .executeTakeFirstOrThrow();
  await t.ctx.db
    .insertInto('assistant_messages')
    .values({
      session_id: session.id,
      role: 'user',
      text: 'the rice was rotten',
      lang: 'en',
      intent: 'complaint',
      confidence: 0.9,
      cards: '[]',
      actions: '[]',
      created_at: old,
    })
    .execute();
  await t.ctx.db
    .insertInto('support_threads')
    .values({
      customer_id: customer.id,
      session_id: session.id,
      inbox: 'admin',
      reason: 'complaint',
      subject: 'the rice was rotten',
      created_at: old,
    })
    .execute();
}, 120_000);
afterAll(() => t?.close());

describe('the assistant insights', () => {
  it("counts the last 30 days' conversations, messages, intents, languages and hand-overs", async () => {
    const res = await insights();
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as Insights;
    expect(body.days).toBe(30);
    const span = Date.parse(body.to) - Date.parse(body.from);
    expect(span).toBe(30 * 24 * 60 * 60 * 1000);
    expect(Math.abs(Date.parse(body.to) - Date.now())).toBeLessThan(60_000);

    expect(body.conversations).toBe(4);
    expect(body.userMessages).toBe(6);
    expect(body.handoffs).toBe(3);
    expect(body.handoffRate).toBe(0.75);
    expect(byKey(body.handoffReasons, 'reason')).toEqual({
      asked: 1,
      payment: 1,
      low_confidence: 1,
    });
    expect(byKey(body.handoffInboxes, 'inbox')).toEqual({ shop: 1, admin: 2 });
    expect(body.lowConfidenceShare).toBe(Math.round((1 / 6) * 10_000) / 10_000);
    expect(body.unansweredOpen).toBe(1);

    // Intents: as the conversations were understood, most frequent first.
    const expected = new Map<string, number>();
    for (const r of replies) expected.set(r.reply.intent, (expected.get(r.reply.intent) ?? 0) + 1);
    expect(byKey(body.intents, 'intent')).toEqual(Object.fromEntries(expected));
    // Two searches, and the jumble was placed (unsure) as a search too.
    expect(expected.get('product_search')).toBe(3);
    expect(body.intents[0]).toMatchObject({
      intent: 'product_search',
      count: 3,
      share: 0.5,
    });
    expect(body.intents.map((i) => i.count)).toEqual(
      [...body.intents.map((i) => i.count)].sort((x, y) => y - x),
    );
    const search = replies.filter((r) => r.reply.intent === 'product_search');
    const mean = search.reduce((s, r) => s + r.reply.confidence, 0) / search.length;
    expect(body.intents[0]!.avgConfidence).toBeCloseTo(mean, 2);
    expect(body.intents.reduce((s, i) => s + i.count, 0)).toBe(6);

    const langs = new Map<string, number>();
    for (const r of replies) langs.set(r.reply.lang, (langs.get(r.reply.lang) ?? 0) + 1);
    expect(byKey(body.byLang, 'lang')).toEqual(Object.fromEntries(langs));
    expect(langs.get('bn')).toBeGreaterThan(0);
    expect(langs.get('en')).toBeGreaterThan(0);
  });

  it('takes the period from `days`: 60 days reach the older complaint', async () => {
    const res = await insights('?days=60');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as Insights;
    expect(body.days).toBe(60);
    expect(body.conversations).toBe(5);
    expect(body.userMessages).toBe(7);
    expect(body.handoffs).toBe(4);
    expect(body.handoffRate).toBe(0.8);
    expect(byKey(body.handoffReasons, 'reason')).toMatchObject({ complaint: 1 });
    expect(byKey(body.handoffInboxes, 'inbox')).toEqual({ shop: 1, admin: 3 });
  });

  it('answers zeros, not errors, for a period with nothing in it', async () => {
    // A day, long before any of these conversations.
    const body = await insightsAt(t.ctx, 1, new Date(Date.now() - 100 * 24 * 60 * 60 * 1000));
    expect(body).toMatchObject({
      days: 1,
      conversations: 0,
      userMessages: 0,
      handoffs: 0,
      handoffRate: 0,
      lowConfidenceShare: 0,
      intents: [],
      byLang: [],
      handoffReasons: [],
      handoffInboxes: [],
      unansweredOpen: 1,
    });
  });

  it('is for admins only, and refuses a bad period', async () => {
    expect((await insights('', null)).statusCode).toBe(401);
    expect((await insights('', customer.auth)).statusCode).toBe(403);
    expect((await insights('', seller.auth)).statusCode).toBe(403);
    for (const days of ['0', 'abc', '366', '1.5', '-3']) {
      const res = await insights(`?days=${days}`);
      expect(res.statusCode, days).toBe(400);
      expect((res.json() as { error: { code: string } }).error.code).toBe('VALIDATION_FAILED');
    }
  });
});

describe('the insights page', () => {
  it('has a name in Bengali and English for every intent the engine knows', async () => {
    const names = await Promise.all(
      ['bn', 'en'].map(async (lang) => {
        const file = new URL(`../../../../web/src/i18n/${lang}.json`, import.meta.url);
        const tree = JSON.parse(await readFile(file, 'utf8')) as {
          insights: { intentNames: Record<string, string> };
        };
        return tree.insights.intentNames;
      }),
    );
    for (const named of names) {
      const missing = [...intents, 'unknown'].filter((i) => !named[i]?.trim());
      expect(missing).toEqual([]);
    }
  });
});
