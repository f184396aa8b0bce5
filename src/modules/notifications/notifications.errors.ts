import { defineErrors } from '../../platform/errors.ts';

export const notificationErrors = defineErrors({
  NOTIFICATION_NOT_FOUND: {
    status: 404,
    bn: 'বিজ্ঞপ্তিটি খুঁজে পাওয়া যায়নি।',
    en: 'Notification not found.',
  },
  TRANSACTIONAL_CHANNEL_REQUIRED: {
    status: 400,
    bn: 'অর্ডার, পেমেন্ট ও দোকানের জরুরি বিজ্ঞপ্তি অ্যাপে বন্ধ করা যায় না।',
    en: 'In-app notices about orders, payments and your shop cannot be switched off.',
  },
  PUSH_ENDPOINT_NOT_ALLOWED: {
    status: 400,
    bn: 'এই ব্রাউজারের নোটিফিকেশন সেবা চেনা নয়, তাই এতে নোটিফিকেশন পাঠানো যাবে না।',
    en: "This browser's push service is not one Haat sends notifications to.",
  },
  STREAM_TICKET_INVALID: {
    status: 401,
    bn: 'লাইভ বিজ্ঞপ্তির টিকিট অচল বা মেয়াদোত্তীর্ণ। নতুন টিকিট নিন।',
    en: 'The live notification ticket is invalid or expired. Ask for a new one.',
  },
});

declare module '../../platform/errors.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCodes extends Record<keyof typeof notificationErrors, true> {}
}
