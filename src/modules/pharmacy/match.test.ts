import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createIsolatedTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { createUser, type TestUser } from '../../../test/helpers/factories.ts';
import { createShop } from '../../../test/helpers/shops.ts';
import { MAX_LINE_LENGTH, MAX_MATCH_LINES } from './match.schema.ts';

let t: TestApp;
let owner: TestUser;
let otherSeller: TestUser;
let customer: TestUser;
let admin: TestUser;
let pharmacyId: string;
let otherPharmacyId: string;
let groceryId: string;
const ids: Record<string, string> = {};

// A small master written by the test: brand, generic, strength, form, maker.
const MASTER: [string, string, string, string, string, string][] = [
  ['napa500', 'Napa', 'Paracetamol', '500 mg', 'Tablet', 'Beximco Pharmaceuticals Ltd.'],
  ['napaSyrup', 'Napa', 'Paracetamol', '120 mg/5 ml', 'Syrup', 'Beximco Pharmaceuticals Ltd.'],
  [
    'napaExtra',
    'Napa Extra',
    'Paracetamol + Caffeine',
    '500 mg+65 mg',
    'Tablet',
    'Beximco Pharmaceuticals Ltd.',
  ],
  [
    'seclo20',
    'Seclo',
    'Omeprazole',
    '20 mg',
    'Capsule (Delayed Release)',
    'Square Pharmaceuticals Ltd.',
  ],
  [
    'seclo40',
    'Seclo',
    'Omeprazole',
    '40 mg',
    'Capsule (Delayed Release)',
    'Square Pharmaceuticals Ltd.',
  ],
  ['ace500', 'Ace', 'Paracetamol', '500 mg', 'Tablet', 'Square Pharmaceuticals Ltd.'],
];

function match(shopId: string, user: TestUser | null, payload: unknown, lang = 'en') {
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/shops/${shopId}/medicines/match`,
    headers: { ...(user ? user.auth : {}), 'accept-language': lang },
    payload: payload as object,
  });
}

beforeAll(async () => {
  // Its own database: the matcher reads the whole master, and other files write entries like these.
  t = await createIsolatedTestApp();
  [owner, otherSeller, customer, admin] = await Promise.all([
    createUser(t.ctx, { role: 'seller' }),
    createUser(t.ctx, { role: 'seller' }),
    createUser(t.ctx, { role: 'customer' }),
    createUser(t.ctx, { role: 'admin' }),
  ]);
  pharmacyId = (await createShop(t, owner, { type: 'pharmacy', drugLicence: 'DL-1' })).id;
  otherPharmacyId = (await createShop(t, otherSeller, { type: 'pharmacy', drugLicence: 'DL-2' }))
    .id;
  groceryId = (await createShop(t, owner, { type: 'grocery' })).id;
  for (const [key, brand, generic, strength, form, maker] of MASTER) {
    const row = await t.ctx.db
      .insertInto('medicines')
      .values({
        brand,
        generic_name: generic,
        strength,
        dosage_form: form,
        manufacturer_name: maker,
        prescription_class: 'otc',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids[key] = row.id;
  }
});
afterAll(() => t.close());

describe('POST /shops/{id}/medicines/match', () => {
  it('matches a messy list for the pharmacy owner', async () => {
    const lines = ['Napa 500 tab 10 pata', 'নাপা এক্সট্রা', 'seclo 20mg cap x 30', 'napa', 'qwzx'];
    const res = await match(pharmacyId, owner, { lines });
    expect(res.statusCode).toBe(200);
    const { results } = res.json();
    expect(results.map((r: { line: string }) => r.line)).toEqual(lines);
    expect(results[0]).toMatchObject({
      status: 'auto',
      quantity: { quantity: 10, unit: 'strip' },
    });
    expect(results[0].candidates[0]).toMatchObject({
      medicineId: ids.napa500,
      brand: 'Napa',
      generic: 'Paracetamol',
      strength: '500 mg',
      form: 'Tablet',
      manufacturer: 'Beximco Pharmaceuticals Ltd.',
    });
    expect(results[0].candidates[0].confidence).toBeGreaterThan(0.8);
    expect(results[0].candidates[0].reasons).toContain('strength:match');
    expect(results[1].candidates[0].medicineId).toBe(ids.napaExtra);
    expect(results[2]).toMatchObject({ status: 'auto', quantity: { quantity: 30 } });
    expect(results[2].candidates[0].medicineId).toBe(ids.seclo20);
    // Napa with no strength or form: a tablet and a syrup are both possible.
    expect(results[3].status).toBe('review');
    expect(results[3].candidates.map((c: { medicineId: string }) => c.medicineId)).toEqual(
      expect.arrayContaining([ids.napa500, ids.napaSyrup]),
    );
    expect(results[4]).toMatchObject({ status: 'none', candidates: [] });
    for (const r of results) expect(r.candidates.length).toBeLessThanOrEqual(5);
  });

  it('is open to an admin, not to another seller, a customer or a visitor', async () => {
    const body = { lines: ['Napa 500 tab'] };
    expect((await match(pharmacyId, admin, body)).statusCode).toBe(200);
    const other = await match(pharmacyId, otherSeller, body);
    expect(other.statusCode).toBe(404);
    expect(other.json().error.code).toBe('SHOP_NOT_FOUND');
    // The other seller's own pharmacy works for them, not for the owner.
    expect((await match(otherPharmacyId, otherSeller, body)).statusCode).toBe(200);
    expect((await match(otherPharmacyId, owner, body)).statusCode).toBe(404);
    expect((await match(pharmacyId, customer, body)).statusCode).toBe(403);
    expect((await match(pharmacyId, null, body)).statusCode).toBe(401);
    const unknown = await match('00000000-0000-4000-8000-000000000000', owner, body);
    expect(unknown.statusCode).toBe(404);
  });

  it('refuses a shop that is not a pharmacy, in Bengali and English', async () => {
    const en = await match(groceryId, owner, { lines: ['Napa 500 tab'] });
    expect(en.statusCode).toBe(409);
    expect(en.json().error).toMatchObject({
      code: 'MEDICINE_MATCH_NOT_PHARMACY',
      message: 'Matching medicine lists is only for pharmacy shops.',
    });
    const bn = await match(groceryId, owner, { lines: ['Napa 500 tab'] }, 'bn');
    expect(bn.json().error.message).toMatch(/ফার্মেসি/);
  });

  it('limits the number of lines and their length with their own errors', async () => {
    const many = await match(pharmacyId, owner, {
      lines: Array.from({ length: MAX_MATCH_LINES + 1 }, () => 'napa'),
    });
    expect(many.statusCode).toBe(400);
    expect(many.json().error).toMatchObject({
      code: 'MEDICINE_MATCH_TOO_MANY_LINES',
      details: { max: MAX_MATCH_LINES },
    });
    const long = await match(pharmacyId, owner, {
      lines: ['napa', 'x'.repeat(MAX_LINE_LENGTH + 1)],
    });
    expect(long.statusCode).toBe(400);
    expect(long.json().error).toMatchObject({
      code: 'MEDICINE_MATCH_LINE_TOO_LONG',
      details: { line: 2, max: MAX_LINE_LENGTH },
    });
    const none = await match(pharmacyId, owner, { lines: [] });
    expect(none.json().error.code).toBe('MEDICINE_MATCH_NO_LINES');
    // Exactly at the limits is fine.
    const full = await match(pharmacyId, owner, {
      lines: Array.from({ length: MAX_MATCH_LINES }, (_, i) =>
        i === 0 ? 'ন'.repeat(MAX_LINE_LENGTH) : `seclo ${i % 50} cap`,
      ),
    });
    expect(full.statusCode).toBe(200);
    expect(full.json().results).toHaveLength(MAX_MATCH_LINES);
  });

  it('refuses a body over the size limit', async () => {
    const huge = await match(pharmacyId, owner, {
      lines: Array.from({ length: 900 }, () => 'ন'.repeat(MAX_LINE_LENGTH) + ' '.repeat(1000)),
    });
    expect(huge.statusCode).toBe(413);
    expect(huge.json().error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('refuses wrong types and unknown fields', async () => {
    for (const payload of [
      { lines: 'napa' },
      { lines: [1, 2] },
      { lines: [null] },
      { lines: [['napa']] },
      { line: ['napa'] },
      { lines: ['napa'], shopId: otherPharmacyId },
      [],
    ]) {
      const res = await match(pharmacyId, owner, payload);
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
    }
    const badId = await match('not-a-uuid', owner, { lines: ['napa'] });
    expect(badId.statusCode).toBe(400);
  });
});
