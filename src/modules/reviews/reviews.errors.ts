import { defineErrors } from '../../platform/errors.ts';

export const reviewErrors = defineErrors({
  REVIEW_NOT_FOUND: { status: 404, bn: 'রিভিউটি পাওয়া যায়নি।', en: 'Review not found.' },
  // The orders module's code (same text): another customer's order is as missing as an unknown one.
  ORDER_NOT_FOUND: { status: 404, bn: 'অর্ডারটি পাওয়া যায়নি।', en: 'Order not found.' },
  ORDER_ITEM_NOT_FOUND: {
    status: 404,
    bn: 'অর্ডারের এই পণ্যটি পাওয়া যায়নি।',
    en: 'Order item not found.',
  },
  REVIEW_NOT_ALLOWED: {
    status: 409,
    bn: 'পণ্য হাতে পাওয়ার (ডেলিভারি হওয়ার) পরেই রিভিউ দেওয়া যায়।',
    en: 'You can review a product once its order has been delivered.',
  },
  REVIEW_ALREADY_EXISTS: {
    status: 409,
    bn: 'এই পণ্যের রিভিউ আপনি আগেই দিয়েছেন।',
    en: 'You have already reviewed this item.',
  },
  REVIEW_REPLY_EXISTS: {
    status: 409,
    bn: 'এই রিভিউতে দোকান আগেই উত্তর দিয়েছে।',
    en: 'The shop has already replied to this review.',
  },
  REVIEW_PHOTO_LIMIT: {
    status: 409,
    bn: 'একটি রিভিউতে সর্বোচ্চ {max}টি ছবি দেওয়া যায়।',
    en: 'A review can have at most {max} photos.',
  },
  REVIEW_PHOTO_NOT_FOUND: { status: 404, bn: 'ছবিটি পাওয়া যায়নি।', en: 'Photo not found.' },
});

declare module '../../platform/errors.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCodes extends Record<keyof typeof reviewErrors, true> {}
}
