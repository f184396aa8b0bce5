import { defineErrors } from '../../platform/errors.ts';

export const moneyErrors = defineErrors({
  LEDGER_UNBALANCED: {
    status: 500,
    bn: 'হিসাবের লেনদেনটি মেলেনি (ডেবিট ও ক্রেডিট সমান নয়)।',
    en: 'The ledger posting does not balance (debits and credits differ).',
  },
  LEDGER_POSTING_INVALID: {
    status: 500,
    bn: 'হিসাবের লেনদেনটি সঠিক নয়।',
    en: 'The ledger posting is not valid.',
  },
  COMMISSION_RULES_OVERLAP: {
    status: 422,
    bn: 'একই ক্ষেত্রের দুটি কমিশন নিয়মের সময় একে অপরের উপর পড়েছে।',
    en: 'Two commission rules for the same scope overlap in time.',
  },
  ADJUSTMENT_ALREADY_POSTED: {
    status: 409,
    bn: 'এই কী দিয়ে অন্য একটি সমন্বয় আগেই করা হয়েছে।',
    en: 'Another adjustment was already posted with this key.',
  },
});

declare module '../../platform/errors.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCodes extends Record<keyof typeof moneyErrors, true> {}
}
