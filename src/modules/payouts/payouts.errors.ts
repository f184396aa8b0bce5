import { defineErrors } from '../../platform/errors.ts';

export const payoutErrors = defineErrors({
  PAYOUT_RUN_KEY_REUSED: {
    status: 409,
    bn: 'এই কী দিয়ে ভিন্ন শর্তে একটি পেআউট রান আগেই শুরু হয়েছে।',
    en: 'A payout run with other terms was already started with this key.',
  },
  PAYOUT_RUN_NOT_FOUND: {
    status: 404,
    bn: 'পেআউট রানটি পাওয়া যায়নি।',
    en: 'Payout run not found.',
  },
  PAYOUT_NOT_FOUND: {
    status: 404,
    bn: 'পেআউটটি পাওয়া যায়নি।',
    en: 'Payout not found.',
  },
  PAYOUT_NOT_SETTLEABLE: {
    status: 409,
    bn: 'এই পেআউটের ফল আগেই ঠিক হয়ে গেছে, অথবা এটি ব্যাংক ট্রান্সফার নয়।',
    en: 'This payout is already settled, or it is not a bank transfer.',
  },
  PAYOUT_METHOD_INVALID: {
    status: 422,
    bn: 'পেআউটের মাধ্যমটি সঠিক নয় (বিকাশ নম্বর বা ব্যাংক হিসাব যাচাই করুন)।',
    en: 'The payout method is not valid (check the bKash number or the bank account).',
  },
});

declare module '../../platform/errors.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCodes extends Record<keyof typeof payoutErrors, true> {}
}
