import { defineErrors } from '../../platform/errors.ts';

export const financeErrors = defineErrors({
  PERIOD_INVALID: {
    status: 400,
    bn: 'সময়কাল সঠিক নয়: শুরুর তারিখ শেষের তারিখের আগে হতে হবে (তারিখ যেমন 2026-12-01)।',
    en: 'The period is not valid: from must be before to (dates such as 2026-12-01).',
  },
  PERIOD_TOO_LONG: {
    status: 400,
    bn: 'সময়কাল সর্বোচ্চ {maxDays} দিনের হতে পারে।',
    en: 'A period can be at most {maxDays} days long.',
  },
  INVOICE_NOT_FOUND: {
    status: 404,
    bn: 'এই মাসে কোনো কমিশন নেই, তাই চালানও নেই।',
    en: 'There is no commission in this month, so there is no invoice.',
  },
});

declare module '../../platform/errors.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCodes extends Record<keyof typeof financeErrors, true> {}
}
