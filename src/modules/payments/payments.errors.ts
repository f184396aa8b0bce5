import { defineErrors } from '../../platform/errors.ts';

export const paymentErrors = defineErrors({
  RECONCILIATION_REPORT_INVALID: {
    status: 422,
    bn: 'সেটেলমেন্ট রিপোর্টটি পড়া যায়নি।',
    en: 'The settlement report could not be read.',
  },
  PAYMENT_PROVIDER_REJECTED: {
    status: 502,
    bn: 'পেমেন্ট সেবা অনুরোধটি গ্রহণ করেনি ({provider})।',
    en: 'The payment provider rejected the request ({provider}).',
  },
  PAYMENT_PROVIDER_UNAVAILABLE: {
    status: 503,
    bn: 'পেমেন্ট সেবার সাথে যোগাযোগ করা যাচ্ছে না, একটু পরে চেষ্টা করুন।',
    en: 'The payment provider cannot be reached right now. Please try again shortly.',
  },
  PAYMENT_CALLBACK_REJECTED: {
    status: 400,
    bn: 'পেমেন্টের ফিরতি তথ্য যাচাই করা যায়নি।',
    en: 'The payment callback could not be verified.',
  },
  PAYMENT_INVALID_AMOUNT: {
    status: 400,
    bn: 'টাকার পরিমাণ সঠিক নয়।',
    en: 'The amount is not valid.',
  },
});

declare module '../../platform/errors.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCodes extends Record<keyof typeof paymentErrors, true> {}
}
