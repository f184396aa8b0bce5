import { defineErrors } from '../../platform/errors.ts';

export const opsErrors = defineErrors({
  FAILED_JOB_NOT_FOUND: {
    status: 404,
    bn: 'এই ব্যর্থ কাজটি পাওয়া যায়নি (হয়তো আগেই আবার চালানো হয়েছে)।',
    en: 'No such failed job (it may have been retried already).',
  },
});

declare module '../../platform/errors.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCodes extends Record<keyof typeof opsErrors, true> {}
}
