import { defineErrors } from '../../platform/errors.ts';

export const geoErrors = defineErrors({
  OUTSIDE_BANGLADESH: {
    status: 400,
    bn: 'এই অবস্থানটি বাংলাদেশের বাইরে।',
    en: 'This location is outside Bangladesh.',
  },
  PLACE_NOT_FOUND: {
    status: 404,
    bn: 'এলাকাটি খুঁজে পাওয়া যায়নি।',
    en: 'Place not found.',
  },
  NO_NEARBY_PLACE: {
    status: 404,
    bn: 'কাছাকাছি কোনো এলাকা পাওয়া যায়নি।',
    en: 'No place with coordinates is known yet.',
  },
});

declare module '../../platform/errors.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCodes extends Record<keyof typeof geoErrors, true> {}
}
