import type { Locale } from '../../platform/i18n.ts';
import { escapeHtml } from './notifications.format.ts';
import type { NotificationKind } from './notifications.kinds.ts';
import {
  brand,
  pick,
  type Builder,
  type Money,
  type Order,
  type ShopNames,
} from './notifications.template-kit.ts';
import { accountBuilders } from './notifications.templates.account.ts';
import { cartBuilders } from './notifications.templates.cart.ts';
import { orderBuilders } from './notifications.templates.orders.ts';
import { prescriptionBuilders } from './notifications.templates.prescriptions.ts';
import { returnBuilders, type ReturnUpdate } from './notifications.templates.returns.ts';

/** What each kind needs to be written. `name` (the recipient's) is added by the sender. */
export type TemplateData = {
  order_placed: Order & ShopNames & { totalPoisha: Money; audience: 'customer' | 'seller' };
  order_accepted: Order & ShopNames;
  order_shipped: Order & ShopNames;
  order_rider: Order & ShopNames & { riderName: string | null; riderPhone: string };
  order_delivered: Order & ShopNames;
  order_cancelled: Order &
    ShopNames & { reason?: string | undefined; audience?: 'customer' | 'seller' };
  prescription_submitted: Order & ShopNames;
  prescription_approved: Order & ShopNames;
  prescription_rejected: Order & ShopNames & { reason: string };
  /** To the pharmacy: a customer sent a prescription without choosing items. */
  prescription_request_submitted: ShopNames & { requestId: string };
  /** To the customer: the pharmacy proposed items for their prescription. */
  prescription_request_proposed: ShopNames & { requestId: string };
  /** To the customer who opted in: a regular medicine's pack runs out in about two days. */
  refill_due: ShopNames & { productId: string; productName: string; runsOutOn: string };
  payment_received: Order & { amountPoisha: Money };
  payment_failed: Order & { amountPoisha: Money };
  payment_refunded: Order & { amountPoisha: Money };
  /** A step of a return of delivered items (docs/returns.md). */
  return_update: ReturnUpdate;
  shop_approved: ShopNames;
  shop_rejected: ShopNames & { reason: string };
  shop_suspended: ShopNames & { reason: string };
  shop_reinstated: ShopNames;
  product_hidden: {
    shopId: string;
    productId: string;
    productNameBn: string | null;
    productNameEn: string | null;
    reason: string;
  };
  /** Fields of an approved shop the seller changed (see shops.review.ts), so it is reviewed again. */
  shop_review: ShopNames & { fields: string[] };
  low_stock: { shopId: string; productId: string; productName: string; onHand: number };
  /** A batch with units left is within 60, then 30, days of its expiry date. */
  batch_expiring: {
    shopId: string;
    productId: string;
    productName: string;
    batchNumber: string | null;
    expiryDate: string;
    daysLeft: number;
    quantity: number;
  };
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
  /** The code that completes a registration, by SMS or by email. */
  registration_code: { code: string };
  /** To the owner of a phone or email someone tried to register again. */
  registration_attempt: { channel: 'phone' | 'email' };
  /** A locked-out owner's way in: by email with a link, or by SMS with a code. */
  account_unlock: { link: string } | { code: string };
  welcome: { role: 'customer' | 'seller' | 'admin' };
  /** A shop or Haat support answered a support thread (docs/assistant.md). */
  support_answered: { threadId: string; subject: string };
  /** The one reminder of a bag left untouched, with the link that turns these reminders off. */
  bag_reminder: { itemCount: number; optOutUrl: string };
};

export type RenderedEmail = { subject: string; text: string; html: string };
export type RenderedInApp = { title: string; body: string; link: string | null };
export type Rendered = { email?: RenderedEmail; sms?: string; inApp?: RenderedInApp };

const builders: { [K in NotificationKind]: Builder<K> } = {
  ...orderBuilders,
  ...prescriptionBuilders,
  ...returnBuilders,
  ...accountBuilders,
  ...cartBuilders,
};

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
