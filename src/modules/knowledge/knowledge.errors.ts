import { defineErrors } from '../../platform/errors.ts';

export const knowledgeErrors = defineErrors({
  KB_ARTICLE_NOT_FOUND: {
    status: 404,
    bn: 'নিবন্ধটি পাওয়া যায়নি।',
    en: 'Article not found.',
  },
  KB_QUESTION_NOT_FOUND: {
    status: 404,
    bn: 'প্রশ্নটি পাওয়া যায়নি।',
    en: 'Question not found.',
  },
});

declare module '../../platform/errors.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCodes extends Record<keyof typeof knowledgeErrors, true> {}
}
