import { defineErrors } from '../../platform/errors.ts';

export const festivalErrors = defineErrors({
  FESTIVAL_NOT_FOUND: {
    status: 404,
    bn: 'এই উৎসব পাওয়া যায়নি।',
    en: 'This festival was not found.',
  },
  FESTIVAL_DATE_FIXED: {
    status: 409,
    bn: 'এই উৎসবের তারিখ চাঁদের উপর নির্ভর করে না, তাই বদলানো যায় না।',
    en: 'This festival is not moon-dependent; its dates cannot be changed.',
  },
  FESTIVAL_DATES_INVALID: {
    status: 400,
    bn: 'তারিখগুলো ঠিক নেই: শুরু ≤ মূল দিন ≤ শেষ, একই বছরে, ৪০ দিনের মধ্যে হতে হবে।',
    en: 'The dates are not valid: start ≤ main day ≤ end, in the same year, within 40 days.',
  },
});

declare module '../../platform/errors.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCodes extends Record<keyof typeof festivalErrors, true> {}
}
