/** Messages about shops, stock, the daily summary and accounts, in Bengali and English. */
import type { CartKind } from './notifications.templates.cart.ts';
import { formatMoney, formatSmsMoney, fitSms, localDigits } from './notifications.format.ts';
import type { NotificationKind } from './notifications.kinds.ts';
import { pick, shopName, type Builders } from './notifications.template-kit.ts';
import type { OrderKind } from './notifications.templates.orders.ts';
import type { PrescriptionKind } from './notifications.templates.prescriptions.ts';

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

export const accountBuilders: Builders<
  Exclude<NotificationKind, OrderKind | PrescriptionKind | CartKind | 'return_update'>
> = {
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
  shop_suspended: (l, d) => {
    const shop = shopName(l, d);
    const short = fitSms((s) => `"${s}"`, shop, 1).slice(1, -1);
    return {
      title: pick(l, `আপনার দোকান "${shop}" স্থগিত করা হয়েছে`, `Your shop "${shop}" is suspended`),
      lines: [
        pick(
          l,
          `হাটের একজন অ্যাডমিন আপনার দোকান "${shop}" স্থগিত করেছেন। কারণ: ${d.reason}`,
          `A Haat admin suspended your shop "${shop}". Reason: ${d.reason}`,
        ),
        pick(
          l,
          'এখন ক্রেতারা দোকানটি খুঁজে পাবেন না এবং অর্ডার করতে পারবেন না।',
          'Customers cannot find it or order from it for now.',
        ),
        pick(
          l,
          'সমস্যাটি ঠিক করে হাটের সাথে যোগাযোগ করুন।',
          'Fix the problem and contact Haat to be reinstated.',
        ),
      ],
      action: { label: pick(l, 'দোকান দেখুন', 'View the shop'), path: `/seller/shops/${d.shopId}` },
      sms: fitSms(
        (r) =>
          pick(
            l,
            `হাট: আপনার দোকান "${short}" স্থগিত। কারণ: ${r}`,
            `Haat: your shop "${short}" is suspended. Reason: ${r}`,
          ),
        d.reason,
        2,
      ),
    };
  },
  shop_reinstated: (l, d) => {
    const shop = shopName(l, d);
    return {
      title: pick(l, `আপনার দোকান "${shop}" আবার চালু হয়েছে`, `Your shop "${shop}" is reinstated`),
      lines: [
        pick(
          l,
          `আপনার দোকান "${shop}" আবার হাটে চালু হয়েছে। ক্রেতারা আবার দোকানটি খুঁজে পাবেন ও অর্ডার করতে পারবেন।`,
          `Your shop "${shop}" is back on Haat. Customers can find it and order again.`,
        ),
      ],
      action: { label: pick(l, 'দোকান দেখুন', 'View the shop'), path: `/seller/shops/${d.shopId}` },
      sms: fitSms(
        (s) =>
          pick(
            l,
            `হাট: আপনার দোকান "${s}" আবার চালু হয়েছে।`,
            `Haat: your shop "${s}" is reinstated.`,
          ),
        shop,
        2,
      ),
    };
  },
  // In the app and by email only: a hidden product does not stop the shop, so no SMS.
  product_hidden: (l, d) => {
    const name =
      (l === 'en' ? d.productNameEn || d.productNameBn : d.productNameBn || d.productNameEn) ?? '';
    return {
      title: pick(l, `পণ্য লুকানো হয়েছে: ${name}`, `Product hidden: ${name}`),
      lines: [
        pick(
          l,
          `হাটের একজন অ্যাডমিন "${name}" পণ্যটি লুকিয়ে রেখেছেন। কারণ: ${d.reason}`,
          `A Haat admin hid the product "${name}". Reason: ${d.reason}`,
        ),
        pick(
          l,
          'ক্রেতারা এখন পণ্যটি দেখতে বা কিনতে পারবেন না। প্রশ্ন থাকলে হাটের সাথে যোগাযোগ করুন।',
          'Customers cannot see or buy it for now. Contact Haat with any questions.',
        ),
      ],
      action: {
        label: pick(l, 'পণ্য দেখুন', 'View product'),
        path: `/seller/products/${d.productId}/edit`,
      },
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
  batch_expiring: (l, d) => {
    const batch = d.batchNumber
      ? pick(l, ` (ব্যাচ ${d.batchNumber})`, ` (batch ${d.batchNumber})`)
      : '';
    const days = localDigits(l, d.daysLeft);
    const date = localDigits(l, d.expiryDate.split('-').reverse().join('/'));
    return {
      title: pick(
        l,
        `মেয়াদ শেষ হতে ${days} দিন: ${d.productName}`,
        `Expires in ${d.daysLeft} days: ${d.productName}`,
      ),
      lines: [
        pick(
          l,
          `"${d.productName}"${batch}-এর ${localDigits(l, d.quantity)}টি ${date} তারিখে মেয়াদোত্তীর্ণ হবে। আগে এগুলো বিক্রি করুন, অথবা সরবরাহকারীকে ফেরত দিন।`,
          `${d.quantity} of "${d.productName}"${batch} expire on ${date}. Sell them first or return them to the supplier.`,
        ),
        pick(
          l,
          'মেয়াদ পেরোলে এগুলো আর বিক্রি হবে না এবং মজুদ থেকে বাদ যাবে।',
          'Once expired they can no longer be sold and leave the stock.',
        ),
      ],
      action: {
        label: pick(l, 'ব্যাচ দেখুন', 'View batches'),
        path: `/seller/products/${d.productId}/batches`,
      },
    };
  },
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
  registration_code: (l, d) => ({
    title: pick(l, 'হাট: অ্যাকাউন্ট খোলার কোড', 'Haat: your sign-up code'),
    lines: [
      pick(
        l,
        `হাট-এ অ্যাকাউন্ট খুলতে এই কোডটি দিন: ${d.code}। ১০ মিনিট মেয়াদ। কাউকে বলবেন না।`,
        `Enter this code to finish creating your Haat account: ${d.code}. Valid for 10 minutes. Do not share it.`,
      ),
      pick(
        l,
        'আপনি অ্যাকাউন্ট খুলতে না চাইলে এই ইমেইলটি উপেক্ষা করুন।',
        'If you did not try to create an account, ignore this email.',
      ),
    ],
    inApp: false,
    sms: pick(
      l,
      `হাট: অ্যাকাউন্ট খোলার কোড ${d.code}। ১০ মিনিট মেয়াদ।`,
      `Haat: your sign-up code is ${d.code}. Valid for 10 minutes. Do not share it.`,
    ),
  }),
  registration_attempt: (l, d) => ({
    title: pick(l, 'হাট: আপনার তথ্যে নতুন অ্যাকাউন্টের চেষ্টা', 'Haat: someone tried to sign up as you'),
    lines: [
      d.channel === 'phone'
        ? pick(
            l,
            'কেউ আপনার মোবাইল নম্বর দিয়ে হাট-এ নতুন অ্যাকাউন্ট খোলার চেষ্টা করেছে। এই নম্বরে আপনার অ্যাকাউন্ট আগে থেকেই আছে।',
            'Someone tried to create a Haat account with your mobile number. You already have an account with it.',
          )
        : pick(
            l,
            'কেউ আপনার ইমেইল দিয়ে হাট-এ নতুন অ্যাকাউন্ট খোলার চেষ্টা করেছে। এই ইমেইলে আপনার অ্যাকাউন্ট আগে থেকেই আছে।',
            'Someone tried to create a Haat account with your email address. You already have an account with it.',
          ),
      pick(
        l,
        'আপনি হলে লগইন করুন, অথবা পাসওয়ার্ড ভুলে গেলে রিসেট করুন। আপনি না হলে কিছু করতে হবে না।',
        'If it was you, sign in, or reset your password if you forgot it. If not, you need not do anything.',
      ),
    ],
    action: { label: pick(l, 'লগইন করুন', 'Sign in'), path: '/login' },
    inApp: false,
    sms: pick(
      l,
      'হাট: কেউ আপনার নম্বরে নতুন অ্যাকাউন্ট খুলতে চেয়েছে। আপনার অ্যাকাউন্ট আছে: লগইন বা পাসওয়ার্ড রিসেট করুন।',
      'Haat: someone tried to sign up with your number. You already have an account: sign in or reset your password.',
    ),
  }),
  account_unlock: (l, d) =>
    'code' in d
      ? {
          title: pick(l, 'হাট: লগইন কোড', 'Haat: your sign-in code'),
          lines: [],
          email: false,
          inApp: false,
          sms: pick(
            l,
            `হাট: লগইনের কোড ${d.code}। ১৫ মিনিট মেয়াদ। কাউকে বলবেন না।`,
            `Haat: your sign-in code is ${d.code}. Valid for 15 minutes. Do not share it.`,
          ),
        }
      : {
          title: pick(l, 'হাট: এক-ক্লিকে লগইন', 'Haat: sign in with one click'),
          lines: [
            pick(
              l,
              'অনেকবার ভুল পাসওয়ার্ড দেওয়ায় আপনার অ্যাকাউন্টে লগইন সাময়িকভাবে বন্ধ আছে। নিচের লিংকে গেলে আপনি লগইন হবেন। লিংকটি ১৫ মিনিট কাজ করবে এবং একবারই ব্যবহার করা যাবে।',
              'Sign-in to your account is paused after too many wrong passwords. Open the link below to sign in. It works once, for 15 minutes.',
            ),
            pick(
              l,
              'আপনি এটি না চেয়ে থাকলে লিংকটি খুলবেন না এবং পাসওয়ার্ড বদলে নিন।',
              'If you did not ask for it, do not open the link, and change your password.',
            ),
          ],
          action: { label: pick(l, 'লগইন করুন', 'Sign in'), path: d.link },
          inApp: false,
        },
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
  support_answered: (l, d) => ({
    title: pick(l, 'আপনার প্রশ্নের উত্তর এসেছে', 'Your question has been answered'),
    lines: [
      pick(
        l,
        `"${d.subject}" নিয়ে আপনার প্রশ্নের উত্তর দেওয়া হয়েছে।`,
        `Someone has answered your question about "${d.subject}".`,
      ),
    ],
    action: { label: pick(l, 'উত্তর দেখুন', 'See the answer'), path: `/support/${d.threadId}` },
  }),
};
