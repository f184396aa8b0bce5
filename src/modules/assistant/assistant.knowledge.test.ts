import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIsolatedTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { createUser, type TestUser } from '../../../test/helpers/factories.ts';

/** The assistant answers policy questions from the articles admins write, and lists what it could not. */

let t: TestApp;
let admin: TestUser;
let customer: TestUser;
const marker = randomUUID().slice(0, 8);

beforeAll(async () => {
  // Its own database: the articles it writes would change other files' answers, and theirs its.
  t = await createIsolatedTestApp();
  [admin, customer] = await Promise.all([createUser(t.ctx, { role: 'admin' }), createUser(t.ctx)]);
});
afterAll(() => t.close());

async function ask(text: string) {
  const res = await t.app.inject({
    method: 'POST',
    url: '/api/v1/assistant/messages',
    headers: customer.auth,
    payload: { text },
  });
  expect(res.statusCode).toBe(200);
  return res.json() as { reply: { text: string; intent: string } };
}

describe('the assistant and the knowledge base', () => {
  it("answers a return question with the admins' article, in the asker's language", async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/admin/kb/articles',
      headers: admin.auth,
      payload: {
        topic: 'return',
        titleBn: `ফেরত নীতি ${marker}`,
        titleEn: `Returns policy ${marker}`,
        bodyBn: 'ভুল বা নষ্ট পণ্য পেলে ৭ দিনের মধ্যে ফেরত দিন; দোকান বদলে দেবে বা টাকা ফেরত দেবে।',
        bodyEn:
          'Return a wrong or damaged item within 7 days of delivery; the shop replaces it or refunds you.',
        published: true,
      },
    });
    expect(created.statusCode).toBe(201);

    const en = await ask('what is your return policy? can I return a damaged item?');
    expect(en.reply.intent).toBe('policy');
    expect(en.reply.text).toContain(`Returns policy ${marker}`);

    // In Bengali the answer is a published article's Bengali title and body (other files may have
    // written return articles too, so which one is not fixed).
    const bn = await ask('নষ্ট পণ্য ফেরত দেওয়ার নিয়ম কী?');
    const titles = await t.ctx.db
      .selectFrom('kb_articles')
      .select('title_bn')
      .where('published', '=', true)
      .execute();
    expect(titles.some((a) => bn.reply.text.startsWith(a.title_bn))).toBe(true);
  });

  it('records a question it could not answer for the admins', async () => {
    // Out of scope for the engine and for every article.
    const question = `what is the weather today ${marker}`;
    const res = await ask(question);
    expect(res.reply.intent).not.toBe('policy');
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/v1/admin/kb/unanswered',
      headers: admin.auth,
    });
    expect(list.statusCode).toBe(200);
    expect(JSON.stringify(list.json())).toContain(marker);
  });
});
