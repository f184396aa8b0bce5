import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { createUser, type TestUser } from '../../../test/helpers/factories.ts';
import { policyTopics as engineTopics } from '../assistant/engine/engine.types.ts';
import { findAnswer, knowledgeTopics, recordUnanswered } from './index.ts';
import { demoArticles, seedKnowledgeBase } from './knowledge.seed.ts';

let t: TestApp;
let admin: TestUser;
let customer: TestUser;
let seller: TestUser;

beforeAll(async () => {
  t = await createTestApp();
  admin = await createUser(t.ctx, { role: 'admin' });
  customer = await createUser(t.ctx);
  seller = await createUser(t.ctx, { role: 'seller' });
  await seedKnowledgeBase(t.ctx);
});
afterAll(() => t.close());

const article = (overrides: Record<string, unknown> = {}) => ({
  topic: 'delivery',
  titleBn: 'ঈদের সময় ডেলিভারি',
  titleEn: 'Deliveries during Eid',
  bodyBn: 'ঈদের আগের তিন দিন ডেলিভারিতে এক দিন বেশি লাগতে পারে।',
  bodyEn: 'In the three days before Eid, deliveries may take one extra day.',
  ...overrides,
});

async function idOf(key: string) {
  const row = await t.ctx.db
    .selectFrom('kb_articles')
    .select('id')
    .where('key', '=', key)
    .executeTakeFirstOrThrow();
  return row.id;
}

describe('knowledge base articles (admin)', () => {
  it('uses the assistant engine’s policy topics', () => {
    expect([...knowledgeTopics]).toEqual([...engineTopics]);
  });

  it('lets an admin write, read, publish, list and delete an article', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/kb/articles',
      headers: admin.auth,
      payload: article({ titleBn: 'ঈদের সময় ডেলিভারি'.normalize('NFD') }),
    });
    expect(created.statusCode).toBe(201);
    const a = created.json();
    expect(a.published).toBe(false);
    expect(a.titleBn).toBe('ঈদের সময় ডেলিভারি'.normalize('NFC'));

    // A draft is invisible to the public.
    const draft = await t.app.inject({ method: 'GET', url: `/api/v1/kb/articles/${a.id}` });
    expect(draft.statusCode).toBe(404);

    const patched = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/admin/kb/articles/${a.id}`,
      headers: admin.auth,
      payload: { published: true },
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json().published).toBe(true);
    const shown = await t.app.inject({
      method: 'GET',
      url: `/api/v1/kb/articles/${a.id}?lang=en`,
    });
    expect(shown.json()).toMatchObject({ title: 'Deliveries during Eid', lang: 'en' });

    // Pages of one through the whole list meet every article once.
    const seen: string[] = [];
    let cursor: string | null = null;
    type Page = { items: { id: string }[]; nextCursor: string | null };
    do {
      const page: { statusCode: number; json(): Page } = await t.app.inject({
        method: 'GET',
        url: `/api/v1/admin/kb/articles?limit=3${cursor ? `&cursor=${cursor}` : ''}`,
        headers: admin.auth,
      });
      expect(page.statusCode).toBe(200);
      seen.push(...page.json().items.map((i) => i.id));
      cursor = page.json().nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toContain(a.id);
    expect(seen.length).toBeGreaterThanOrEqual(demoArticles.length + 1);

    const removed = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/admin/kb/articles/${a.id}`,
      headers: admin.auth,
    });
    expect(removed.statusCode).toBe(204);
    const again = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/admin/kb/articles/${a.id}`,
      headers: admin.auth,
    });
    expect(again.statusCode).toBe(404);
    expect(again.json().error.code).toBe('KB_ARTICLE_NOT_FOUND');
  });

  it('refuses customers, sellers and strangers, and bad input', async () => {
    for (const user of [customer, seller]) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/admin/kb/articles',
        headers: user.auth,
        payload: article(),
      });
      expect(res.statusCode).toBe(403);
    }
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/v1/admin/kb/articles' });
    expect(anonymous.statusCode).toBe(401);
    for (const payload of [
      article({ topic: 'weather' }),
      article({ titleBn: '   ' }),
      article({ bodyEn: 42 }),
      article({ published: 'yes' }),
      article({ key: 'sneaky' }),
    ]) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/v1/admin/kb/articles',
        headers: admin.auth,
        payload,
      });
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
    }
    const empty = await t.app.inject({
      method: 'PATCH',
      url: `/api/v1/admin/kb/articles/${await idOf('refunds')}`,
      headers: admin.auth,
      payload: {},
    });
    expect(empty.statusCode).toBe(400);
  });

  it('seeds once: a second run adds nothing', async () => {
    expect(await seedKnowledgeBase(t.ctx)).toEqual([]);
    const count = await t.ctx.db
      .selectFrom('kb_articles')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .where('key', 'is not', null)
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(demoArticles.length);
  });
});

describe('public reading', () => {
  it('lists published articles by topic in the asked language', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/kb/articles?topic=cod',
      headers: { 'accept-language': 'bn' },
    });
    expect(res.statusCode).toBe(200);
    const items = res.json().items as { topic: string; lang: string; title: string }[];
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.topic === 'cod' && i.lang === 'bn')).toBe(true);
    expect(items[0]!.title).toContain('ক্যাশ অন ডেলিভারি');
  });

  it.each([
    ['how many days to return an item', 'returns-7-days'],
    ['bhul jinis ferot dite chai', 'returns-7-days'],
    ['bkash diye payment', 'payment-methods'],
    ['রিফান্ড কবে পাবো', 'refunds'],
  ])('finds %j', async (q, key) => {
    const res = await t.app.inject({
      method: 'GET',
      url: `/api/v1/kb/articles?q=${encodeURIComponent(q)}&lang=en`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().items[0]?.id).toBe(await idOf(key));
  });
});

describe('findAnswer', () => {
  it.each([
    ['Can I pay with Nagad or a card?', 'en', 'payment-methods'],
    ['বিকাশে কিভাবে টাকা দিব?', 'bn', 'payment-methods'],
    ['cash on delivery ache?', 'bn', 'cash-on-delivery'],
    ['ক্যাশ অন ডেলিভারি আছে?', 'bn', 'cash-on-delivery'],
    ['পণ্য ফেরত দেওয়া যাবে?', 'bn', 'returns-7-days'],
    ['return policy', 'en', 'returns-7-days'],
    ['refund kobe pabo', 'bn', 'refunds'],
    ['when will I get my refund', 'en', 'refunds'],
    ['delivery charge koto', 'bn', 'delivery-areas-times'],
    ['Do you deliver outside Dhaka?', 'en', 'delivery-areas-times'],
    ['password bhule gechi', 'bn', 'account-signup-login'],
    ['how do I open a shop', 'en', 'sell-on-haat'],
  ] as const)('answers %j', async (text, lang, key) => {
    const answer = await findAnswer(t.ctx, { text, lang });
    expect(answer?.articleId).toBe(await idOf(key));
  });

  it('answers in the asked language', async () => {
    const bn = await findAnswer(t.ctx, { text: 'return policy', lang: 'bn' });
    expect(bn?.title).toBe('পণ্য ফেরত: ৭ দিনের মধ্যে');
    const en = await findAnswer(t.ctx, { text: 'return policy', lang: 'en' });
    expect(en?.title).toBe('Returns: within 7 days');
  });

  it('falls back to the topic’s article, and to null without a topic', async () => {
    const topicOnly = await findAnswer(t.ctx, { topic: 'cod', text: 'hmm', lang: 'en' });
    expect(topicOnly?.articleId).toBe(await idOf('cash-on-delivery'));
    expect(await findAnswer(t.ctx, { text: 'what is the weather on mars', lang: 'en' })).toBeNull();
    expect(await findAnswer(t.ctx, { text: '', lang: 'bn' })).toBeNull();
  });
});

describe('unanswered questions', () => {
  it('are grouped, counted (also when asked at once) and listed for admins', async () => {
    const text = `Do you sell camels ${Date.now()}?`;
    await recordUnanswered(t.ctx, { text, lang: 'en' });
    await Promise.all(
      Array.from({ length: 5 }, () =>
        recordUnanswered(t.ctx, { text: `  do you SELL camels ${text.slice(19)}!! `, lang: 'en' }),
      ),
    );
    await recordUnanswered(t.ctx, { text: '  ?! ', lang: 'bn' });
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/admin/kb/unanswered',
      headers: admin.auth,
    });
    expect(res.statusCode).toBe(200);
    const row = (res.json().items as { id: string; text: string; count: number }[]).find((i) =>
      i.text.toLowerCase().includes('camels'),
    );
    expect(row?.count).toBe(6);
    expect((res.json().items as { text: string }[]).every((i) => i.text.trim().length > 2)).toBe(
      true,
    );

    const forbidden = await t.app.inject({
      method: 'GET',
      url: '/api/v1/admin/kb/unanswered',
      headers: seller.auth,
    });
    expect(forbidden.statusCode).toBe(403);

    const dismissed = await t.app.inject({
      method: 'DELETE',
      url: `/api/v1/admin/kb/unanswered/${row!.id}`,
      headers: admin.auth,
    });
    expect(dismissed.statusCode).toBe(204);
  });
});
