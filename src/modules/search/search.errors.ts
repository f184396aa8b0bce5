import { defineErrors } from '../../platform/errors.ts';

export const searchErrors = defineErrors({
  SEARCH_POINT_INCOMPLETE: {
    status: 400,
    bn: 'অবস্থান দিতে হলে lat আর lng দুটোই দিন।',
    en: 'Give both lat and lng, or neither.',
  },
  SEARCH_POINT_REQUIRED: {
    status: 400,
    bn: 'দূরত্ব অনুযায়ী সাজাতে আপনার অবস্থান (lat, lng) দিন।',
    en: 'Sorting by distance needs a location (lat, lng).',
  },
  SEARCH_BOUNDS_INVALID: {
    status: 400,
    bn: 'মানচিত্রের সীমানা সঠিক নয় (দক্ষিণ < উত্তর, পশ্চিম < পূর্ব, সর্বোচ্চ ৫ ডিগ্রি)।',
    en: 'The map bounds are not valid (south < north, west < east, at most 5 degrees).',
  },
});

declare module '../../platform/errors.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCodes extends Record<keyof typeof searchErrors, true> {}
}
