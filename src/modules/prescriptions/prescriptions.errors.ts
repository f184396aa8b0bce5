import { defineErrors } from '../../platform/errors.ts';

export const prescriptionErrors = defineErrors({
  // The orders module's code (same text): another customer's order is as missing as an unknown one.
  ORDER_NOT_FOUND: { status: 404, bn: 'অর্ডারটি পাওয়া যায়নি।', en: 'Order not found.' },
  NOT_A_PHARMACY: {
    status: 409,
    bn: 'শুধু ফার্মেসি দোকানই ফার্মাসিস্টের নাম দিতে পারে।',
    en: 'Only a pharmacy names a registered pharmacist.',
  },
  PHARMACIST_REQUIRED: {
    status: 409,
    bn: 'প্রেসক্রিপশন অনুমোদনের আগে দোকানের সেটিংসে নিবন্ধিত ফার্মাসিস্টের নাম ও নিবন্ধন নম্বর দিন।',
    en: "Name the shop's registered pharmacist (name and registration number) in the shop settings before reviewing prescriptions.",
  },
  PRESCRIPTION_NOT_REQUIRED: {
    status: 409,
    bn: 'এই অর্ডারে প্রেসক্রিপশন লাগে না।',
    en: 'This order does not need a prescription.',
  },
  PRESCRIPTION_NOT_SUBMITTED: {
    status: 409,
    bn: 'ক্রেতা এখনো প্রেসক্রিপশন দেননি।',
    en: 'The customer has not uploaded a prescription yet.',
  },
  PRESCRIPTION_ALREADY_REVIEWED: {
    status: 409,
    bn: 'এই প্রেসক্রিপশনের সিদ্ধান্ত আগেই দেওয়া হয়েছে।',
    en: 'This prescription has already been reviewed.',
  },
  PRESCRIPTION_CLOSED: {
    status: 409,
    bn: 'অর্ডারটি আর প্রেসক্রিপশন নিচ্ছে না।',
    en: 'This order no longer takes a prescription.',
  },
  PRESCRIPTION_REASON_REQUIRED: {
    status: 422,
    bn: 'প্রেসক্রিপশন বাতিলের কারণ লিখুন; ক্রেতা তা দেখবেন।',
    en: 'Give a reason for rejecting the prescription; the customer will see it.',
  },
  PRESCRIPTION_FILE_INVALID: {
    status: 415,
    bn: 'প্রেসক্রিপশন হতে হবে ছবি (JPEG, PNG, WebP) বা PDF।',
    en: 'A prescription must be a photo (JPEG, PNG, WebP) or a PDF.',
  },
  PRESCRIPTION_FILE_TOO_LARGE: {
    status: 413,
    bn: 'ফাইলটি খুব বড়: সর্বোচ্চ {maxMb} MB।',
    en: 'The file is too large: at most {maxMb} MB.',
  },
  PRESCRIPTION_FILE_LIMIT: {
    status: 409,
    bn: 'একটি প্রেসক্রিপশনে সর্বোচ্চ {max}টি ফাইল দেওয়া যায়।',
    en: 'At most {max} files per prescription.',
  },
  PRESCRIPTION_REQUEST_NOT_FOUND: {
    status: 404,
    bn: 'প্রেসক্রিপশনের অনুরোধটি পাওয়া যায়নি।',
    en: 'Prescription request not found.',
  },
  PRESCRIPTION_REQUEST_CLOSED: {
    status: 409,
    bn: 'এই অনুরোধে এখন আর এটি করা যায় না।',
    en: 'This request can no longer be changed this way.',
  },
  PRESCRIPTION_ITEM_NOT_SOLD: {
    status: 422,
    bn: 'প্রস্তাবের কিছু পণ্য এই ফার্মেসিতে বিক্রি হয় না।',
    en: 'Some proposed items are not on sale at this pharmacy.',
  },
  REFILL_NOT_MEDICINE: {
    status: 409,
    bn: 'শুধু ওষুধের জন্যই রিফিল রিমাইন্ডার চালু করা যায়।',
    en: 'Refill reminders are for medicines only.',
  },
  REFILL_NOT_DELIVERED: {
    status: 409,
    bn: 'অর্ডারটি পৌঁছানোর পরেই রিফিল রিমাইন্ডার চালু করা যায়।',
    en: 'A refill reminder can be set once the order is delivered.',
  },
  PRESCRIPTION_FILE_NOT_FOUND: {
    status: 404,
    bn: 'প্রেসক্রিপশনের ফাইলটি পাওয়া যায়নি।',
    en: 'Prescription file not found.',
  },
});

declare module '../../platform/errors.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCodes extends Record<keyof typeof prescriptionErrors, true> {}
}
