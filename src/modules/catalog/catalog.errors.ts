import { defineErrors } from '../../platform/errors.ts';
// SHOP_NOT_FOUND comes from the shops module.

export const catalogErrors = defineErrors({
  CATEGORY_NOT_FOUND: { status: 404, bn: 'বিভাগটি পাওয়া যায়নি।', en: 'Category not found.' },
  CATEGORY_CYCLE: {
    status: 400,
    bn: 'কোনো বিভাগকে তার নিজের বা তার উপ-বিভাগের নিচে রাখা যায় না।',
    en: 'A category cannot be moved under itself or one of its sub-categories.',
  },
  CATEGORY_NOT_EMPTY: {
    status: 409,
    bn: 'বিভাগটিতে {children}টি উপ-বিভাগ ও {products}টি পণ্য আছে, তাই মোছা যাবে না। আগে সেগুলো সরান।',
    en: 'The category still has {children} sub-categories and {products} products and cannot be deleted. Move them first.',
  },
  CATEGORY_ORDER_MISMATCH: {
    status: 409,
    bn: 'বিভাগের তালিকা বদলে গেছে; পাতাটি আবার লোড করে সাজান।',
    en: 'The list of categories changed; reload the page and order them again.',
  },
  HIDE_REASON_REQUIRED: {
    status: 400,
    bn: 'লুকানোর কারণ লিখুন।',
    en: 'Please give a reason for hiding the product.',
  },
  SHOP_NOT_OWNED: {
    status: 403,
    bn: 'এই দোকানটি আপনার নয়।',
    en: 'This shop does not belong to you.',
  },
  PRODUCT_NOT_FOUND: { status: 404, bn: 'পণ্যটি পাওয়া যায়নি।', en: 'Product not found.' },
  VARIANT_NOT_FOUND: {
    status: 404,
    bn: 'পণ্যের এই ধরনটি পাওয়া যায়নি।',
    en: 'Product variant not found.',
  },
  PRODUCT_NAME_REQUIRED: {
    status: 400,
    bn: 'পণ্যের বাংলা বা ইংরেজি নাম দিন।',
    en: 'Give the product a Bengali or English name.',
  },
  PRODUCT_ATTRIBUTES_INVALID: {
    status: 400,
    bn: 'এই ধরনের পণ্যের বৈশিষ্ট্যগুলো সঠিক নয়।',
    en: 'The attributes are not valid for this kind of product.',
  },
  SKU_TAKEN: {
    status: 409,
    bn: 'এই SKU আপনার দোকানে আগে থেকেই আছে।',
    en: 'This SKU is already used in your shop.',
  },
  LAST_VARIANT: {
    status: 409,
    bn: 'পণ্যের অন্তত একটি ধরন থাকতে হবে।',
    en: 'A product must keep at least one variant.',
  },
  INSUFFICIENT_STOCK: {
    status: 409,
    bn: 'মজুদ যথেষ্ট নেই (আছে {onHand})।',
    en: 'Not enough stock (on hand: {onHand}).',
  },
  FILE_MISSING: { status: 400, bn: 'কোনো ফাইল পাঠানো হয়নি।', en: 'No file was uploaded.' },
  IMAGE_INVALID: {
    status: 400,
    bn: 'ফাইলটি সমর্থিত ছবি নয়। JPEG, PNG, WebP বা AVIF ছবি দিন।',
    en: 'The file is not a supported image. Upload a JPEG, PNG, WebP or AVIF image.',
  },
  IMAGE_TOO_LARGE: {
    status: 413,
    bn: 'ছবিটি খুব বড়। সর্বোচ্চ {maxMb} MB।',
    en: 'The image is too large. The maximum is {maxMb} MB.',
  },
  IMAGE_DIMENSIONS_TOO_LARGE: {
    status: 400,
    bn: 'ছবির মাপ খুব বড় (সর্বোচ্চ {maxMegapixels} মেগাপিক্সেল)।',
    en: 'The image has too many pixels (maximum {maxMegapixels} megapixels).',
  },
  IMAGE_LIMIT_REACHED: {
    status: 409,
    bn: 'একটি পণ্যে সর্বোচ্চ {max}টি ছবি রাখা যায়।',
    en: 'A product can have at most {max} images.',
  },
  IMAGE_NOT_FOUND: { status: 404, bn: 'ছবিটি পাওয়া যায়নি।', en: 'Image not found.' },
  IMAGE_ORDER_INVALID: {
    status: 400,
    bn: 'ছবির ক্রমে পণ্যের সব ছবি ঠিক একবার করে দিন।',
    en: 'The new order must list every image of the product exactly once.',
  },
  CSV_INVALID: {
    status: 400,
    bn: 'CSV ফাইলটি পড়া যায়নি: {reason}',
    en: 'The CSV file could not be read: {reason}',
  },
  CSV_TOO_LARGE: {
    status: 413,
    bn: 'CSV ফাইলটি খুব বড় (সর্বোচ্চ {maxRows} সারি, {maxMb} MB)।',
    en: 'The CSV file is too large (maximum {maxRows} rows, {maxMb} MB).',
  },
});

declare module '../../platform/errors.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface ErrorCodes extends Record<keyof typeof catalogErrors, true> {}
}
