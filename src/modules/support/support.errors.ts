import { defineErrors } from '../../platform/errors.ts';

export const supportErrors = defineErrors({
  THREAD_NOT_FOUND: {
    status: 404,
    bn: 'কথোপকথনটি পাওয়া যায়নি।',
    en: 'Support conversation not found.',
  },
  THREAD_CLOSED: {
    status: 409,
    bn: 'এই কথোপকথন বন্ধ হয়ে গেছে; নতুন করে শুরু করুন।',
    en: 'This conversation is closed; start a new one.',
  },
});

declare module '../../platform/errors.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCodes extends Record<keyof typeof supportErrors, true> {}
}
