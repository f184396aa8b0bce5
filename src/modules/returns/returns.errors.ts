import { defineErrors } from '../../platform/errors.ts';

export const returnsErrors = defineErrors({
  RETURN_NOT_FOUND: {
    status: 404,
    bn: 'ফেরতের অনুরোধটি পাওয়া যায়নি।',
    en: 'Return request not found.',
  },
  REFUND_NOT_FOUND: {
    status: 404,
    bn: 'ফেরতের টাকার লেনদেনটি পাওয়া যায়নি।',
    en: 'Refund not found.',
  },
  RETURN_FORBIDDEN: {
    status: 403,
    bn: 'এই ধাপটি আপনি নিতে পারেন না।',
    en: 'You may not take this step.',
  },
  RETURN_ORDER_NOT_DELIVERED: {
    status: 409,
    bn: 'শুধু ডেলিভারি হওয়া অর্ডারের পণ্য ফেরত দেওয়া যায়।',
    en: 'Only items of a delivered order can be returned.',
  },
  RETURN_WINDOW_CLOSED: {
    status: 409,
    bn: 'এই অর্ডারের পণ্য ফেরতের সময় শেষ (বা এই দোকানের পণ্য ফেরত হয় না)।',
    en: 'The return window of this order has closed (or this shop type takes no returns).',
  },
  RETURN_LINES_EMPTY: {
    status: 422,
    bn: 'কোন পণ্য ফেরত দেবেন তা বেছে নিন।',
    en: 'Choose at least one item to return.',
  },
  RETURN_LINE_DUPLICATE: {
    status: 422,
    bn: 'একই পণ্য দুবার দেওয়া হয়েছে।',
    en: 'The same order line is listed twice.',
  },
  RETURN_LINE_NOT_IN_ORDER: {
    status: 422,
    bn: 'পণ্যটি এই অর্ডারের নয়।',
    en: 'That line is not part of this order.',
  },
  RETURN_QUANTITY_EXCEEDED: {
    status: 409,
    bn: 'ফেরতের পরিমাণ ডেলিভারি হওয়া (এবং আগে ফেরত চাওয়া নয়) পরিমাণের বেশি।',
    en: 'The quantity is more than was delivered and not already returned or requested.',
  },
  RETURN_PRESCRIPTION_ITEM: {
    status: 422,
    bn: 'প্রেসক্রিপশনের ওষুধ ফেরত নেওয়া হয় না।',
    en: 'Prescription medicines cannot be returned.',
  },
  RETURN_MSISDN_REQUIRED: {
    status: 422,
    bn: 'ক্যাশ অন ডেলিভারি অর্ডারের টাকা ফেরতের জন্য একটি বিকাশ নম্বর দিন।',
    en: 'A bKash number is needed to refund a cash-on-delivery order.',
  },
  RETURN_MSISDN_INVALID: {
    status: 422,
    bn: 'বিকাশ নম্বরটি সঠিক বাংলাদেশি মোবাইল নম্বর নয়।',
    en: 'The bKash number is not a valid Bangladeshi mobile number.',
  },
  RETURN_REASON_REQUIRED: {
    status: 422,
    bn: 'কারণ লিখুন।',
    en: 'A reason is required.',
  },
  RETURN_TRANSITION_NOT_ALLOWED: {
    status: 409,
    bn: 'ফেরতের অনুরোধটি এখন এই ধাপে যেতে পারে না।',
    en: 'The return cannot move to that step now.',
  },
  RETURN_CHECK_LINES_INVALID: {
    status: 422,
    bn: 'যাচাইয়ে ফেরতের প্রতিটি পণ্য একবার করে উল্লেখ করুন।',
    en: 'The check must name every line of the return exactly once.',
  },
  RETURN_NOT_REFUNDABLE: {
    status: 409,
    bn: 'এই অর্ডারের পেমেন্টের টাকা ফেরত দেওয়া যায় না।',
    en: "This order's payment cannot be refunded.",
  },
  REFUND_EXCEEDS_PAYMENT: {
    status: 409,
    bn: 'ফেরতের টাকা পরিশোধিত টাকার বেশি হতে পারে না।',
    en: 'Refunds cannot exceed what was paid.',
  },
  REFUND_NOT_PAYABLE: {
    status: 409,
    bn: 'এই ফেরত হাতে পরিশোধিত হিসেবে চিহ্নিত করা যায় না।',
    en: 'This refund cannot be marked paid.',
  },
  RETURN_PHOTO_LIMIT: {
    status: 409,
    bn: 'একটি ফেরতে সর্বোচ্চ ৫টি ছবি দেওয়া যায়।',
    en: 'At most 5 photos per return.',
  },
  RETURN_PHOTO_NOT_FOUND: {
    status: 404,
    bn: 'ছবিটি পাওয়া যায়নি।',
    en: 'Photo not found.',
  },
});

declare module '../../platform/errors.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCodes extends Record<keyof typeof returnsErrors, true> {}
}
