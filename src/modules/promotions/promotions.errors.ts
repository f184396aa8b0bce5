import { defineErrors } from '../../platform/errors.ts';

export const promotionErrors = defineErrors({
  COUPON_NOT_FOUND: {
    status: 404,
    bn: '"{code}" নামে কোনো কুপন পাওয়া যায়নি।',
    en: 'No coupon "{code}" was found.',
  },
  COUPON_NOT_ACTIVE: {
    status: 422,
    bn: 'কুপন {code} এখন চালু নেই (সময় শুরু হয়নি, শেষ হয়েছে বা বন্ধ করা হয়েছে)।',
    en: 'Coupon {code} is not valid now (not started, ended or switched off).',
  },
  COUPON_OUTSIDE_IFTAR_WINDOW: {
    status: 422,
    bn: 'কুপন {code} ইফতারের অফার: আজ শুধু {from}–{to} পর্যন্ত চলে।',
    en: 'Coupon {code} is an iftar offer: today it works only from {from} to {to}.',
  },
  COUPON_MIN_BAG: {
    status: 422,
    bn: 'এই কুপনের জন্য ব্যাগে কমপক্ষে ৳{minBag} এর পণ্য থাকতে হবে।',
    en: 'This coupon needs at least ৳{minBag} of goods in the bag.',
  },
  COUPON_USED_UP: {
    status: 409,
    bn: 'কুপন {code} এর সব ব্যবহার শেষ হয়ে গেছে।',
    en: 'Coupon {code} has been used up.',
  },
  COUPON_CUSTOMER_LIMIT: {
    status: 422,
    bn: 'আপনি এই কুপন সর্বোচ্চ {limit} বার ব্যবহার করতে পারেন, সেটি হয়ে গেছে।',
    en: 'You may use this coupon at most {limit} times, and you have.',
  },
  COUPON_FIRST_ORDER_ONLY: {
    status: 422,
    bn: 'এই কুপন শুধু প্রথম অর্ডারে চলে।',
    en: 'This coupon is for a first order only.',
  },
  COUPON_PAYMENT_METHOD: {
    status: 422,
    bn: 'এই কুপন শুধু এই মাধ্যমে পরিশোধে চলে: {methods}।',
    en: 'This coupon works only when paying with: {methods}.',
  },
  COUPON_CODE_TAKEN: {
    status: 409,
    bn: 'এই কোডের একটি কুপন আগেই আছে।',
    en: 'A coupon with this code already exists.',
  },
  FLASH_SALE_NOT_FOUND: {
    status: 404,
    bn: 'ফ্ল্যাশ সেলটি পাওয়া যায়নি।',
    en: 'Flash sale not found.',
  },
  FLASH_SALE_OVERLAP: {
    status: 409,
    bn: 'এই পণ্যের জন্য ওই সময়ে আরেকটি ফ্ল্যাশ সেল আছে।',
    en: 'Another flash sale of this item overlaps that time.',
  },
  FLASH_SALE_SOLD_OUT: {
    status: 409,
    bn: 'ফ্ল্যাশ সেলের দামে আর পাওয়া যাচ্ছে না; নতুন দাম দেখে আবার চেষ্টা করুন।',
    en: 'The flash sale price is no longer available; check the new price and try again.',
  },
  PROMOTION_INVALID: {
    status: 422,
    bn: 'অফারটি সঠিক নয়: {reason}',
    en: 'The offer is not valid: {reason}',
  },
});

declare module '../../platform/errors.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCodes extends Record<keyof typeof promotionErrors, true> {}
}
