import { defineErrors } from '../../platform/errors.ts';

export const assistantErrors = defineErrors({
  ASSISTANT_SESSION_NOT_FOUND: {
    status: 404,
    bn: 'কথোপকথনটি পাওয়া যায়নি।',
    en: 'Conversation not found.',
  },
});

declare module '../../platform/errors.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCodes extends Record<keyof typeof assistantErrors, true> {}
}
