import { interpolate, type Locale } from '../../platform/i18n.ts';
import type { RiskReason, RiskReasonCode } from './risk.score.ts';

/** Each reason in words, for the seller (figures only: never which shop or which buyer). */
const texts: Record<RiskReasonCode, { bn: string; en: string }> = {
  blocked: { bn: 'নম্বরটি হাট-এর বন্ধ তালিকায় আছে', en: 'The number is on the block list' },
  refusal_history: {
    bn: 'এই নম্বরে আগে: {delivered}টি ডেলিভারি, {refused}টি দরজায় ফেরত, {returned}টি পরে ফেরত, {cancelledAfterDispatch}টি পাঠানোর পর বাতিল',
    en: 'Earlier orders to this number: {delivered} delivered, {refused} refused at the door, {returned} returned, {cancelledAfterDispatch} cancelled after dispatch',
  },
  good_history: {
    bn: 'এই নম্বরে আগে {delivered}টি অর্ডার ঠিকমতো ডেলিভারি হয়েছে',
    en: '{delivered} earlier orders to this number were delivered',
  },
  first_order: { bn: 'এই নম্বরে প্রথম অর্ডার', en: 'First order to this number' },
  duplicate_order: {
    bn: 'কয়েক মিনিটের মধ্যে একই নম্বর বা ঠিকানায় একই পণ্যের আরও {orders}টি অর্ডার',
    en: '{orders} other orders of the same items to this number or address within minutes',
  },
  many_recent_orders: {
    bn: 'গত ২৪ ঘণ্টায় এই নম্বরে {orders}টি অর্ডার',
    en: '{orders} orders to this number in the last 24 hours',
  },
  missing_landmark: { bn: 'ঠিকানায় কোনো চিহ্ন (ল্যান্ডমার্ক) নেই', en: 'No landmark in the address' },
  pin_far_from_area: {
    bn: 'ম্যাপের পিন বলা এলাকা থেকে অনেক দূরে',
    en: 'The map pin is far from the named area',
  },
  outside_delivery_zone: {
    bn: 'ঠিকানা দোকানের ডেলিভারি এলাকার বাইরে',
    en: "The address is outside the shop's delivery area",
  },
  phone_differs: {
    bn: 'ডেলিভারির নম্বর অ্যাকাউন্টের নম্বর নয়',
    en: "The delivery number is not the account's number",
  },
  new_account: { bn: 'আজই খোলা অ্যাকাউন্ট', en: 'Account opened today' },
  large_amount: { bn: 'বড় অঙ্কের অর্ডার', en: 'Large order' },
  courier_low_success: {
    bn: 'কুরিয়ারের হিসাবে এই নম্বরে {parcels}টি পার্সেলের {successPercent}% ডেলিভারি হয়েছে',
    en: "Courier's record: {successPercent}% of {parcels} parcels to this number delivered",
  },
  courier_good_record: {
    bn: 'কুরিয়ারের হিসাবে এই নম্বরে {parcels}টি পার্সেলের {successPercent}% ডেলিভারি হয়েছে',
    en: "Courier's record: {successPercent}% of {parcels} parcels to this number delivered",
  },
};

export function presentReason(r: RiskReason, locale: Locale) {
  return {
    code: r.code,
    points: r.points,
    figures: r.figures ?? {},
    message: interpolate(texts[r.code][locale], r.figures ?? {}),
  };
}
