import { describe, expect, it } from 'vitest';
import { smsParts } from '../../platform/messaging/sms-parts.ts';
import { fitSms, formatMoney, formatSmsMoney } from './notifications.format.ts';
import { notificationKinds, type NotificationKind } from './notifications.kinds.ts';
import { render, type TemplateData } from './notifications.templates.ts';

const BASE = 'https://haat.example.com';
const shop = { shopId: 'shop-1', shopNameBn: 'করিম স্টোর', shopNameEn: 'Karim Store' };
const order = { orderId: 'ord-1', orderNumber: 'HT-2612-000002', ...shop };
const samples: { [K in NotificationKind]: TemplateData[K] } = {
  order_placed: { ...order, totalPoisha: 123456750, audience: 'customer' },
  order_accepted: order,
  order_shipped: order,
  order_rider: { ...order, riderName: 'রফিক মিয়া', riderPhone: '+8801812345678' },
  order_delivered: order,
  order_cancelled: { ...order, reason: 'স্টকে নেই' },
  prescription_submitted: order,
  prescription_approved: order,
  prescription_rejected: { ...order, reason: 'প্রেসক্রিপশনের মেয়াদ শেষ, ডাক্তারের সই নেই' },
  prescription_request_submitted: { ...shop, requestId: 'req-1' },
  prescription_request_proposed: { ...shop, requestId: 'req-1' },
  refill_due: { ...shop, productId: 'p-1', productName: 'Angilock 50', runsOutOn: '2027-01-12' },
  payment_received: { orderId: 'ord-1', orderNumber: 'HT-2612-000002', amountPoisha: '15050' },
  payment_failed: { orderId: 'ord-1', orderNumber: 'HT-2612-000002', amountPoisha: 15050 },
  payment_refunded: { orderId: 'ord-1', orderNumber: 'HT-2612-000002', amountPoisha: 15050n },
  return_update: {
    orderId: 'ord-1',
    orderNumber: 'HT-2612-000002',
    shopId: 'shop-1',
    shopNameBn: 'করিম স্টোর',
    shopNameEn: 'Karim Store',
    returnId: 'ret-1',
    status: 'refunded',
    audience: 'customer',
    refundAmountPoisha: 12345,
  },
  shop_approved: shop,
  shop_rejected: { ...shop, reason: 'ট্রেড লাইসেন্স নম্বর দিন' },
  shop_suspended: { ...shop, reason: 'মেয়াদোত্তীর্ণ ওষুধ বিক্রির অভিযোগ' },
  shop_reinstated: shop,
  product_hidden: {
    shopId: 'shop-1',
    productId: 'p-1',
    productNameBn: 'নাপা ৫০০',
    productNameEn: 'Napa 500',
    reason: 'মেয়াদোত্তীর্ণ ব্যাচ',
  },
  shop_review: { ...shop, fields: ['type', 'drugLicence', 'location'] },
  low_stock: { shopId: 'shop-1', productId: 'p-1', productName: 'Miniket rice 5 kg', onHand: 3 },
  batch_expiring: {
    shopId: 'shop-1',
    productId: 'p-1',
    productName: 'Napa 500',
    batchNumber: 'NP2407',
    expiryDate: '2027-01-31',
    daysLeft: 30,
    quantity: 120,
  },
  daily_summary: {
    ...shop,
    date: '2026-11-24',
    ordersPlaced: 12,
    ordersDelivered: 9,
    salesPoisha: 1845050,
  },
  password_reset: { link: `${BASE}/reset-password?token=abc` },
  phone_otp: { code: '042917' },
  email_verification: { link: `${BASE}/verify-email?token=abc` },
  registration_code: { code: '042917' },
  registration_attempt: { channel: 'phone' },
  account_unlock: { link: `${BASE}/unlock?token=abc` },
  welcome: { role: 'customer' },
  support_answered: { threadId: 'thread-1', subject: 'নাপা ৫০০ কবে আসবে?' },
  bag_reminder: { itemCount: 3, optOutUrl: 'https://haat.example/bag-reminders/off?token=t' },
};
const channelsOf: Record<NotificationKind, string[]> = {
  order_placed: ['email', 'inApp', 'sms'],
  order_accepted: ['email', 'inApp', 'sms'],
  order_shipped: ['email', 'inApp', 'sms'],
  order_rider: ['email', 'inApp', 'sms'],
  order_delivered: ['email', 'inApp', 'sms'],
  order_cancelled: ['email', 'inApp', 'sms'],
  prescription_submitted: ['email', 'inApp', 'sms'],
  prescription_approved: ['email', 'inApp', 'sms'],
  prescription_rejected: ['email', 'inApp', 'sms'],
  prescription_request_submitted: ['email', 'inApp', 'sms'],
  prescription_request_proposed: ['email', 'inApp', 'sms'],
  refill_due: ['email', 'inApp', 'sms'],
  payment_received: ['email', 'inApp', 'sms'],
  payment_failed: ['email', 'inApp', 'sms'],
  payment_refunded: ['email', 'inApp', 'sms'],
  return_update: ['email', 'inApp', 'sms'],
  shop_approved: ['email', 'inApp', 'sms'],
  shop_rejected: ['email', 'inApp', 'sms'],
  shop_suspended: ['email', 'inApp', 'sms'],
  shop_reinstated: ['email', 'inApp', 'sms'],
  product_hidden: ['email', 'inApp'],
  shop_review: ['email', 'inApp', 'sms'],
  low_stock: ['email', 'inApp', 'sms'],
  batch_expiring: ['email', 'inApp'],
  daily_summary: ['email', 'inApp', 'sms'],
  password_reset: ['email'],
  phone_otp: ['sms'],
  email_verification: ['email'],
  registration_code: ['email', 'sms'],
  registration_attempt: ['email', 'sms'],
  account_unlock: ['email'],
  welcome: ['email', 'inApp'],
  support_answered: ['email', 'inApp'],
  bag_reminder: ['email', 'inApp', 'sms'],
};
const BENGALI = /[\u0980-\u09ff]/;

describe.each(notificationKinds)('template %s', (kind) => {
  const rendered = (locale: 'bn' | 'en', name = 'রহিমা') =>
    render(kind, locale, { ...samples[kind], name } as never, BASE);

  it.each(['bn', 'en'] as const)('renders in %s on its channels', (locale) => {
    const r = rendered(locale);
    expect(Object.keys(r).sort()).toEqual(channelsOf[kind]);
    const texts = [r.email?.subject, r.email?.text, r.sms, r.inApp?.title, r.inApp?.body].filter(
      (t): t is string => t !== undefined,
    );
    for (const t of texts) {
      expect(t.trim().length).toBeGreaterThan(0);
      expect(t).not.toMatch(/undefined|NaN|\[object/);
      // Bengali texts are Bengali; English texts carry no Bengali except the user's own data.
      if (locale === 'bn') expect(t).toMatch(BENGALI);
    }
    if (locale === 'en' && r.inApp) expect(r.inApp.title).not.toMatch(BENGALI);
    if (r.sms) expect(smsParts(r.sms).parts).toBeLessThanOrEqual(2);
    if (r.inApp?.link) expect(r.inApp.link.startsWith('/')).toBe(true);
    if (r.email) {
      expect(r.email.text.startsWith(locale === 'bn' ? 'প্রিয় রহিমা,' : 'Dear রহিমা,')).toBe(true);
      expect(r.email.html).toContain(`lang="${locale}"`);
    }
  });

  it('escapes user data in the HTML email', () => {
    const r = render(
      kind,
      'en',
      { ...samples[kind], name: '<script>alert(1)</script>' } as never,
      BASE,
    );
    if (!r.email) return;
    expect(r.email.html).not.toContain('<script>');
    expect(r.email.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});

describe('template details', () => {
  it('writes money with Intl in ৳: Bengali digits and lakh grouping in bn', () => {
    expect(formatMoney('bn', 123456750)).toBe('১২,৩৪,৫৬৭.৫০৳');
    expect(formatMoney('en', 123456750)).toBe('৳1,234,567.50');
    expect(formatMoney('en', '5')).toBe('৳0.05');
    // beyond 2^53 poisha, still exact (no floating point on the way)
    expect(formatMoney('en', 900719925474099312n)).toBe('৳9,007,199,254,740,993.12');
    const placed = render('order_placed', 'bn', { ...samples.order_placed, name: 'ক' }, BASE);
    expect(placed.inApp?.body).toContain('১২,৩৪,৫৬৭.৫০৳');
    expect(placed.inApp?.title).toBe('অর্ডার #HT-2612-000002 দেওয়া হয়েছে');
    const en = render('order_placed', 'en', { ...samples.order_placed, name: 'A' }, BASE);
    expect(en.email?.text).toContain('৳1,234,567.50');
    expect(en.inApp?.title).toBe('Order #HT-2612-000002 placed');
  });

  it('writes order numbers in ASCII digits in Bengali too, as the app shows and finds them', () => {
    const kinds = notificationKinds.filter(
      (k): k is NotificationKind => 'orderNumber' in (samples[k] as object),
    );
    expect(kinds).toEqual(expect.arrayContaining(['order_placed', 'order_cancelled']));
    for (const kind of kinds) {
      const r = render(kind, 'bn', { ...samples[kind], name: 'ক' } as never, BASE);
      const texts = [r.inApp?.title, r.inApp?.body, r.sms, r.email?.subject, r.email?.text];
      for (const text of texts.filter((x): x is string => Boolean(x))) {
        expect(text, `${kind}: ${text}`).not.toMatch(/[০-৯]{4}-[০-৯]{6}/);
      }
      expect([r.inApp?.title, r.inApp?.body, r.sms].join(' '), kind).toContain('#HT-2612-000002');
    }
    // Amounts stay in Bengali digits beside the ASCII number.
    const bn = render('order_placed', 'bn', { ...samples.order_placed, name: 'ক' }, BASE);
    expect(bn.sms).toBe('হাট: অর্ডার #HT-2612-000002 দেওয়া হয়েছে, মোট ১২,৩৪,৫৬৭.৫০৳।');
  });

  it('keeps English SMS in GSM-7 (Tk, not ৳) and Bengali SMS in UCS-2 with ৳', () => {
    expect(formatSmsMoney('en', 15050)).toBe('Tk 150.50');
    const en = render('payment_received', 'en', { ...samples.payment_received, name: 'A' }, BASE);
    expect(en.sms).toBe('Haat: payment of Tk 150.50 received for order #HT-2612-000002.');
    expect(smsParts(en.sms!).encoding).toBe('GSM-7');
    const bn = render('payment_received', 'bn', { ...samples.payment_received, name: 'ক' }, BASE);
    expect(bn.sms).toContain('১৫০.৫০৳');
    expect(smsParts(bn.sms!).encoding).toBe('UCS-2');
  });

  it('keeps every OTP SMS in one part, with the code in ASCII digits', () => {
    for (const locale of ['bn', 'en'] as const) {
      for (const sms of [
        render('phone_otp', locale, { code: '042917', name: 'x' }, BASE).sms!,
        render('password_reset', locale, { code: '042917', name: 'x' }, BASE).sms!,
        render('registration_code', locale, { code: '042917', name: 'x' }, BASE).sms!,
        render('account_unlock', locale, { code: '042917', name: 'x' }, BASE).sms!,
      ]) {
        expect(sms).toContain('042917');
        expect(smsParts(sms).parts).toBe(1);
      }
    }
  });

  it('shortens long user data so an SMS stays within its parts', () => {
    const reason = 'দোকানের ছবি, ঠিকানা এবং ট্রেড লাইসেন্সের তথ্য মেলেনি। '.repeat(10);
    const r = render('shop_rejected', 'bn', { ...shop, reason, name: 'ক' }, BASE);
    expect(smsParts(r.sms!).parts).toBeLessThanOrEqual(3);
    expect(r.sms).toContain('…');
    // the email carries the whole reason
    expect(r.email?.text).toContain(reason.trim());
    expect(fitSms((x) => `Hi ${x}`, 'short', 1)).toBe('Hi short');
  });

  it('links to the web app: absolute in email, a path in-app; identity links stay as given', () => {
    const r = render('shop_approved', 'en', { ...shop, name: 'A' }, `${BASE}/`);
    expect(r.email?.text).toContain(`${BASE}/seller/shops/shop-1`);
    expect(r.email?.html).toContain(`href="${BASE}/seller/shops/shop-1"`);
    expect(r.inApp?.link).toBe('/seller/shops/shop-1');
    const v = render(
      'email_verification',
      'en',
      { ...samples.email_verification, name: 'A' },
      BASE,
    );
    expect(v.email?.subject).toBe('Haat: verify your email');
    expect(v.email?.text).toContain(`${BASE}/verify-email?token=abc`);
    expect(v.email?.html).toContain('href="https://haat.example.com/verify-email?token=abc"');
  });

  it('writes the seller a different order_placed than the customer', () => {
    const seller = render(
      'order_placed',
      'bn',
      { ...samples.order_placed, audience: 'seller', name: 'ক' },
      BASE,
    );
    expect(seller.inApp?.title).toBe('নতুন অর্ডার #HT-2612-000002');
    expect(seller.inApp?.link).toBe('/seller/orders/ord-1');
  });
});

describe('cancellation by the platform', () => {
  it('says a lapsed COD order in words, to the customer and to the seller', () => {
    const data = { ...order, reason: 'not_accepted_in_time', name: 'রহিমা' };
    const customer = render('order_cancelled', 'en', data, BASE);
    expect(customer.inApp?.body).toContain('the shop did not accept it in time');
    expect(customer.inApp?.body).not.toContain('not_accepted_in_time');
    const seller = render('order_cancelled', 'bn', { ...data, audience: 'seller' }, BASE);
    expect(seller.inApp?.link).toBe('/seller/orders/ord-1');
    expect(seller.inApp?.body).toContain('মজুদে ফিরেছে');
    expect(smsParts(seller.sms!).parts).toBeLessThanOrEqual(2);
  });
});
