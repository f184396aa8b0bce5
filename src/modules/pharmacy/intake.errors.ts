import { defineErrors } from '../../platform/errors.ts';

/** Codes of the pharmacy's stocking from a list and of products linked to the master. */
export const intakeErrors = defineErrors({
  SHOP_NOT_PHARMACY: {
    status: 409,
    bn: 'শুধু ফার্মেসি দোকানে ওষুধের তালিকা থেকে পণ্য যোগ করা যায়।',
    en: 'Only a pharmacy can be stocked from the medicine list.',
  },
  LINKED_MEDICINE_NOT_FOUND: {
    status: 404,
    bn: 'ওষুধটি তালিকায় (মাস্টার ক্যাটালগে) পাওয়া যায়নি।',
    en: 'The medicine is not in the master catalog.',
  },
  MEDICINE_PRICE_REQUIRED: {
    status: 400,
    bn: 'এই এককের সর্বোচ্চ খুচরা মূল্য (MRP) জানা নেই; দাম লিখুন।',
    en: 'The MRP of this unit is not known; give a price.',
  },
  INTAKE_NOT_FOUND: { status: 404, bn: 'তালিকাটি পাওয়া যায়নি।', en: 'List not found.' },
  INTAKE_LINE_NOT_FOUND: {
    status: 404,
    bn: 'তালিকার এই লাইনটি পাওয়া যায়নি।',
    en: 'List line not found.',
  },
  INTAKE_LINE_DONE: {
    status: 409,
    bn: 'এই লাইনটি আগেই যোগ করা বা বাদ দেওয়া হয়েছে।',
    en: 'This line has already been added or skipped.',
  },
  INTAKE_EMPTY: {
    status: 400,
    bn: 'তালিকায় কোনো ওষুধের লাইন পাওয়া যায়নি।',
    en: 'No medicine lines were found in the list.',
  },
  INTAKE_TOO_LARGE: {
    status: 413,
    bn: 'তালিকাটি খুব বড় (সর্বোচ্চ {maxLines}টি লাইন)। ভাগ করে পাঠান।',
    en: 'The list is too long (at most {maxLines} lines). Send it in parts.',
  },
  INTAKE_FILE_UNSUPPORTED: {
    status: 400,
    bn: 'ফাইলটি পড়া যায়নি। লেখা, CSV (স্প্রেডশিট থেকে "CSV হিসেবে সংরক্ষণ") বা তালিকার ছবি দিন।',
    en: 'The file could not be read. Upload text, a CSV (spreadsheet "Save as CSV") or a photo of the list.',
  },
  OCR_UNAVAILABLE: {
    status: 503,
    bn: 'এই সার্ভারে ছবি থেকে লেখা পড়ার ব্যবস্থা (বাংলাসহ OCR) নেই। তালিকাটি লিখে বা CSV হিসেবে দিন।',
    en: 'Reading text from photos (OCR with Bengali) is not available on this server. Paste the list or upload a CSV.',
  },
  OCR_FAILED: {
    status: 422,
    bn: 'ছবি থেকে লেখা পড়া যায়নি। আরও পরিষ্কার, সোজা করে তোলা ছবি দিন।',
    en: 'No text could be read from the photo. Try a sharper, straight photo.',
  },
});

declare module '../../platform/errors.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCodes extends Record<keyof typeof intakeErrors, true> {}
}
