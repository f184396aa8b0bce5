import type { Locale } from '../../platform/i18n.ts';
import { asciiDigits } from '../../platform/text.ts';
import type { NotificationKind } from './notifications.kinds.ts';
import type { TemplateData } from './notifications.templates.ts';

export type Money = bigint | number | string;
export type Order = { orderId: string; orderNumber: string };
export type ShopNames = { shopId: string; shopNameBn: string; shopNameEn: string };

/**
 * One message in one language. `lines` are the email paragraphs; the first is also the in-app body.
 * `action.path` is a web-app path (made absolute for email) or an absolute URL (identity links).
 */
export type Spec = {
  title: string;
  lines: string[];
  action?: { label: string; path: string };
  sms?: string;
  email?: boolean;
  inApp?: boolean;
};

export type Builder<K extends NotificationKind> = (locale: Locale, data: TemplateData[K]) => Spec;

export const pick = <T>(locale: Locale, bn: T, en: T): T => (locale === 'bn' ? bn : en);
export const shopName = (l: Locale, d: ShopNames) => pick(l, d.shopNameBn, d.shopNameEn);
/**
 * An order number as the app shows it and its searches find it: ASCII digits in every language
 * (HT-2612-000042, also in a Bengali SMS), so what the customer reads out the seller can type.
 * Amounts, counts and dates stay in the reader's digits.
 */
export const orderNo = (d: Order) => `#${asciiDigits(String(d.orderNumber))}`;
export const orderPath = (d: Order) => `/orders/${d.orderId}`;
export const brand = (l: Locale) => pick(l, 'হাট', 'Haat');

/** Builders of a group of kinds, by kind. */
export type Builders<K extends NotificationKind> = { [P in K]: Builder<P> };

export function orderStep(
  l: Locale,
  d: Order,
  text: { title: string; line: string; sms: string },
): Spec {
  return {
    title: text.title,
    lines: [text.line],
    action: { label: pick(l, 'অর্ডার দেখুন', 'View order'), path: orderPath(d) },
    sms: text.sms,
  };
}
