import type { Locale } from '../../platform/i18n.ts';

/**
 * Ledger transaction kinds in words, and the group each kind's total falls under on a statement.
 * The one place to extend when the ledger gains a kind: a kind missing here is shown by its code
 * and grouped by its prefix (`refund.*` with refunds, `payout.*` with payouts, anything else under
 * "other").
 */
export const kindWords: Record<string, { bn: string; en: string }> = {
  'payment.captured': { bn: 'বিক্রি', en: 'Sale' },
  'refund.due': { bn: 'টাকা ফেরত (বাকি)', en: 'Refund due' },
  'refund.paid': { bn: 'টাকা ফেরত দেওয়া হয়েছে', en: 'Refund paid' },
  'refund.partial_due': { bn: 'ফেরত পণ্যের টাকা (বাকি)', en: 'Returned items: refund due' },
  'refund.partial_paid': { bn: 'ফেরত পণ্যের টাকা দেওয়া হয়েছে', en: 'Returned items: refund paid' },
  'advance.captured': {
    bn: 'ডেলিভারি চার্জ অগ্রিম (বিকাশে)',
    en: 'Delivery charge paid in advance (bKash)',
  },
  'advance.refund_due': { bn: 'অগ্রিম ফেরত (বাকি)', en: 'Advance: refund due' },
  'advance.refund_paid': { bn: 'অগ্রিম ফেরত দেওয়া হয়েছে', en: 'Advance refunded' },
  adjustment: { bn: 'সমন্বয়', en: 'Adjustment' },
  'payout.initiated': { bn: 'পেআউট পাঠানো হয়েছে', en: 'Payout sent' },
  'payout.paid': { bn: 'পেআউট পৌঁছেছে', en: 'Payout paid' },
  'payout.failed': { bn: 'পেআউট ব্যর্থ, টাকা ফেরত জমা', en: 'Payout failed, credited back' },
};

/** The words for a kind, or its code when there are none yet. */
export function kindLabel(kind: string, locale: Locale): string {
  return kindWords[kind]?.[locale] ?? kind;
}

export const kindGroups = ['sales', 'refunds', 'adjustments', 'payouts', 'other'] as const;
export type KindGroup = (typeof kindGroups)[number];

export function kindGroup(kind: string): KindGroup {
  if (kind === 'payment.captured') return 'sales';
  if (kind === 'refund' || kind.startsWith('refund.') || kind.startsWith('advance.refund'))
    return 'refunds';
  if (kind === 'adjustment' || kind.startsWith('adjustment.')) return 'adjustments';
  if (kind === 'payout' || kind.startsWith('payout.')) return 'payouts';
  return 'other';
}

/** The memos the ledger writes itself, in words; any other memo (an admin's reason) is shown as written. */
export const memoWords: Record<string, { bn: string; en: string }> = {
  'cash collected on delivery': { bn: 'ডেলিভারিতে নগদ নেওয়া', en: 'Cash collected on delivery' },
  'bkash payment captured': { bn: 'বিকাশে পেমেন্ট', en: 'bKash payment' },
  'nagad payment captured': { bn: 'নগদে পেমেন্ট', en: 'Nagad payment' },
  'sslcommerz payment captured': { bn: 'কার্ড / ব্যাংকে পেমেন্ট', en: 'Card / bank payment' },
  'refund due to the customer': {
    bn: 'ক্রেতাকে টাকা ফেরত দিতে হবে',
    en: 'Refund due to the customer',
  },
  'cash returned to the customer': { bn: 'ক্রেতাকে নগদ ফেরত', en: 'Cash returned to the customer' },
  'bkash refund paid': { bn: 'বিকাশে টাকা ফেরত', en: 'bKash refund paid' },
  'nagad refund paid': { bn: 'নগদে টাকা ফেরত', en: 'Nagad refund paid' },
  'sslcommerz refund paid': { bn: 'কার্ড / ব্যাংকে টাকা ফেরত', en: 'Card / bank refund paid' },
  'returned items: refund due to the customer': {
    bn: 'ফেরত পণ্যের টাকা ক্রেতাকে দিতে হবে',
    en: 'Returned items: refund due to the customer',
  },
  'returned items: refunded to a bKash number': {
    bn: 'ফেরত পণ্যের টাকা বিকাশ নম্বরে পাঠানো হয়েছে',
    en: 'Returned items: refunded to a bKash number',
  },
  'cod advance captured': {
    bn: 'ডেলিভারি চার্জ অগ্রিম বিকাশে নেওয়া হয়েছে',
    en: 'Delivery charge taken in advance by bKash',
  },
  'cod advance to refund': {
    bn: 'অগ্রিম ক্রেতাকে ফেরত দিতে হবে',
    en: 'Advance due back to the customer',
  },
  'cod advance refunded': { bn: 'অগ্রিম বিকাশে ফেরত', en: 'Advance refunded by bKash' },
  'payout to bKash started': { bn: 'বিকাশে পেআউট শুরু', en: 'Payout to bKash started' },
  'payout by bank transfer started': {
    bn: 'ব্যাংক ট্রান্সফারে পেআউট শুরু',
    en: 'Payout by bank transfer started',
  },
};

export function memoLabel(memo: string, locale: Locale): string {
  return memoWords[memo]?.[locale] ?? memo;
}

/** The shop's three accounts, as the statement names them. */
export const accountWords = {
  payable: { bn: 'পাওনা', en: 'Payable' },
  receivable: { bn: 'দেনা', en: 'Receivable' },
  cod_cash: { bn: 'হাতে নগদ', en: 'COD cash' },
} as const;
export type ShopAccountName = keyof typeof accountWords;

/** The statement's totals in words (bn, en), in the order they are printed. */
export const totalWords = {
  sales: { bn: 'বিক্রি (মোট)', en: 'Sales (gross)' },
  commission: { bn: 'কমিশন', en: 'Commission' },
  deliveryFees: { bn: 'ডেলিভারি ফি', en: 'Delivery fees' },
  refunds: { bn: 'টাকা ফেরত', en: 'Refunds' },
  codCash: { bn: 'ক্রেতার কাছ থেকে নেওয়া নগদ', en: 'Cash collected on delivery' },
  adjustments: { bn: 'সমন্বয়', en: 'Adjustments' },
  payouts: { bn: 'পরিশোধ (পেআউট)', en: 'Payouts' },
  other: { bn: 'অন্যান্য', en: 'Other' },
  netChange: { bn: 'এই সময়ের পরিবর্তন', en: 'Change in the period' },
} as const;
export type TotalName = keyof typeof totalWords;
