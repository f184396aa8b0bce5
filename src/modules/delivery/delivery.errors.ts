import { defineErrors } from '../../platform/errors.ts';

export const deliveryErrors = defineErrors({
  DELIVERY_TIERS_INVALID: {
    status: 400,
    bn: 'দূরত্বের ধাপগুলো আলাদা হতে হবে।',
    en: 'Distance tiers must have distinct distances.',
  },
  DELIVERY_METHOD_REQUIRED: {
    status: 400,
    bn: 'অন্তত একটি ডেলিভারি পদ্ধতি চালু রাখুন।',
    en: 'Keep at least one delivery method enabled.',
  },
});

declare module '../../platform/errors.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCodes extends Record<keyof typeof deliveryErrors, true> {}
}
