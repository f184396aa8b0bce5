import { defineErrors } from '../../platform/errors.ts';

export const matchErrors = defineErrors({
  MEDICINE_MATCH_NOT_PHARMACY: {
    status: 409,
    bn: 'ওষুধের তালিকা মেলানো শুধু ফার্মেসি দোকানের জন্য।',
    en: 'Matching medicine lists is only for pharmacy shops.',
  },
  MEDICINE_MATCH_TOO_MANY_LINES: {
    status: 400,
    bn: 'একবারে সর্বোচ্চ {max}টি লাইন মেলানো যায়; তালিকাটি ভাগ করে পাঠান।',
    en: 'At most {max} lines can be matched at once; send the list in parts.',
  },
  MEDICINE_MATCH_LINE_TOO_LONG: {
    status: 400,
    bn: '{line} নম্বর লাইনটি খুব লম্বা (সর্বোচ্চ {max} অক্ষর)।',
    en: 'Line {line} is too long (at most {max} characters).',
  },
  MEDICINE_MATCH_NO_LINES: {
    status: 400,
    bn: 'মেলানোর জন্য অন্তত একটি লাইন দিন।',
    en: 'Give at least one line to match.',
  },
});

declare module '../../platform/errors.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCodes extends Record<keyof typeof matchErrors, true> {}
}
