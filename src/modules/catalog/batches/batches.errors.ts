import { defineErrors } from '../../../platform/errors.ts';

export const batchErrors = defineErrors({
  BATCHES_NOT_ENABLED: {
    status: 409,
    bn: 'এই দোকানে ব্যাচ রাখা চালু নেই। ফার্মেসিতে সবসময় চালু থাকে; অন্য দোকান সেটিংস থেকে চালু করতে পারে।',
    en: 'Batches are not turned on for this shop. Pharmacies always have them; other shops can turn them on.',
  },
  BATCH_NOT_FOUND: { status: 404, bn: 'ব্যাচটি পাওয়া যায়নি।', en: 'Batch not found.' },
  BATCH_EXPIRY_INVALID: {
    status: 400,
    bn: 'মেয়াদের তারিখ বোঝা যায়নি। যেমন লিখুন: ৩১/০৩/২০২৭ বা ০৩/২০২৭।',
    en: 'The expiry date was not understood. Write it like 31/03/2027 or 03/2027.',
  },
  BATCH_ALREADY_EXPIRED: {
    status: 400,
    bn: 'এই ব্যাচের মেয়াদ {expiryDate} তারিখে শেষ হয়ে গেছে; মেয়াদোত্তীর্ণ ওষুধ মজুদে যোগ করা যায় না।',
    en: 'This batch expired on {expiryDate}; expired stock cannot be added.',
  },
  BATCH_EXPIRY_TOO_FAR: {
    status: 400,
    bn: 'মেয়াদের তারিখ ১০ বছরের বেশি পরে হতে পারে না; তারিখটি আবার দেখুন।',
    en: 'An expiry more than 10 years ahead is almost certainly a typo; check the date.',
  },
  BATCH_NUMBER_TAKEN: {
    status: 409,
    bn: 'এই পণ্যে "{batchNumber}" ব্যাচ নম্বর আগে থেকেই আছে; সেটি সম্পাদনা করুন।',
    en: 'Batch "{batchNumber}" already exists for this product; edit it instead.',
  },
  BATCH_VARIANT_REQUIRED: {
    status: 400,
    bn: 'পণ্যটির একাধিক ধরন আছে; কোন ধরনের ব্যাচ তা বেছে নিন।',
    en: 'The product has several variants; say which one the batch is for.',
  },
  UNBATCHED_STOCK_SHORT: {
    status: 409,
    bn: 'ব্যাচ ছাড়া মজুদ আছে মাত্র {unbatched}টি।',
    en: 'Only {unbatched} units have no batch recorded.',
  },
  BATCH_UPDATE_EMPTY: {
    status: 400,
    bn: 'কী বদলাবেন তা দিন।',
    en: 'Give at least one field to change.',
  },
});

declare module '../../../platform/errors.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCodes extends Record<keyof typeof batchErrors, true> {}
}
