import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/helpers/app.ts';
import { createUser, type TestUser } from '../../../../test/helpers/factories.ts';
import { signAccessToken } from '../../../platform/http/auth.ts';
import { createProduct, insertShop } from '../../catalog/test-support.ts';
import { createLlmSandbox, LLM_SANDBOX_KEY, LLM_SANDBOX_MODEL } from '../llm/index.ts';
import { DOSAGE_ADVICE } from './descriptions.facts.ts';

let t: TestApp;
let seller: TestUser;
let other: TestUser;
let customer: TestUser;
let shopId: string;
const ids: Record<string, string> = {};

const sku = () => `S-${randomUUID().slice(0, 8)}`;
type Drafts = { items: { lang: 'bn' | 'en'; text: string; source: string }[] };

beforeAll(async () => {
  t = await createTestApp();
  seller = await createUser(t.ctx, { role: 'seller' });
  other = await createUser(t.ctx, { role: 'seller' });
  customer = await createUser(t.ctx);
  shopId = await insertShop(t.ctx, seller.id);
  const make = async (key: string, overrides: Record<string, unknown>) => {
    const s = sku();
    ids[key] = (
      await createProduct(t.app, seller.auth, shopId, {
        sku: s,
        variants: [
          { sku: `${s}-1`, label: overrides.label ?? '১ কেজি', price: 9000, initialStock: 5 },
        ],
        ...overrides,
      })
    ).id;
  };
  await make('rice', {
    nameBn: 'মিনিকেট চাল',
    nameEn: 'Miniket rice',
    kind: 'grocery',
    attributes: { netWeightGrams: 5000, origin: 'Dinajpur' },
    label: '৫ কেজি',
  });
  await make('napa', {
    nameBn: 'নাপা ৫০০',
    nameEn: 'Napa 500',
    kind: 'medicine',
    unit: 'strip',
    attributes: {
      genericName: 'Paracetamol',
      strength: '500 mg',
      dosageForm: 'tablet',
      manufacturer: 'Beximco Pharmaceuticals',
      prescriptionRequired: false,
    },
    label: '১০ ট্যাবলেট',
  });
  await make('phone', {
    nameBn: 'ওয়ালটন স্মার্টফোন',
    nameEn: 'Walton Primo H10 phone',
    kind: 'electronics',
    unit: 'piece',
    attributes: { brand: 'Walton', model: 'Primo H10', warrantyMonths: 12 },
    label: null,
  });
  await make('biryani', {
    nameBn: 'কাচ্চি বিরিয়ানি',
    nameEn: 'Kacchi biryani',
    kind: 'food',
    unit: 'piece',
    attributes: { preparationMinutes: 25, spicy: true },
    label: 'ফুল প্লেট',
  });
});
afterAll(() => t.close());

function drafts(id: string, user: Pick<TestUser, 'auth'>, payload: unknown = {}, app = t.app) {
  return app.inject({
    method: 'POST',
    url: `/api/v1/products/${id}/description-drafts`,
    headers: user.auth,
    payload: payload as Record<string, unknown>,
  });
}

describe('description drafts (offline)', () => {
  it('gives several different bn and en drafts that carry the product’s facts', async () => {
    const res = await drafts(ids.rice!, seller, { lang: 'both', count: 3 });
    expect(res.statusCode).toBe(200);
    const { items } = res.json() as Drafts;
    const bn = items.filter((d) => d.lang === 'bn');
    const en = items.filter((d) => d.lang === 'en');
    expect(bn).toHaveLength(3);
    expect(en).toHaveLength(3);
    expect(new Set(items.map((d) => d.text)).size).toBe(6);
    expect(items.every((d) => d.source === 'template')).toBe(true);
    for (const d of bn) {
      expect(d.text).toContain('মিনিকেট চাল');
      expect(d.text).toContain('৫ কেজি');
      expect(d.text).toContain('Dinajpur');
      // Bengali digits throughout (the test shop's own name carries Latin ones).
      expect(d.text.replace(/দোকান [0-9a-f]{8}/, '')).not.toMatch(/[0-9]/);
    }
    for (const d of en) {
      expect(d.text).toContain('Miniket rice');
      expect(d.text).toContain('5 kg');
      expect(d.text).toContain('Dinajpur');
    }
    // Different openings, not just a shuffled tail.
    expect(new Set(en.map((d) => d.text.split('.')[0])).size).toBe(3);
  });

  it('states a medicine’s facts and never dosage or treatment', async () => {
    const res = await drafts(ids.napa!, seller, { count: 5 });
    const { items } = res.json() as Drafts;
    expect(items.length).toBeGreaterThanOrEqual(6);
    for (const d of items) {
      expect(d.text).toContain('Paracetamol');
      expect(d.text).toContain('Beximco Pharmaceuticals');
      expect(d.text).not.toMatch(DOSAGE_ADVICE);
    }
    const en = items.filter((d) => d.lang === 'en');
    expect(
      en.every((d) => d.text.includes('500 mg') && /without a prescription/.test(d.text)),
    ).toBe(true);
    const bn = items.filter((d) => d.lang === 'bn');
    expect(bn.every((d) => d.text.includes('৫০০ mg') && d.text.includes('ট্যাবলেট'))).toBe(true);
  });

  it('uses the phrasing of electronics and food, and one language when asked', async () => {
    const phone = (await drafts(ids.phone!, seller, { lang: 'en', count: 2 })).json() as Drafts;
    expect(phone.items.map((d) => d.lang)).toEqual(['en', 'en']);
    expect(
      phone.items.every((d) => /Primo H10/.test(d.text) && /12-month warranty/.test(d.text)),
    ).toBe(true);
    const food = (await drafts(ids.biryani!, seller, { lang: 'bn', count: 2 })).json() as Drafts;
    expect(food.items.every((d) => d.lang === 'bn' && d.text.includes('২৫ মিনিটে'))).toBe(true);
    // No facts that were not given: the phone has no weight, origin or prescription.
    expect(phone.items.some((d) => /weight|origin|prescription/i.test(d.text))).toBe(false);
  });

  it('is for the product’s own seller only', async () => {
    expect((await drafts(ids.rice!, other)).statusCode).toBe(404);
    expect((await drafts(ids.rice!, customer)).statusCode).toBe(403);
    expect((await drafts(randomUUID(), seller)).statusCode).toBe(404);
    const anon = await t.app.inject({
      method: 'POST',
      url: `/api/v1/products/${ids.rice}/description-drafts`,
      payload: {},
    });
    expect(anon.statusCode).toBe(401);
    for (const payload of [
      { count: 0 },
      { count: 9 },
      { lang: 'fr' },
      { count: '3' },
      { extra: 1 },
    ]) {
      expect((await drafts(ids.rice!, seller, payload)).statusCode, JSON.stringify(payload)).toBe(
        400,
      );
    }
  });
});

describe('description drafts through the LLM', () => {
  const sandbox = createLlmSandbox();
  let llm: TestApp;
  let close: () => Promise<void>;
  // The same seller, signed in to the app that has the LLM configured (its own JWT secret).
  const me = { auth: { authorization: '' } };
  beforeAll(async () => {
    const started = await sandbox.start();
    close = started.close;
    llm = await createTestApp({
      LLM_BASE_URL: started.baseUrl,
      LLM_API_KEY: LLM_SANDBOX_KEY,
      LLM_MODEL: LLM_SANDBOX_MODEL,
    });
    const token = await signAccessToken(llm.ctx.jwtSecret, { id: seller.id, role: 'seller' });
    me.auth.authorization = `Bearer ${token}`;
  });
  afterAll(async () => {
    await llm?.close();
    await close?.();
  });

  it('uses the model’s drafts, sent only the product’s facts', async () => {
    const res = await drafts(ids.rice!, me, { lang: 'both', count: 2 }, llm.app);
    expect(res.statusCode).toBe(200);
    const { items } = res.json() as Drafts;
    expect(items.map((d) => [d.lang, d.source])).toEqual([
      ['bn', 'llm'],
      ['bn', 'llm'],
      ['en', 'llm'],
      ['en', 'llm'],
    ]);
    expect(items[0]!.text).toContain('মিনিকেট চাল');
    expect(items[2]!.text).toContain('Origin: Dinajpur');
    const sent = JSON.stringify(sandbox.received.at(-1)!.body);
    expect(sent).toContain('Net weight: 5000 g');
    expect(sent).not.toContain(seller.phone);
  });

  it('falls back to the templates when the model fails or gives dosage advice', async () => {
    sandbox.script({ status: 500 });
    const failed = (await drafts(ids.rice!, me, { count: 1 }, llm.app)).json() as Drafts;
    expect(failed.items.every((d) => d.source === 'template')).toBe(true);
    sandbox.script({
      content: JSON.stringify({
        drafts: [
          { lang: 'en', text: 'Napa 500: take 2 tablets three times a day for fever.' },
          { lang: 'bn', text: 'নাপা ৫০০: দিনে ৩ বার ২টি করে খাবেন।' },
        ],
      }),
    });
    const unsafe = (await drafts(ids.napa!, me, { count: 1 }, llm.app)).json() as Drafts;
    expect(unsafe.items.every((d) => d.source === 'template')).toBe(true);
    expect(unsafe.items.some((d) => /three times|বার/.test(d.text))).toBe(false);
    sandbox.script({ content: 'not json at all' });
    const garbage = (await drafts(ids.rice!, me, { count: 1 }, llm.app)).json() as Drafts;
    expect(garbage.items.every((d) => d.source === 'template')).toBe(true);
  });
});
