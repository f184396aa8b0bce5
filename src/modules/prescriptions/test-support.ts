import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import type { TestApp } from '../../../test/helpers/app.ts';
import { createUser, type TestUser } from '../../../test/helpers/factories.ts';
import { addToCart, buyer, checkout, type Buyer } from '../../../test/helpers/shopping.ts';
import { createProduct, insertShop, multipartFile } from '../catalog/test-support.ts';

export type Pharmacy = {
  seller: TestUser;
  shopId: string;
  rx: { productId: string; variantId: string };
  otc: { productId: string; variantId: string };
};

/** An approved pharmacy with a prescription-only medicine (like Angilock 50) and an OTC one. */
export async function pharmacy(t: TestApp, stock = 20): Promise<Pharmacy> {
  const seller = await createUser(t.ctx, { role: 'seller' });
  const shopId = await insertShop(t.ctx, seller.id);
  await t.ctx.db
    .updateTable('shops')
    .set({ type: 'pharmacy', drug_licence: 'DL-12345' })
    .where('id', '=', shopId)
    .execute();
  const medicine = (name: string, prescriptionRequired: boolean) =>
    createProduct(t.app, seller.auth, shopId, {
      kind: 'medicine',
      unit: 'strip',
      nameBn: name,
      nameEn: name,
      attributes: { genericName: 'Losartan Potassium', strength: '50 mg', prescriptionRequired },
      variants: [{ sku: `M-${randomUUID().slice(0, 8)}`, price: 12000, initialStock: stock }],
    });
  const rx = await medicine('Angilock 50', true);
  const otc = await medicine('Napa 500', false);
  return {
    seller,
    shopId,
    rx: { productId: rx.id, variantId: rx.variants[0]!.id },
    otc: { productId: otc.id, variantId: otc.variants[0]!.id },
  };
}

export async function namePharmacist(t: TestApp, p: Pharmacy) {
  const res = await t.app.inject({
    method: 'PUT',
    url: `/api/v1/shops/${p.shopId}/pharmacist`,
    headers: p.seller.auth,
    payload: { name: 'Rahima Akter', registrationNo: 'B-12345' },
  });
  if (res.statusCode !== 200) throw new Error(`pharmacist: ${res.statusCode} ${res.body}`);
}

/** A customer's COD order of `variantId` at the pharmacy; returns the buyer and the order. */
export async function orderOf(t: TestApp, p: Pharmacy, variantIds: string[], b?: Buyer) {
  const customer = b ?? (await buyer(t.ctx, t.app, p.shopId));
  for (const v of variantIds) await addToCart(t.app, customer, v);
  const res = await checkout(t.app, customer);
  if (res.statusCode !== 201) throw new Error(`checkout: ${res.statusCode} ${res.body}`);
  const order = res.json().orders[0] as { id: string; prescriptionStatus: string | null };
  return { customer, order };
}

export const png = () =>
  sharp({ create: { width: 600, height: 800, channels: 3, background: '#eee' } })
    .png()
    .toBuffer();

export const pdf = () =>
  Buffer.from(
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n' +
      'trailer<</Root 1 0 R>>\n%%EOF\n',
  );

export function uploadPrescription(
  t: TestApp,
  user: { auth: Record<string, string> },
  orderId: string,
  data: Buffer,
  name = 'rx.png',
  type = 'image/png',
) {
  const body = multipartFile(data, name, type);
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/orders/${orderId}/prescriptions`,
    headers: { ...user.auth, ...body.headers },
    payload: body.payload,
  });
}

export function review(
  t: TestApp,
  user: { auth: Record<string, string> },
  orderId: string,
  body: Record<string, unknown>,
) {
  return t.app.inject({
    method: 'POST',
    url: `/api/v1/orders/${orderId}/prescription-review`,
    headers: { ...user.auth, 'accept-language': 'en' },
    payload: body,
  });
}
