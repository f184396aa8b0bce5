import { defineErrors } from '../../platform/errors.ts';

export const medicineErrors = defineErrors({
  MEDICINE_NOT_FOUND: {
    status: 404,
    bn: 'ওষুধটি তালিকায় পাওয়া যায়নি।',
    en: 'Medicine not found in the master catalog.',
  },
  // The catalog's code (same text): a hidden or unknown product.
  PRODUCT_NOT_FOUND: { status: 404, bn: 'পণ্যটি পাওয়া যায়নি।', en: 'Product not found.' },
});

declare module '../../platform/errors.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCodes extends Record<keyof typeof medicineErrors, true> {}
}
