import { expect } from 'vitest';
import type { TestUser } from '../helpers/factories.ts';
import { newPhonePage, type screenshotter, signIn, type WebServer } from './support.ts';

/** The seller opens the order in their queue and walks it to delivered with the buttons. */
export async function deliverThroughQueue(
  server: WebServer,
  shot: ReturnType<typeof screenshotter>,
  seller: TestUser,
  shopId: string,
  orderId: string,
  tag: string,
  { findByNumber, cod = false }: { findByNumber?: string; cod?: boolean } = {},
) {
  const page = await newPhonePage(server.browser);
  await page.goto(`${server.baseUrl}/seller/shops/${shopId}/orders`);
  await signIn(page, seller);
  await page.getByRole('heading', { name: 'অর্ডার' }).waitFor();
  const row = page.locator(`[data-testid="order-row"][data-order-id="${orderId}"]`);
  await row.waitFor();
  if (findByNumber) {
    // The buyer reads the number out on the phone: the seller finds it (case does not matter).
    await page.getByLabel('অর্ডার নম্বর').fill(findByNumber.toLowerCase());
    await page.getByLabel('অর্ডার নম্বর').press('Enter');
    await expect
      .poll(() => new URL(page.url()).searchParams.get('number'))
      .toBe(findByNumber.toLowerCase());
    await expect.poll(() => page.getByTestId('order-row').count()).toBe(1);
    await row.waitFor();
  }
  expect(await row.getByTestId('order-status').textContent()).toBe('অর্ডার হয়েছে');
  await row.getByRole('button', { expanded: false }).click();
  await row.getByRole('button', { name: 'অর্ডার নিন' }).waitFor();
  // The seller sees where to deliver: the recipient, a number to call and the landmark.
  const address = row.getByTestId('delivery-address');
  expect(await address.textContent()).toContain('নাসরিন সুলতানা');
  expect(await address.getByRole('link', { name: /^01\d{9}$/ }).getAttribute('href')).toMatch(
    /^tel:\+8801\d{9}$/,
  );
  expect(await address.getByTestId('delivery-landmark').textContent()).toContain('মসজিদের পাশে');
  // Money at the door: the COD total to collect, or nothing for an order paid online.
  const collect = await row.getByTestId('collect-at-door').textContent();
  expect(collect).toMatch(
    cod ? /^ডেলিভারির সময় নগদ নিতে হবে: [০-৯,.]+৳$/ : /^টাকা দেওয়া হয়ে গেছে \(বিকাশ\)/,
  );
  await shot(page, `${tag}-queue`);
  if (cod) {
    // The day so far at the top of the queue: one order in, one waiting to be accepted.
    const today = page.getByTestId('shop-today');
    expect(await today.textContent()).toContain('আজ অর্ডার এসেছে১');
    expect(await today.getByTestId('waiting').textContent()).toBe(
      'নিতে হবে ১ · প্যাক করতে হবে ০ · ডেলিভারিতে দিতে হবে ০',
    );
    // The packing slip, as printed: no header or buttons, the lines, the address, the cash.
    await row.getByRole('link', { name: 'প্যাকিং স্লিপ (প্রিন্ট)' }).click();
    const slip = page.getByTestId('packing-slip');
    await slip.waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await slip.locator('button').count()).toBe(1);
    expect(await slip.locator('button').isVisible()).toBe(false);
    expect(await slip.getByTestId('slip-line').count()).toBeGreaterThan(0);
    expect(await slip.getByTestId('collect-at-door').textContent()).toBe(collect);
    await shot(page, `${tag}-slip`);
    await page.emulateMedia({ media: 'screen' });
    await page.goBack();
    await row.getByRole('button', { expanded: false }).click();
    await row.getByRole('button', { name: 'অর্ডার নিন' }).waitFor();
  }
  for (const [action, status] of [
    ['অর্ডার নিন', 'দোকান নিয়েছে'],
    ['প্যাক হয়েছে', 'প্যাক করা হয়েছে'],
    ['ডেলিভারিতে দিন', 'ডেলিভারিতে আছে'],
    ['পৌঁছে দেওয়া হয়েছে', 'পৌঁছে গেছে'],
  ] as const) {
    await row.getByRole('button', { name: action, exact: true }).click();
    // "Delivered" waits out its undo window before it is sent.
    const undoable = action === 'পৌঁছে দেওয়া হয়েছে';
    if (undoable) await row.getByTestId('undo-bar').waitFor();
    await expect
      .poll(() => row.getByTestId('order-status').textContent(), {
        timeout: undoable ? 15_000 : undefined,
      })
      .toBe(status);
  }
  if (cod) {
    await expect
      .poll(() => page.getByTestId('shop-today').textContent())
      .toContain('আজ পৌঁছে দেওয়া হয়েছে১');
  }
  await shot(page, `${tag}-delivered`);
  await page.context().close();
}
