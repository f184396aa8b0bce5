import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/helpers/app.ts';
import { createUser } from '../../../test/helpers/factories.ts';
import { moveOrder } from '../../../test/helpers/shopping.ts';
import {
  namePharmacist,
  orderOf,
  pdf,
  pharmacy,
  png,
  review,
  uploadPrescription,
  type Pharmacy,
} from './test-support.ts';

let t: TestApp;
let p: Pharmacy;

beforeAll(async () => {
  t = await createTestApp();
  p = await pharmacy(t);
});
afterAll(() => t.close());

const onHand = async (variantId: string) =>
  (
    await t.ctx.db
      .selectFrom('product_variants')
      .select('on_hand')
      .where('id', '=', variantId)
      .executeTakeFirstOrThrow()
  ).on_hand;

const events = async (topic: string, orderId: string) =>
  t.ctx.db
    .selectFrom('outbox_events')
    .select('payload')
    .where('topic', '=', topic)
    .where(({ ref }) => ref('payload', '->>').key('orderId' as never), '=', orderId)
    .execute();

describe('the registered pharmacist', () => {
  it('is named by the owner, shown publicly, and only for pharmacies', async () => {
    const other = await createUser(t.ctx, { role: 'seller' });
    const fresh = await pharmacy(t);
    const url = `/api/v1/shops/${fresh.shopId}/pharmacist`;
    expect((await t.app.inject({ url })).json()).toEqual({
      shopId: fresh.shopId,
      pharmacist: null,
    });
    const put = (auth: Record<string, string>, payload: Record<string, unknown>) =>
      t.app.inject({ method: 'PUT', url, headers: auth, payload });
    expect((await put(other.auth, { name: 'X', registrationNo: 'Y' })).statusCode).toBe(404);
    expect((await put(fresh.seller.auth, { name: '', registrationNo: 'Y' })).statusCode).toBe(400);
    expect(
      (await put(fresh.seller.auth, { name: 'A', registrationNo: 'B', shopId: 'x' })).statusCode,
    ).toBe(400);
    const ok = await put(fresh.seller.auth, { name: ' রহিমা আক্তার ', registrationNo: 'B-777' });
    expect(ok.statusCode).toBe(200);
    expect((await t.app.inject({ url })).json().pharmacist).toMatchObject({
      name: 'রহিমা আক্তার',
      registrationNo: 'B-777',
    });
    // A grocery has no pharmacist.
    await t.ctx.db
      .updateTable('shops')
      .set({ type: 'grocery', drug_licence: null })
      .where('id', '=', fresh.shopId)
      .execute();
    const grocery = await put(fresh.seller.auth, { name: 'A', registrationNo: 'B' });
    expect(grocery.statusCode).toBe(409);
    expect(grocery.json().error.code).toBe('NOT_A_PHARMACY');
  });
});

describe('an order with a prescription-only medicine', () => {
  it('cannot be accepted until the pharmacist approves its uploaded prescription', async () => {
    const fresh = await pharmacy(t);
    const { customer, order } = await orderOf(t, fresh, [fresh.rx.variantId, fresh.otc.variantId]);
    expect(order.prescriptionStatus).toBe('required');

    for (const who of [fresh.seller, await createUser(t.ctx, { role: 'admin' })]) {
      const refused = await moveOrder(t.app, who, order.id, 'accepted');
      expect(refused.statusCode).toBe(409);
      expect(refused.json().error.code).toBe('PRESCRIPTION_NOT_APPROVED');
    }
    const bn = await t.app.inject({
      method: 'POST',
      url: `/api/v1/orders/${order.id}/transitions`,
      headers: { ...fresh.seller.auth, 'accept-language': 'bn' },
      payload: { to: 'accepted' },
    });
    expect(bn.json().error.message).toMatch(/ফার্মাসিস্ট/);

    // No file yet: nothing to review.
    expect(
      (await review(t, fresh.seller, order.id, { decision: 'approve' })).json().error.code,
    ).toBe('PRESCRIPTION_NOT_SUBMITTED');
    const up = await uploadPrescription(t, customer, order.id, await png());
    expect(up.statusCode).toBe(201);
    expect(up.json().status).toBe('submitted');
    expect(up.json().files).toHaveLength(1);
    expect(await events('prescription.submitted', order.id)).toHaveLength(1);
    // Still not acceptable while only submitted.
    expect((await moveOrder(t.app, fresh.seller, order.id, 'accepted')).statusCode).toBe(409);

    // A pharmacy without a registered pharmacist cannot approve.
    const noPharmacist = await review(t, fresh.seller, order.id, { decision: 'approve' });
    expect(noPharmacist.statusCode).toBe(409);
    expect(noPharmacist.json().error.code).toBe('PHARMACIST_REQUIRED');
    expect(noPharmacist.json().error.message).toMatch(/pharmacist/);

    await namePharmacist(t, fresh);
    const approved = await review(t, fresh.seller, order.id, { decision: 'approve' });
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toMatchObject({
      status: 'approved',
      review: {
        decision: 'approve',
        pharmacistName: 'Rahima Akter',
        pharmacistRegistrationNo: 'B-12345',
      },
    });
    // A replay answers the same; a change of mind is refused.
    expect((await review(t, fresh.seller, order.id, { decision: 'approve' })).statusCode).toBe(200);
    const flip = await review(t, fresh.seller, order.id, { decision: 'reject', reason: 'x' });
    expect(flip.json().error.code).toBe('PRESCRIPTION_ALREADY_REVIEWED');
    // No more files once decided.
    expect((await uploadPrescription(t, customer, order.id, await png())).statusCode).toBe(409);
    expect(await events('prescription.approved', order.id)).toHaveLength(1);

    const accepted = await moveOrder(t.app, fresh.seller, order.id, 'accepted');
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().status).toBe('accepted');
    expect(accepted.json().prescriptionStatus).toBe('approved');
    expect(
      accepted
        .json()
        .items.map((i: { prescriptionRequired: boolean }) => i.prescriptionRequired)
        .sort(),
    ).toEqual([false, true]);
  });

  it('needs nothing when no line is prescription-only', async () => {
    const { order } = await orderOf(t, p, [p.otc.variantId]);
    expect(order.prescriptionStatus).toBeNull();
    expect((await moveOrder(t.app, p.seller, order.id, 'accepted')).statusCode).toBe(200);
  });

  it('is cancelled with its stock back and the customer told when the prescription is rejected', async () => {
    await namePharmacist(t, p);
    const before = await onHand(p.rx.variantId);
    const { customer, order } = await orderOf(t, p, [p.rx.variantId]);
    expect(await onHand(p.rx.variantId)).toBe(before - 1);
    await uploadPrescription(t, customer, order.id, pdf(), 'rx.pdf', 'application/pdf');
    const noReason = await review(t, p.seller, order.id, { decision: 'reject' });
    expect(noReason.statusCode).toBe(422);
    expect(noReason.json().error.code).toBe('PRESCRIPTION_REASON_REQUIRED');
    const rejected = await review(t, p.seller, order.id, {
      decision: 'reject',
      reason: 'The prescription has no doctor’s signature',
    });
    expect(rejected.statusCode).toBe(200);
    expect(rejected.json().status).toBe('rejected');
    const detail = await t.app.inject({
      url: `/api/v1/orders/${order.id}`,
      headers: customer.auth,
    });
    expect(detail.json().status).toBe('rejected');
    expect(detail.json().payment.status).toBe('cancelled');
    expect(await onHand(p.rx.variantId)).toBe(before);
    const told = await events('prescription.rejected', order.id);
    expect(told).toHaveLength(1);
    expect(told[0]!.payload).toMatchObject({
      reason: 'The prescription has no doctor’s signature',
    });
    expect((await moveOrder(t.app, p.seller, order.id, 'accepted')).statusCode).toBe(409);
  });

  it('takes one decision under concurrent reviews', async () => {
    const { customer, order } = await orderOf(t, p, [p.rx.variantId]);
    await uploadPrescription(t, customer, order.id, await png());
    const results = await Promise.all([
      review(t, p.seller, order.id, { decision: 'approve' }),
      review(t, p.seller, order.id, { decision: 'reject', reason: 'unreadable' }),
      review(t, p.seller, order.id, { decision: 'approve' }),
    ]);
    const codes = results.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 200).length).toBeGreaterThanOrEqual(1);
    expect(codes.every((c) => c === 200 || c === 409)).toBe(true);
    const reviews = await t.ctx.db
      .selectFrom('prescription_reviews')
      .selectAll()
      .where('order_id', '=', order.id)
      .execute();
    expect(reviews).toHaveLength(1);
    const status = (
      await t.app.inject({ url: `/api/v1/orders/${order.id}`, headers: customer.auth })
    ).json();
    expect(status.prescriptionStatus).toBe(
      reviews[0]!.decision === 'approve' ? 'approved' : 'rejected',
    );
  });
});

describe('prescription files', () => {
  it('are read only by the buyer and that pharmacy, never cached', async () => {
    const { customer, order } = await orderOf(t, p, [p.rx.variantId]);
    const up = await uploadPrescription(t, customer, order.id, await png());
    const file = up.json().files[0];
    expect(file.url).toBe(`/api/v1/orders/${order.id}/prescriptions/${file.id}`);
    const get = (auth: Record<string, string>, url = file.url) =>
      t.app.inject({ url, headers: auth });

    const mine = await get(customer.auth);
    expect(mine.statusCode).toBe(200);
    expect(mine.headers['content-type']).toBe('image/png');
    expect(mine.headers['cache-control']).toBe('private, no-store');
    expect((await get(p.seller.auth)).statusCode).toBe(200);
    expect(
      (await get(p.seller.auth, `/api/v1/orders/${order.id}/prescriptions`)).json().files,
    ).toHaveLength(1);

    const otherCustomer = await createUser(t.ctx);
    const otherPharmacy = await pharmacy(t);
    for (const auth of [otherCustomer.auth, otherPharmacy.seller.auth]) {
      expect((await get(auth)).statusCode).toBe(404);
      expect((await get(auth, `/api/v1/orders/${order.id}/prescriptions`)).statusCode).toBe(404);
    }
    // Uploading is the buyer's: another customer finds no order, a seller is refused the route.
    expect((await uploadPrescription(t, otherCustomer, order.id, await png())).statusCode).toBe(
      404,
    );
    expect(
      (await review(t, otherPharmacy.seller, order.id, { decision: 'approve' })).statusCode,
    ).toBe(404);
    // The shop cannot upload in the buyer's place; the buyer cannot review.
    expect((await uploadPrescription(t, p.seller, order.id, await png())).statusCode).toBe(403);
    expect((await review(t, customer, order.id, { decision: 'approve' })).statusCode).toBe(403);
    // Anonymous: 401. Admins see the status on the order, not the file.
    expect((await t.app.inject({ url: file.url })).statusCode).toBe(401);
    const admin = await createUser(t.ctx, { role: 'admin' });
    expect((await get(admin.auth)).statusCode).toBe(403);
    // A file id of another order is not found through this order.
    const second = await orderOf(t, p, [p.rx.variantId]);
    expect(
      (
        await get(
          second.customer.auth,
          `/api/v1/orders/${second.order.id}/prescriptions/${file.id}`,
        )
      ).statusCode,
    ).toBe(404);
    // The storage key is never shown.
    expect(JSON.stringify(up.json())).not.toMatch(/prescriptions\/[0-9a-f-]{36}\/[0-9a-f-]{36}/);
  });

  it('are checked by content and size', async () => {
    const { customer, order } = await orderOf(t, p, [p.rx.variantId]);
    const fake = await uploadPrescription(
      t,
      customer,
      order.id,
      Buffer.from('<html>hi</html>'),
      'rx.jpg',
      'image/jpeg',
    );
    expect(fake.statusCode).toBe(415);
    expect(fake.json().error.code).toBe('PRESCRIPTION_FILE_INVALID');
    const broken = Buffer.concat([(await png()).subarray(0, 40)]);
    expect((await uploadPrescription(t, customer, order.id, broken)).statusCode).toBe(415);
    const big = Buffer.alloc(11 * 1024 * 1024, 0x25);
    const tooBig = await uploadPrescription(
      t,
      customer,
      order.id,
      big,
      'rx.pdf',
      'application/pdf',
    );
    expect(tooBig.statusCode).toBe(413);
    const ok = await uploadPrescription(t, customer, order.id, pdf(), 'x.png', 'image/png');
    expect(ok.statusCode).toBe(201);
    expect(ok.json().files[0].contentType).toBe('application/pdf');
    const read = await t.app.inject({ url: ok.json().files[0].url, headers: customer.auth });
    expect(read.headers['content-type']).toBe('application/pdf');
    // No prescription on an order that needs none.
    const plain = await orderOf(t, p, [p.otc.variantId]);
    const none = await uploadPrescription(t, plain.customer, plain.order.id, await png());
    expect(none.json().error.code).toBe('PRESCRIPTION_NOT_REQUIRED');
  });

  it('strips a photo’s metadata (GPS) and keeps at most five files', async () => {
    const { customer, order } = await orderOf(t, p, [p.rx.variantId]);
    const sharp = (await import('sharp')).default;
    const withExif = await sharp({
      create: { width: 300, height: 300, channels: 3, background: '#fff' },
    })
      .jpeg()
      .withMetadata({ exif: { IFD0: { Copyright: 'secret-place' } } })
      .toBuffer();
    expect(withExif.includes(Buffer.from('secret-place'))).toBe(true);
    const up = await uploadPrescription(t, customer, order.id, withExif, 'a.jpg', 'image/jpeg');
    expect(up.statusCode).toBe(201);
    const read = await t.app.inject({ url: up.json().files[0].url, headers: customer.auth });
    expect(read.rawPayload.includes(Buffer.from('secret-place'))).toBe(false);
    for (let i = 0; i < 4; i++) await uploadPrescription(t, customer, order.id, await png());
    const sixth = await uploadPrescription(t, customer, order.id, await png());
    expect(sixth.statusCode).toBe(409);
    expect(sixth.json().error.code).toBe('PRESCRIPTION_FILE_LIMIT');
  });
});
