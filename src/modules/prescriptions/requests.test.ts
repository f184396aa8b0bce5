import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { createUser } from '../../../test/helpers/factories.ts';
import { buyer, checkout, moveOrder } from '../../../test/helpers/shopping.ts';
import { multipartFile } from '../catalog/test-support.ts';
import { namePharmacist, pharmacy, png, type Pharmacy } from './test-support.ts';

let t: TestApp;
let p: Pharmacy;

beforeAll(async () => {
  t = await createTestApp();
  p = await pharmacy(t);
});
afterAll(() => t.close());

/** A multipart body with a shopId field and one file. */
function requestBody(shopId: string, file: Buffer, note = 'প্রেশারের ওষুধ') {
  const single = multipartFile(file, 'rx.png', 'image/png');
  const boundary = single.headers['content-type']!.split('boundary=')[1]!;
  const fields = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="shopId"\r\n\r\n${shopId}\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="note"\r\n\r\n${note}\r\n`,
  );
  return { headers: single.headers, payload: Buffer.concat([fields, single.payload]) };
}

async function send(user: { auth: Record<string, string> }, shopId: string) {
  const body = requestBody(shopId, await png());
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/prescription-requests',
    headers: { ...user.auth, ...body.headers },
    payload: body.payload,
  });
}

describe('send your prescription', () => {
  it('goes from the customer to the pharmacy, back as a proposal, into the bag and an approved order', async () => {
    await namePharmacist(t, p);
    const customer = await buyer(t.ctx, t.app, p.shopId);
    const sent = await send(customer, p.shopId);
    expect(sent.statusCode).toBe(201);
    const req = sent.json();
    expect(req).toMatchObject({ status: 'submitted', note: 'প্রেশারের ওষুধ', items: [] });
    expect(req.files).toHaveLength(1);

    // The pharmacy sees it in its list and reads the file; nobody else does.
    const list = await t.app.inject({
      url: `/api/v1/shops/${p.shopId}/prescription-requests`,
      headers: p.seller.auth,
    });
    expect(list.json().items.map((r: { id: string }) => r.id)).toContain(req.id);
    const file = await t.app.inject({ url: req.files[0].url, headers: p.seller.auth });
    expect(file.statusCode).toBe(200);
    expect(file.headers['cache-control']).toBe('private, no-store');
    const stranger = await createUser(t.ctx);
    const otherPharmacy = await pharmacy(t);
    for (const who of [stranger, otherPharmacy.seller]) {
      expect((await t.app.inject({ url: req.files[0].url, headers: who.auth })).statusCode).toBe(
        404,
      );
      expect(
        (await t.app.inject({ url: `/api/v1/prescription-requests/${req.id}`, headers: who.auth }))
          .statusCode,
      ).toBe(404);
    }
    expect(
      (
        await t.app.inject({
          url: `/api/v1/shops/${p.shopId}/prescription-requests`,
          headers: otherPharmacy.seller.auth,
        })
      ).statusCode,
    ).toBe(404);

    // A proposal only from the pharmacy's own products.
    const propose = (who: { auth: Record<string, string> }, items: unknown) =>
      t.app.inject({
        method: 'PUT',
        url: `/api/v1/prescription-requests/${req.id}/proposal`,
        headers: who.auth,
        payload: { items, note: 'দিনে একটি' },
      });
    const foreign = await propose(p.seller, [
      { variantId: otherPharmacy.rx.variantId, quantity: 1 },
    ]);
    expect(foreign.statusCode).toBe(422);
    expect(
      (await propose(otherPharmacy.seller, [{ variantId: p.rx.variantId, quantity: 1 }]))
        .statusCode,
    ).toBe(404);
    const proposed = await propose(p.seller, [
      { variantId: p.rx.variantId, quantity: 2 },
      { variantId: p.otc.variantId, quantity: 1 },
    ]);
    expect(proposed.statusCode).toBe(200);
    expect(proposed.json().status).toBe('proposed');
    expect(proposed.json().items).toHaveLength(2);

    // The customer confirms (twice: the same answer); the items are in the bag.
    const confirm = () =>
      t.app.inject({
        method: 'POST',
        url: `/api/v1/prescription-requests/${req.id}/confirm`,
        headers: customer.auth,
      });
    expect((await confirm()).json().status).toBe('confirmed');
    expect((await confirm()).statusCode).toBe(200);
    const bag = await t.app.inject({ url: '/api/v1/cart', headers: customer.auth });
    expect(JSON.stringify(bag.json())).toContain(p.rx.variantId);

    // The order carries the prescription, approved: the shop can accept at once.
    const placed = await checkout(t.app, customer);
    expect(placed.statusCode).toBe(201);
    const order = placed.json().orders[0];
    expect(order.prescriptionStatus).toBe('approved');
    const rx = await t.app.inject({
      url: `/api/v1/orders/${order.id}/prescriptions`,
      headers: p.seller.auth,
    });
    expect(rx.json()).toMatchObject({ status: 'approved', review: { decision: 'approve' } });
    expect(rx.json().files).toHaveLength(1);
    expect((await moveOrder(t.app, p.seller, order.id, 'accepted')).statusCode).toBe(200);
    const after = await t.app.inject({
      url: `/api/v1/prescription-requests/${req.id}`,
      headers: customer.auth,
    });
    expect(after.json().orderId).toBe(order.id);
    // Used once: a later order of the same medicine needs its own prescription.
    const again = await buyer(t.ctx, t.app, p.shopId);
    void again;
  });

  it('is refused to a shop that is not a pharmacy, and a proposal needs a pharmacist', async () => {
    const customer = await createUser(t.ctx);
    const grocery = await pharmacy(t);
    await t.ctx.db
      .updateTable('shops')
      .set({ type: 'grocery', drug_licence: null })
      .where('id', '=', grocery.shopId)
      .execute();
    const refused = await send(customer, grocery.shopId);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('NOT_A_PHARMACY');
    const noPharmacist = await pharmacy(t);
    const req = (await send(customer, noPharmacist.shopId)).json();
    const res = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/prescription-requests/${req.id}/proposal`,
      headers: noPharmacist.seller.auth,
      payload: { items: [{ variantId: noPharmacist.rx.variantId, quantity: 1 }] },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('PHARMACIST_REQUIRED');
    // The customer cannot confirm what was never proposed.
    const early = await t.app.inject({
      method: 'POST',
      url: `/api/v1/prescription-requests/${req.id}/confirm`,
      headers: customer.auth,
    });
    expect(early.json().error.code).toBe('PRESCRIPTION_REQUEST_CLOSED');
  });
});
