import { defineErrors } from '../../platform/errors.ts';

export const riskErrors = defineErrors({
  COD_PHONE_OTP_REQUIRED: {
    status: 403,
    bn: 'ক্যাশ অন ডেলিভারির আগে ডেলিভারির মোবাইল নম্বরটি ({phone}) এসএমএস কোড দিয়ে যাচাই করুন।',
    en: 'Before cash on delivery, verify the delivery mobile number ({phone}) with the code we text you.',
  },
  COD_NOT_ALLOWED: {
    status: 409,
    bn: 'এই দোকান এই অর্ডারটি ক্যাশ অন ডেলিভারিতে নিতে পারছে না। বিকাশ, নগদ বা কার্ডে আগে টাকা দিয়ে অর্ডার করুন।',
    en: 'This shop cannot take this order as cash on delivery. Please pay online (bKash, Nagad or card) to order.',
  },
  COD_ADVANCE_REQUIRED: {
    status: 409,
    bn: 'এই অর্ডারে দোকান ডেলিভারি চার্জ আগে চায়: সেটুকু বিকাশে দিন, বাকিটা পণ্য হাতে পেয়ে; অথবা পুরো টাকা অনলাইনে দিয়ে অর্ডার করুন।',
    en: 'This shop asks for the delivery charge in advance on this order: pay that much by bKash and the rest at the door, or pay the whole order online.',
  },
  RISK_ORDER_NOT_FOUND: { status: 404, bn: 'অর্ডারটি পাওয়া যায়নি।', en: 'Order not found.' },
  RISK_BLOCK_EXISTS: {
    status: 409,
    bn: 'এই নম্বরটি আগে থেকেই বন্ধ করা আছে।',
    en: 'This number is already on the block list.',
  },
  RISK_BLOCK_NOT_FOUND: {
    status: 404,
    bn: 'বন্ধ তালিকায় এটি পাওয়া যায়নি।',
    en: 'No such entry on the block list.',
  },
  RISK_OTP_INVALID: {
    status: 400,
    bn: 'কোডটি সঠিক নয় বা মেয়াদ শেষ। নতুন কোড চেয়ে নিন।',
    en: 'The code is wrong or has expired. Ask for a new one.',
  },
  RISK_OTP_TOO_SOON: {
    status: 429,
    bn: 'একটু পরে আবার কোড চান।',
    en: 'Please wait a minute before asking for another code.',
  },
  COURIER_CHECK_UNAVAILABLE: {
    status: 502,
    bn: 'কুরিয়ারের তথ্য এখন পাওয়া যাচ্ছে না।',
    en: "The courier's record could not be fetched right now.",
  },
});

declare module '../../platform/errors.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCodes extends Record<keyof typeof riskErrors, true> {}
}
