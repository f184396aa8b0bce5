import { defineErrors } from '../../platform/errors.ts';

export const cartErrors = defineErrors({
  PRODUCT_UNAVAILABLE: {
    status: 409,
    bn: 'পণ্যটি এখন কেনা যাচ্ছে না।',
    en: 'This product cannot be bought right now.',
  },
  QUANTITY_OVER_STOCK: {
    status: 409,
    bn: 'এত পরিমাণ মজুদ নেই (আছে {onHand})।',
    en: 'Not enough in stock (only {onHand} left).',
  },
  QUANTITY_OVER_LIMIT: {
    status: 400,
    bn: 'একবারে সর্বোচ্চ {limit}টি নেওয়া যায়।',
    en: 'At most {limit} of one item per order.',
  },
  CART_TOO_LARGE: { status: 400, bn: 'কার্টে অনেক বেশি পণ্য।', en: 'Too many items in the cart.' },
  FAVORITE_TARGET_NOT_FOUND: { status: 404, bn: 'খুঁজে পাওয়া যায়নি।', en: 'Not found.' },
  BAG_REMINDER_LINK_INVALID: {
    status: 400,
    bn: 'লিংকটি ঠিক নেই। অ্যাকাউন্টে ঢুকে রিমাইন্ডার বন্ধ করুন।',
    en: 'This link is not valid. Sign in to turn reminders off in your account.',
  },
});

declare module '../../platform/errors.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCodes extends Record<keyof typeof cartErrors, true> {}
}
