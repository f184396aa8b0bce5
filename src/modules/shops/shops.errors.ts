import { defineErrors } from '../../platform/errors.ts';

export const shopErrors = defineErrors({
  SHOP_NOT_FOUND: { status: 404, bn: 'দোকানটি খুঁজে পাওয়া যায়নি।', en: 'Shop not found.' },
  DRUG_LICENCE_REQUIRED: {
    status: 400,
    bn: 'ফার্মেসির জন্য ড্রাগ লাইসেন্স নম্বর দিতে হবে।',
    en: 'A pharmacy needs a drug licence number.',
  },
  BIN_INVALID: {
    status: 400,
    bn: 'BIN (ব্যবসা শনাক্তকরণ নম্বর) ১৩ অঙ্কের হতে হবে।',
    en: 'The BIN (Business Identification Number) must have 13 digits.',
  },
  VAT_NEEDS_BIN: {
    status: 400,
    bn: 'ভ্যাট-নিবন্ধিত দোকানের BIN দিতে হবে।',
    en: 'A VAT-registered shop needs its BIN.',
  },
  OPENING_HOURS_INVALID: {
    status: 400,
    bn: 'খোলার সময় সঠিক নয়: HH:MM লিখুন, আর বন্ধের সময় খোলার পরে হতে হবে।',
    en: 'Opening hours are not valid: use HH:MM, and closing must come after opening.',
  },
  DELIVERY_RADIUS_OUT_OF_RANGE: {
    status: 400,
    bn: 'ডেলিভারির দূরত্ব ১০০ মিটার থেকে ৫০ কিলোমিটারের মধ্যে হতে হবে।',
    en: 'The delivery radius must be between 100 m and 50 km.',
  },
  PLACE_UNKNOWN: {
    status: 400,
    bn: 'বেছে নেওয়া এলাকাটি পাওয়া যায়নি।',
    en: 'The chosen place does not exist.',
  },
  SHOP_STATUS_CONFLICT: {
    status: 409,
    bn: 'দোকানের বর্তমান অবস্থায় এটি করা যায় না।',
    en: 'This cannot be done while the shop is {status}.',
  },
  SUSPENSION_REASON_REQUIRED: {
    status: 400,
    bn: 'স্থগিত করার কারণ লিখুন।',
    en: 'Please give a reason for the suspension.',
  },
  REJECTION_REASON_REQUIRED: {
    status: 400,
    bn: 'বাতিলের কারণ লিখুন।',
    en: 'Please give a reason for the rejection.',
  },
});

declare module '../../platform/errors.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCodes extends Record<keyof typeof shopErrors, true> {}
}
