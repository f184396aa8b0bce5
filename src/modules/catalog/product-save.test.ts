import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { createUser, type TestUser } from '../../../test/helpers/factories.ts';
import { createProduct, insertShop } from './test-support.ts';

let t: TestApp;
let seller: TestUser, rival: TestUser;
let shopId: string;

beforeAll(async () => {
  t = await createTestApp();
  [seller, rival] = await Promise.all([
    createUser(t.ctx, { role: 'seller' }),
    createUser(t.ctx, { role: 'seller' }),
  ]);
  shopId = await insertShop(t.ctx, seller.id);
});
afterAll(() => t?.close());

type Variant = { id: string; sku: string; label: string | null; price: number; onHand: number };
type Product = { id: string; nameEn: string; updatedAt: string; variants: Variant[] };

/** A product with two variants, as the editor loads it. */
async function twoVariantProduct() {
  const sku = `RICE-${Math.random().toString(36).slice(2, 8)}`;
  const created = await createProduct(t.app, seller.auth, shopId, {
    sku,
    variants: [
      { sku: `${sku}-1`, label: '১ কেজি', price: 8500, initialStock: 5 },
      { sku: `${sku}-5`, label: '৫ কেজি', price: 40000 },
    ],
  });
  return { ...(created as unknown as Product), sku };
}

const get = async (id: string) =>
  (await t.app.inject({ url: `/api/v1/products/${id}`, headers: seller.auth })).json() as Product;

const put = (id: string, payload: Record<string, unknown>, user = seller) =>
  t.app.inject({ method: 'PUT', url: `/api/v1/products/${id}`, headers: user.auth, payload });

function saveBody(p: { sku: string }, variants: unknown[], nameEn = 'Miniket rice, new crop') {
  return {
    sku: p.sku,
    nameBn: 'মিনিকেট চাল',
    nameEn,
    kind: 'grocery',
    unit: 'kg',
    status: 'active',
    attributes: { origin: 'Bangladesh' },
    variants,
  };
}

describe('PUT /products/{id}: the product and its variants in one save', () => {
  it('updates, adds and removes variants with the product, in the order given', async () => {
    const p = await twoVariantProduct();
    const [one, five] = p.variants;
    const res = await put(
      p.id,
      saveBody(p, [
        { sku: `${p.sku}-2`, label: '২ কেজি', price: 16500, initialStock: 3 },
        { id: one!.id, sku: one!.sku, label: '১ কেজি', price: 8800 },
      ]),
    );
    expect(res.statusCode, res.body).toBe(200);
    const saved = await get(p.id);
    expect(saved.nameEn).toBe('Miniket rice, new crop');
    expect(saved.variants.map((v) => [v.sku, v.price, v.onHand])).toEqual([
      [`${p.sku}-2`, 16500, 3],
      [one!.sku, 8800, 5],
    ]);
    expect(saved.variants.some((v) => v.id === five!.id)).toBe(false);
  });

  it('a variant with a taken SKU leaves nothing half-written', async () => {
    const p = await twoVariantProduct();
    const other = await twoVariantProduct();
    const before = await get(p.id);
    const res = await put(
      p.id,
      saveBody(
        p,
        [
          { id: p.variants[0]!.id, sku: p.variants[0]!.sku, price: 1 }, // would change
          { sku: `${p.sku}-new`, price: 2 }, // would be added
          { sku: other.variants[0]!.sku, price: 3 }, // refused: another product's SKU
        ],
        'Half written?',
      ),
    );
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('SKU_TAKEN');
    expect(await get(p.id)).toEqual(before);
  });

  it("another product's variant id is refused and nothing changes", async () => {
    const p = await twoVariantProduct();
    const other = await twoVariantProduct();
    const before = await get(p.id);
    const res = await put(
      p.id,
      saveBody(p, [{ id: other.variants[0]!.id, sku: `${p.sku}-x`, price: 1 }], 'Stolen?'),
    );
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('VARIANT_NOT_FOUND');
    expect(await get(p.id)).toEqual(before);
    expect(await get(other.id)).toMatchObject({ variants: other.variants });
  });

  it("another seller's product answers 404 like a missing one", async () => {
    const p = await twoVariantProduct();
    const res = await put(p.id, saveBody(p, [{ sku: `${p.sku}-z`, price: 1 }]), rival);
    expect(res.statusCode).toBe(404);
    expect(res.json().error.code).toBe('PRODUCT_NOT_FOUND');
  });
});
