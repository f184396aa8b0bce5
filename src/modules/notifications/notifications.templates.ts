import type { Locale } from '../../platform/i18n.ts';
import {
  escapeHtml,
  fitSms,
  formatMoney,
  formatSmsMoney,
  localDigits,
} from './notifications.format.ts';
import type { NotificationKind } from './notifications.kinds.ts';

type Money = bigint | number | string;
type Order = { orderId: string; orderNumber: string };
type ShopNames = { shopId: string; shopNameBn: string; shopNameEn: string };

/** What each kind needs to be written. `name` (the recipient's) is added by the sender. */
export type TemplateData = {
  order_placed: Order & ShopNames & { totalPoisha: Money; audience: 'customer' | 'seller' };
  order_accepted: Order & ShopNames;
  order_shipped: Order & ShopNames;
  order_delivered: Order & ShopNames;
  order_cancelled: Order & ShopNames & { reason?: string | undefined };
  payment_received: Order & { amountPoisha: Money };
  payment_failed: Order & { amountPoisha: Money };
  payment_refunded: Order & { amountPoisha: Money };
  shop_approved: ShopNames;
  shop_rejected: ShopNames & { reason: string };
  low_stock: { shopId: string; productId: string; productName: string; onHand: number };
  daily_summary: ShopNames & {
    date: string;
    ordersPlaced: number;
    ordersDelivered: number;
    salesPoisha: Money;
  };
  /** By email with a link, or by SMS with a code. */
  password_reset: { link: string } | { code: string };
  phone_otp: { code: string };
  email_verification: { link: string };
  welcome: { role: 'customer' | 'seller' | 'admin' };
};

export type RenderedEmail = { subject: string; text: string; html: string };
export type RenderedInApp = { title: string; body: string; link: string | null };
export type Rendered = { email?: RenderedEmail; sms?: string; inApp?: RenderedInApp };

/**
 * One message in one language. `lines` are the email paragraphs; the first is also the in-app body.
 * `action.path` is a web-app path (made absolute for email) or an absolute URL (identity links).
 */
type Spec = {
  title: string;
  lines: string[];
  action?: { label: string; path: string };
  sms?: string;
  email?: boolean;
  inApp?: boolean;
};

type Builder<K extends NotificationKind> = (locale: Locale, data: TemplateData[K]) => Spec;

const pick = <T>(locale: Locale, bn: T, en: T): T => (locale === 'bn' ? bn : en);
const shopName = (l: Locale, d: ShopNames) => pick(l, d.shopNameBn, d.shopNameEn);
const orderNo = (l: Locale, d: Order) => `#${localDigits(l, d.orderNumber)}`;
const orderPath = (d: Order) => `/orders/${d.orderId}`;
const brand = (l: Locale) => pick(l, 'হাট', 'Haat');

const builders: { [K in NotificationKind]: Builder<K> } = {
  order_placed: (l, d) => {
    const no = orderNo(l, d);
    const shop = shopName(l, d);
    if (d.audience === 'seller') {
      return {
        title: pick(l, `নতুন অর্ডার ${no}`, `New order ${no}`),
        lines: [
          pick(
            l,
            `"${shop}" দোকানে নতুন অর্ডার ${no} এসেছে, মোট ${formatMoney(l, d.totalPoisha)}। দ্রুত গ্রহণ করুন।`,
            `New order ${no} for "${shop}", total ${formatMoney(l, d.totalPoisha)}. Please accept it soon.`,
          ),
        ],
        action: { label: pick(l, 'অর্ডার দেখুন', 'View order'), path: `/seller${orderPath(d)}` },
        sms: pick(
          l,
          `হাট: নতুন অর্ডার ${no}, মোট ${formatSmsMoney(l, d.totalPoisha)}। অ্যাপে গ্রহণ করুন।`,
          `Haat: new order ${no}, total ${formatSmsMoney(l, d.totalPoisha)}. Accept it in the app.`,
        ),
      };
    }
    return {
      title: pick(l, `অর্ডার ${no} দেওয়া হয়েছে`, `Order ${no} placed`),
      lines: [
        pick(
          l,
          `"${shop}" দোকানে আপনার অর্ডার ${no} দেওয়া হয়েছে। মোট ${formatMoney(l, d.totalPoisha)}। দোকান গ্রহণ করলে জানাব।`,
          `Your order ${no} at "${shop}" is placed. Total ${formatMoney(l, d.totalPoisha)}. We will tell you when the shop accepts it.`,
        ),
      ],
      action: { label: pick(l, 'অর্ডার দেখুন', 'View order'), path: orderPath(d) },
      sms: pick(
        l,
        `হাট: অর্ডার ${no} দেওয়া হয়েছে, মোট ${formatSmsMoney(l, d.totalPoisha)}।`,
        `Haat: order ${no} placed, total ${formatSmsMoney(l, d.totalPoisha)}.`,
      ),
    };
  },
  order_accepted: (l, d) =>
    orderStep(l, d, {
      title: pick(l, `অর্ডার ${orderNo(l, d)} গ্রহণ করা হয়েছে`, `Order ${orderNo(l, d)} accepted`),
      line: pick(
        l,
        `"${shopName(l, d)}" আপনার অর্ডার ${orderNo(l, d)} গ্রহণ করেছে এবং প্রস্তুত করছে।`,
        `"${shopName(l, d)}" accepted your order ${orderNo(l, d)} and is preparing it.`,
      ),
      sms: pick(
        l,
        `হাট: অর্ডার ${orderNo(l, d)} গ্রহণ করা হয়েছে।`,
        `Haat: order ${orderNo(l, d)} accepted by the shop.`,
      ),
    }),
  order_shipped: (l, d) =>
    orderStep(l, d, {
      title: pick(l, `অর্ডার ${orderNo(l, d)} পাঠানো হয়েছে`, `Order ${orderNo(l, d)} is on its way`),
      line: pick(
        l,
        `"${shopName(l, d)}" আপনার অর্ডার ${orderNo(l, d)} পাঠিয়েছে। শিগগিরই পৌঁছাবে।`,
        `"${shopName(l, d)}" sent your order ${orderNo(l, d)}. It will reach you soon.`,
      ),
      sms: pick(
        l,
        `হাট: অর্ডার ${orderNo(l, d)} পাঠানো হয়েছে, শিগগিরই পৌঁছাবে।`,
        `Haat: order ${orderNo(l, d)} is on its way.`,
      ),
    }),
  order_delivered: (l, d) =>
    orderStep(l, d, {
      title: pick(l, `অর্ডার ${orderNo(l, d)} পৌঁছেছে`, `Order ${orderNo(l, d)} delivered`),
      line: pick(
        l,
        `আপনার অর্ডার ${orderNo(l, d)} পৌঁছে গেছে। "${shopName(l, d)}" সম্পর্কে আপনার মতামত দিন।`,
        `Your order ${orderNo(l, d)} was delivered. Tell others what you think of "${shopName(l, d)}".`,
      ),
      sms: pick(
        l,
        `হাট: অর্ডার ${orderNo(l, d)} পৌঁছেছে। ধন্যবাদ!`,
        `Haat: order ${orderNo(l, d)} delivered. Thank you!`,
      ),
    }),
  order_cancelled: (l, d) => {
    const reason = d.reason?.trim();
    const no = orderNo(l, d);
    return orderStep(l, d, {
      title: pick(l, `অর্ডার ${no} বাতিল হয়েছে`, `Order ${no} cancelled`),
      line:
        pick(l, `আপনার অর্ডার ${no} বাতিল হয়েছে।`, `Your order ${no} was cancelled.`) +
        (reason ? pick(l, ` কারণ: ${reason}`, ` Reason: ${reason}`) : ''),
      sms: reason
        ? fitSms(
            (r) =>
              pick(
                l,
                `হাট: অর্ডার ${no} বাতিল হয়েছে। কারণ: ${r}`,
                `Haat: order ${no} cancelled. Reason: ${r}`,
              ),
            reason,
            2,
          )
        : pick(l, `হাট: অর্ডার ${no} বাতিল হয়েছে।`, `Haat: order ${no} cancelled.`),
    });
  },
  payment_received: (l, d) =>
    payment(l, d, {
      title: pick(l, `পেমেন্ট পাওয়া গেছে`, `Payment received`),
      line: pick(
        l,
        `অর্ডার ${orderNo(l, d)}-এর ${formatMoney(l, d.amountPoisha)} পেমেন্ট পাওয়া গেছে। ধন্যবাদ।`,
        `We received ${formatMoney(l, d.amountPoisha)} for order ${orderNo(l, d)}. Thank you.`,
      ),
      sms: pick(
        l,
        `হাট: অর্ডার ${orderNo(l, d)}-এর ${formatSmsMoney(l, d.amountPoisha)} পেমেন্ট পাওয়া গেছে।`,
        `Haat: payment of ${formatSmsMoney(l, d.amountPoisha)} received for order ${orderNo(l, d)}.`,
      ),
    }),
  payment_failed: (l, d) =>
    payment(l, d, {
      title: pick(l, `পেমেন্ট হয়নি`, `Payment failed`),
      line: pick(
        l,
        `অর্ডার ${orderNo(l, d)}-এর ${formatMoney(l, d.amountPoisha)} পেমেন্ট সম্পন্ন হয়নি। আবার চেষ্টা করুন বা অন্য উপায়ে দিন।`,
        `The payment of ${formatMoney(l, d.amountPoisha)} for order ${orderNo(l, d)} did not go through. Try again or choose another method.`,
      ),
      sms: pick(
        l,
        `হাট: অর্ডার ${orderNo(l, d)}-এর পেমেন্ট হয়নি। আবার চেষ্টা করুন।`,
        `Haat: payment for order ${orderNo(l, d)} failed. Please try again.`,
      ),
    }),
  payment_refunded: (l, d) =>
    payment(l, d, {
      title: pick(l, `টাকা ফেরত দেওয়া হয়েছে`, `Refund issued`),
      line: pick(
        l,
        `অর্ডার ${orderNo(l, d)}-এর ${formatMoney(l, d.amountPoisha)} ফেরত দেওয়া হয়েছে। আপনার অ্যাকাউন্টে পৌঁছাতে কয়েক দিন লাগতে পারে।`,
        `We refunded ${formatMoney(l, d.amountPoisha)} for order ${orderNo(l, d)}. It may take a few days to reach your account.`,
      ),
      sms: pick(
        l,
        `হাট: অর্ডার ${orderNo(l, d)}-এর ${formatSmsMoney(l, d.amountPoisha)} ফেরত দেওয়া হয়েছে।`,
        `Haat: ${formatSmsMoney(l, d.amountPoisha)} refunded for order ${orderNo(l, d)}.`,
      ),
    }),
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

function orderStep(l: Locale, d: Order, text: { title: string; line: string; sms: string }): Spec {
  return {
    title: text.title,
    lines: [text.line],
    action: { label: pick(l, 'অর্ডার দেখুন', 'View order'), path: orderPath(d) },
    sms: text.sms,
  };
}

function payment(l: Locale, d: Order, text: { title: string; line: string; sms: string }): Spec {
  return orderStep(l, d, text);
}

const absolute = (baseUrl: string, path: string) =>
  /^https?:\/\//.test(path) ? path : `${baseUrl.replace(/\/+$/, '')}${path}`;

/**
 * Renders one kind for one locale on every channel it has. User data is escaped in the HTML; the
 * text parts are plain text and go out as they are.
 */
export function render<K extends NotificationKind>(
  kind: K,
  locale: Locale,
  data: TemplateData[K] & { name: string },
  baseUrl: string,
): Rendered {
  const spec = builders[kind](locale, data);
  const out: Rendered = {};
  if (spec.sms) out.sms = spec.sms;
  if (spec.inApp !== false) {
    out.inApp = {
      title: spec.title,
      body: spec.lines[0] ?? '',
      link: spec.action && !/^https?:/.test(spec.action.path) ? spec.action.path : null,
    };
  }
  if (spec.email !== false && spec.lines.length > 0) {
    const greeting = pick(locale, `প্রিয় ${data.name},`, `Dear ${data.name},`);
    const footer = pick(
      locale,
      `— ${brand(locale)}। বিজ্ঞপ্তির ধরন বদলাতে আপনার অ্যাকাউন্টে যান।`,
      `— ${brand(locale)}. To change which messages you get, open your account.`,
    );
    const url = spec.action && absolute(baseUrl, spec.action.path);
    const text = [greeting, ...spec.lines, ...(url ? [url] : []), footer].join('\n\n') + '\n';
    const html = [
      `<!doctype html><html lang="${locale}"><body style="font-family:sans-serif;line-height:1.5">`,
      `<p>${escapeHtml(greeting)}</p>`,
      ...spec.lines.map((line) => `<p>${escapeHtml(line)}</p>`),
      ...(url && spec.action
        ? [`<p><a href="${escapeHtml(url)}">${escapeHtml(spec.action.label)}</a></p>`]
        : []),
      `<p style="color:#666;font-size:12px">${escapeHtml(footer)}</p>`,
      '</body></html>',
    ].join('');
    out.email = { subject: spec.title, text, html };
  }
  return out;
}
