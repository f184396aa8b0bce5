/** Messages about shops, stock, the daily summary and accounts, in Bengali and English. */
import { formatMoney, formatSmsMoney, fitSms, localDigits } from './notifications.format.ts';
import type { NotificationKind } from './notifications.kinds.ts';
import { pick, shopName, type Builders } from './notifications.template-kit.ts';
import type { OrderKind } from './notifications.templates.orders.ts';

/** The reviewed shop fields (shops.review.ts), as a seller reads them. */
const reviewFieldNames: Record<string, [bn: string, en: string]> = {
  nameBn: ['বাংলা নাম', 'Bengali name'],
  nameEn: ['ইংরেজি নাম', 'English name'],
  type: ['ধরন', 'type'],
  tradeLicence: ['ট্রেড লাইসেন্স', 'trade licence'],
  drugLicence: ['ড্রাগ লাইসেন্স', 'drug licence'],
  address: ['ঠিকানা', 'address'],
  placeId: ['এলাকা', 'area'],
  location: ['অবস্থান', 'location'],
};

export const accountBuilders: Builders<Exclude<NotificationKind, OrderKind>> = {
  shop_approved: (l, d) => {
    const shop = shopName(l, d);
    return {
      title: pick(l, `আপনার দোকান "${shop}" অনুমোদিত হয়েছে`, `Your shop "${shop}" is approved`),
      lines: [
        pick(
          l,
          `অভিনন্দন! আপনার দোকান "${shop}" হাটে অনুমোদিত হয়েছে। ক্রেতারা এখন আপনার দোকান দেখতে পাবেন।`,
          `Congratulations! Your shop "${shop}" is approved on Haat. Customers can now find it.`,
        ),
      ],
      action: { label: pick(l, 'পণ্য যোগ করুন', 'Add products'), path: `/seller/shops/${d.shopId}` },
      sms: fitSms(
        (s) =>
          pick(
            l,
            `হাট: আপনার দোকান "${s}" অনুমোদিত হয়েছে। এখন পণ্য যোগ করুন।`,
            `Haat: your shop "${s}" is approved. You can add products now.`,
          ),
        shop,
        2,
      ),
    };
  },
  shop_rejected: (l, d) => {
    const shop = shopName(l, d);
    const short = fitSms((s) => `"${s}"`, shop, 1).slice(1, -1);
    return {
      title: pick(l, `আপনার দোকান "${shop}" অনুমোদন পায়নি`, `Your shop "${shop}" was not approved`),
      lines: [
        pick(
          l,
          `আপনার দোকান "${shop}" এখনো অনুমোদন পায়নি।`,
          `Your shop "${shop}" was not approved yet.`,
        ),
        pick(l, `কারণ: ${d.reason}`, `Reason: ${d.reason}`),
        pick(l, 'তথ্য ঠিক করে আবার জমা দিন।', 'Correct the details and submit again.'),
      ],
      action: { label: pick(l, 'তথ্য ঠিক করুন', 'Edit the shop'), path: `/seller/shops/${d.shopId}` },
      sms: fitSms(
        (r) =>
          pick(
            l,
            `হাট: আপনার দোকান "${short}" অনুমোদন পায়নি। কারণ: ${r}`,
            `Haat: your shop "${short}" was not approved. Reason: ${r}`,
          ),
        d.reason,
        3,
      ),
    };
  },
  shop_review: (l, d) => {
    const shop = shopName(l, d);
    const fields = d.fields
      .map((f) => reviewFieldNames[f])
      .filter((f): f is [string, string] => f !== undefined)
      .map((f) => pick(l, f[0], f[1]))
      .join(pick(l, ', ', ', '));
    return {
      title: pick(
        l,
        `আপনার দোকান "${shop}" আবার যাচাই হচ্ছে`,
        `Your shop "${shop}" is being reviewed again`,
      ),
      lines: [
        pick(
          l,
          `আপনি দোকানের ${fields} বদলেছেন, তাই অ্যাডমিন আবার যাচাই না করা পর্যন্ত দোকান ও এর পণ্য ক্রেতারা দেখতে পাবেন না।`,
          `You changed the shop's ${fields}, so customers will not see the shop or its products until an admin reviews it again.`,
        ),
        pick(
          l,
          'চলমান অর্ডারগুলো আগের মতোই সামলাতে পারবেন।',
          'You can keep handling the orders already placed.',
        ),
      ],
      action: {
        label: pick(l, 'দোকান দেখুন', 'View the shop'),
        path: `/seller/shops/${d.shopId}/settings`,
      },
      sms: fitSms(
        (s) =>
          pick(
            l,
            `হাট: "${s}"-এর তথ্য বদলানোয় দোকানটি আবার যাচাই হচ্ছে; ততক্ষণ ক্রেতারা দেখবেন না।`,
            `Haat: "${s}" changed and is under review again; hidden from customers until approved.`,
          ),
        shop,
        2,
      ),
    };
  },
  low_stock: (l, d) => ({
    title: pick(l, `স্টক কমে গেছে: ${d.productName}`, `Low stock: ${d.productName}`),
    lines: [
      pick(
        l,
        `"${d.productName}" আর মাত্র ${localDigits(l, d.onHand)}টি আছে। সময়মতো আবার মজুত করুন।`,
        `Only ${d.onHand} of "${d.productName}" left. Restock it in time.`,
      ),
    ],
    action: { label: pick(l, 'পণ্য দেখুন', 'View product'), path: `/seller/products/${d.productId}` },
    sms: fitSms(
      (p) =>
        pick(
          l,
          `হাট: "${p}" আর মাত্র ${localDigits(l, d.onHand)}টি আছে।`,
          `Haat: only ${d.onHand} of "${p}" left in stock.`,
        ),
      d.productName,
      1,
    ),
  }),
  daily_summary: (l, d) => {
    const sales = formatMoney(l, d.salesPoisha);
    const placed = localDigits(l, d.ordersPlaced);
    const delivered = localDigits(l, d.ordersDelivered);
    const day = localDigits(l, d.date);
    return {
      title: pick(l, `আজকের হিসাব: ${shopName(l, d)}`, `Today at ${shopName(l, d)}`),
      lines: [
        pick(
          l,
          `${day}: নতুন অর্ডার ${placed}টি, ডেলিভারি হয়েছে ${delivered}টি, বিক্রি ${sales}।`,
          `${day}: ${d.ordersPlaced} new orders, ${d.ordersDelivered} delivered, sales ${sales}.`,
        ),
      ],
      action: {
        label: pick(l, 'অর্ডার দেখুন', 'See orders'),
        path: `/seller/shops/${d.shopId}/orders`,
      },
      sms: pick(
        l,
        `হাট ${day}: অর্ডার ${placed}, ডেলিভারি ${delivered}, বিক্রি ${sales}`,
        `Haat ${day}: ${d.ordersPlaced} orders, ${d.ordersDelivered} delivered, sales ${formatSmsMoney(l, d.salesPoisha)}`,
      ),
    };
  },
  password_reset: (l, d) =>
    'code' in d
      ? {
          title: pick(l, 'হাট: পাসওয়ার্ড রিসেট', 'Haat: reset your password'),
          lines: [],
          email: false,
          inApp: false,
          sms: pick(
            l,
            `হাট: পাসওয়ার্ড রিসেটের কোড ${d.code}। ১০ মিনিট মেয়াদ। কাউকে বলবেন না।`,
            `Haat: your password reset code is ${d.code}. Valid for 10 minutes. Do not share it.`,
          ),
        }
      : {
          title: pick(l, 'হাট: পাসওয়ার্ড রিসেট', 'Haat: reset your password'),
          lines: [
            pick(
              l,
              'নতুন পাসওয়ার্ড দিতে নিচের লিংকে যান। লিংকটি ১ ঘণ্টা কাজ করবে এবং একবারই ব্যবহার করা যাবে।',
              'Open the link below to choose a new password. It works once, for 1 hour.',
            ),
            pick(
              l,
              'আপনি রিসেট না চেয়ে থাকলে এই ইমেইলটি উপেক্ষা করুন; আপনার পাসওয়ার্ড বদলাবে না।',
              'If you did not ask for this, ignore this email; your password stays the same.',
            ),
          ],
          action: { label: pick(l, 'পাসওয়ার্ড রিসেট করুন', 'Reset password'), path: d.link },
          inApp: false,
        },
  // ASCII digits in codes, also in Bengali: they are typed back on any keyboard.
  phone_otp: (l, d) => ({
    title: pick(l, 'হাট: মোবাইল যাচাই', 'Haat: phone verification'),
    lines: [],
    email: false,
    inApp: false,
    sms: pick(
      l,
      `হাট: মোবাইল যাচাইয়ের কোড ${d.code}। ১০ মিনিট মেয়াদ। কাউকে বলবেন না।`,
      `Haat: your phone verification code is ${d.code}. Valid for 10 minutes. Do not share it.`,
    ),
  }),
  email_verification: (l, d) => ({
    title: pick(l, 'হাট: আপনার ইমেইল যাচাই করুন', 'Haat: verify your email'),
    lines: [
      pick(
        l,
        'হাট-এ আপনার ইমেইল ঠিকানা যাচাই করতে নিচের লিংকে যান। লিংকটি ২৪ ঘণ্টা কাজ করবে।',
        'Open the link below to verify your email address on Haat. It works for 24 hours.',
      ),
      pick(
        l,
        'আপনি অ্যাকাউন্ট না খুলে থাকলে এই ইমেইলটি উপেক্ষা করুন।',
        'If you did not create an account, ignore this email.',
      ),
    ],
    action: { label: pick(l, 'ইমেইল যাচাই করুন', 'Verify email'), path: d.link },
    inApp: false,
  }),
  welcome: (l, d) => ({
    title: pick(l, 'হাটে স্বাগতম!', 'Welcome to Haat!'),
    lines: [
      d.role === 'seller'
        ? pick(
            l,
            'আপনার বিক্রেতা অ্যাকাউন্ট তৈরি হয়েছে। দোকান নিবন্ধন করুন; অনুমোদনের পর ক্রেতারা আপনার পণ্য দেখতে পাবেন।',
            'Your seller account is ready. Register your shop; once approved, customers nearby will see your products.',
          )
        : pick(
            l,
            'আপনার অ্যাকাউন্ট তৈরি হয়েছে। কাছের দোকান থেকে দাম মিলিয়ে কেনাকাটা করুন।',
            'Your account is ready. Compare prices at shops near you and order from them.',
          ),
    ],
    action:
      d.role === 'seller'
        ? { label: pick(l, 'দোকান নিবন্ধন করুন', 'Register your shop'), path: '/seller/shops/new' }
        : { label: pick(l, 'কেনাকাটা শুরু করুন', 'Start shopping'), path: '/' },
  }),
};
